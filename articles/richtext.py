"""Server-side sanitising of article bodies written in CKEditor.

CKEditor 4 is out of support, so nothing it sends is trusted: whatever reaches
the database has passed this allow-list, whichever path saved it.
"""
import html as html_lib
import re

import nh3

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s",
    "ul", "ol", "li", "blockquote", "a", "img", "figure", "figcaption",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "hr",
}

ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "title"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "figure": {"class"},
    "table": {"class"},
}

ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(html):
    """Return `html` reduced to the tags and attributes the newsroom toolbar makes."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


_TAG_RE = re.compile(r"<[^>]*>")


def plain_text(html):
    """The readable text of sanitised HTML: every tag becomes a space, so words of
    two paragraphs never run together, and entities are decoded."""
    return html_lib.unescape(_TAG_RE.sub(" ", html or ""))
