"""The comment section under an article."""
from django import template

from comments.forms import CommentForm
from comments.conf import MESSAGE_TAG
from articles.pagecache import cached_part

register = template.Library()


@register.inclusion_tag("comments/_section.html", takes_context=True)
def comment_section(context, article):
    """Approved comments, oldest first, then the form.

    One query, cached for the current content. Neither the captcha nor the CSRF
    token is in the page: the form's script fetches both when a reader reaches
    the form, so reading the article writes nothing and the page is the same
    for every reader (see articles.pagecache.public_page).
    """
    def build():
        approved = article.comments.approved().oldest_first()
        return list(approved.only("article", "name", "title", "body", "received_at"))

    return {
        "article": article,
        "comments": cached_part(context["request"], f"comments:{article.pk}", build),
        "notices": [m for m in context.get("messages", ()) if MESSAGE_TAG in m.tags.split()],
        "form": CommentForm(),
    }
