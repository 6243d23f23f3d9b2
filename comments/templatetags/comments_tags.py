"""The comment section under an article."""

from django import template
from django.core.paginator import Paginator

from articles.conf import COMMENT_PAGE_PARAM
from articles.pagecache import cached_part, rendered_page
from comments.conf import COMMENTS_PER_PAGE, MESSAGE_TAG
from comments.forms import CommentForm

register = template.Library()


def comment_page(request, article):
    """The page of approved comments (oldest first) that the URL asks for.

    The number of pages comes from the article's stored comment_count (no COUNT
    over the comments); the page's rows, with their replies, are one query,
    cached for the current content, however many comments the article has.
    """
    paginator = Paginator(range(article.comment_count), COMMENTS_PER_PAGE)
    page = paginator.get_page(request.GET.get(COMMENT_PAGE_PARAM))
    rendered_page(request, COMMENT_PAGE_PARAM, page.number)
    start = (page.number - 1) * COMMENTS_PER_PAGE

    def build():
        rows = (
            article.comments.approved()
            .oldest_first()
            .select_related("reply")
            .only("article", "name", "title", "body", "received_at", "reply__body", "reply__created_at")
        )
        return list(rows[start : start + COMMENTS_PER_PAGE])

    page.object_list = cached_part(request, f"comments:{article.pk}:{page.number}", build)
    return page


@register.inclusion_tag("comments/_section.html", takes_context=True)
def comment_section(context, article):
    """A page of approved comments, each with the newsroom's reply, then the form.

    The page is cached for the current content. Neither the captcha nor the
    CSRF token is in the page: the form's script fetches both when a reader
    reaches the form, so reading the article writes nothing and the page is
    the same for every reader (see articles.pagecache.public_page).
    """
    page = comment_page(context["request"], article)
    return {
        "article": article,
        "page_obj": page,
        "comments": page.object_list,
        "page_param": COMMENT_PAGE_PARAM,
        "notices": [m for m in context.get("messages", ()) if MESSAGE_TAG in m.tags.split()],
        "form": CommentForm(),
    }
