"""The comment section under an article."""
from django import template

from comments.forms import CommentForm
from comments.views import MESSAGE_TAG

register = template.Library()


@register.inclusion_tag("comments/_section.html", takes_context=True)
def comment_section(context, article):
    """Approved comments, oldest first, then the form.

    One query. The form's captcha is not made here: the page's script fetches
    one when a reader reaches the form, so reading the article writes nothing.
    """
    return {
        "article": article,
        "comments": list(
            article.comments.approved().oldest_first().only("article", "name", "title", "body", "received_at")
        ),
        "notices": [m for m in context.get("messages", ()) if MESSAGE_TAG in m.tags.split()],
        "form": CommentForm(),
    }
