"""Template tags for reader pages: the navigation and the sidebars every page shares."""
from django import template
from django.utils import timezone

from articles.forms import ArchiveDayForm
from articles.models import Article
from articles.freshness import content_state
from articles.pagecache import cached_part

register = template.Library()

NEIGHBOUR_COUNT = 10


@register.inclusion_tag("includes/_section_nav.html", takes_context=True)
def section_nav(context):
    request = context["request"]
    return {
        "sections": content_state(request).sections,
        "current_path": request.path,
    }


@register.inclusion_tag("includes/_article_list.html", takes_context=True)
def newer_articles(context, article):
    """"Các bài mới đăng": the articles published just after this one, newest first."""

    def build():
        public = Article.objects.published().for_listing()
        return list(reversed(public.newer_than(article)[:NEIGHBOUR_COUNT]))

    return {
        "heading": "Các bài mới đăng",
        "list_id": "bai-moi-dang",
        "articles": cached_part(context["request"], f"newer:{article.pk}", build),
    }


@register.inclusion_tag("includes/_article_list.html", takes_context=True)
def older_articles(context, article):
    """"Các bài đã đăng": the articles published just before this one, newest first."""

    def build():
        public = Article.objects.published().for_listing()
        return list(public.older_than(article)[:NEIGHBOUR_COUNT])

    return {
        "heading": "Các bài đã đăng",
        "list_id": "bai-da-dang",
        "articles": cached_part(context["request"], f"older:{article.pk}", build),
    }


@register.inclusion_tag("includes/_archive_picker.html")
def archive_picker(day=None):
    """The date picker with its "Xem" button that opens a day's articles."""
    day = day or timezone.localdate()
    return {"form": ArchiveDayForm(initial={"ngay": day})}
