"""Template tags for reader pages: the navigation and the sidebars every page shares."""

from functools import lru_cache

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from articles import popularity
from articles.conf import TOP_STORIES_COUNT
from articles.forms import ArchiveDayForm
from articles.freshness import content_state
from articles.models import Article
from articles.pagecache import cached_part
from newsroom.portals import portal, site_url

register = template.Library()

NEIGHBOUR_COUNT = 10


@register.filter
def machine_time(value):
    """A time for a `datetime` attribute: local, to the second ("2024-05-14T21:11:00+07:00").

    (`|date:"c"` would add microseconds, which HTML does not allow.)"""
    if not value:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


@register.simple_tag(takes_context=True)
def article_url(context, article):
    """Where a link to `article` goes: its path on the reader's portal, its
    address on its own portal's domain when it is another portal's (a ward's
    story on the province's home page or in its search)."""
    request = context["request"]
    path = article.get_absolute_url()
    if article.site_id == request.site.pk:
        return path
    return site_url(portal(article.site_id), path, request)


@register.filter
def portal_name(article):
    """The name of the portal `article` is on."""
    return portal(article.site_id).profile.name


@register.inclusion_tag("includes/_section_nav.html", takes_context=True)
def section_nav(context):
    request = context["request"]
    return {
        "sections": content_state(request).sections,
        "current_path": request.path,
    }


@lru_cache(maxsize=4)
def _menu_items(menu):
    """(label, URL) of the menu's entries whose page is installed; the URLs are
    the same on every portal, so they are worked out once per process."""
    items = []
    for label, url_name in menu:
        try:
            items.append((label, reverse(url_name)))
        except NoReverseMatch:
            continue
    return tuple(items)


@register.inclusion_tag("includes/_main_menu.html", takes_context=True)
def main_menu(context):
    """The portal's own pages (Giới thiệu, Văn bản, Lịch công tác, Hỏi đáp, …), as
    the apps that serve them are installed; none but the home page: no menu."""
    items = _menu_items(tuple(settings.NEWSROOM_MAIN_MENU))
    return {"items": items if len(items) > 1 else (), "current_path": context["request"].path}


@register.inclusion_tag("includes/_article_list.html", takes_context=True)
def newer_articles(context, article):
    """ "Các bài mới đăng": the articles published just after this one, newest first."""

    def build():
        public = Article.objects.published(context["request"].site).for_listing()
        return list(reversed(public.newer_than(article)[:NEIGHBOUR_COUNT]))

    return {
        "heading": "Các bài mới đăng",
        "list_id": "bai-moi-dang",
        "articles": cached_part(context["request"], f"newer:{article.pk}", build),
    }


@register.inclusion_tag("includes/_article_list.html", takes_context=True)
def older_articles(context, article):
    """ "Các bài đã đăng": the articles published just before this one, newest first."""

    def build():
        public = Article.objects.published(context["request"].site).for_listing()
        return list(public.older_than(article)[:NEIGHBOUR_COUNT])

    return {
        "heading": "Các bài đã đăng",
        "list_id": "bai-da-dang",
        "articles": cached_part(context["request"], f"older:{article.pk}", build),
    }


@register.inclusion_tag("includes/_top_stories.html", takes_context=True)
def top_stories(context, exclude=None):
    """ "Tin nổi bật": the stories editors pinned to the home page, in their
    order; `exclude` leaves one out (the home page shows the first as its top story)."""

    pinned = cached_part(
        context["request"], "top-stories", lambda: list(Article.objects.top_stories(context["request"].site))
    )
    skip = getattr(exclude, "pk", None)
    return {"articles": [article for article in pinned if article.pk != skip][:TOP_STORIES_COUNT]}


@register.inclusion_tag("includes/_archive_picker.html")
def archive_picker(day=None, form=None):
    """The date picker with its "Xem" button that opens a day's articles. On the
    day archive it shows that page's day and the error of a day that was not one
    (`form`, as posted: what was typed is not put back, a date box cannot show
    it); elsewhere today."""
    if form is None:
        day = day or timezone.localdate()
    shown = ArchiveDayForm(initial={"ngay": day})
    errors = form.errors.get("ngay", []) if form is not None else []
    if errors:
        shown.fields["ngay"].widget.attrs.update({"aria-invalid": "true", "aria-describedby": "ngay-error"})
    return {"form": shown, "errors": errors}


@register.inclusion_tag("includes/_most_read.html", takes_context=True)
def most_read(context):
    """ "Đọc nhiều": the most-read published articles of 24 hours and of 7 days
    (articles/popularity.py); the page caches it with its version in the ETag."""
    lists = popularity.most_read(context["request"])
    return {"day": lists.day, "week": lists.week}


@register.simple_tag
def article_page_parts():
    """The templates other apps add under an article (NEWSROOM_ARTICLE_PAGE_PARTS,
    e.g. the comments app's section): the article page names no app."""
    return settings.NEWSROOM_ARTICLE_PAGE_PARTS


@register.simple_tag
def search_page_parts():
    """The templates other apps add to the first page of search results
    (NEWSROOM_SEARCH_PAGE_PARTS: the matching Giới thiệu pages, questions of Hỏi
    đáp, …), given `query` and `request`: the search page names no app."""
    return settings.NEWSROOM_SEARCH_PAGE_PARTS


@register.simple_tag
def home_page_parts():
    """The templates other apps add to the home page under the sections
    (NEWSROOM_HOME_PAGE_PARTS, e.g. the documents app's "Văn bản mới"), given
    `request`: the home page names no app."""
    return getattr(settings, "NEWSROOM_HOME_PAGE_PARTS", ())


@register.simple_tag
def footer_parts():
    """The templates other apps add to every page's footer (NEWSROOM_FOOTER_PARTS,
    e.g. the organisation app's links): the footer names no app."""
    return settings.NEWSROOM_FOOTER_PARTS
