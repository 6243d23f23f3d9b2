"""Server-side sanitising of article bodies written in CKEditor.

CKEditor 4 is out of support, so nothing it sends is trusted: whatever reaches
the database has passed this allow-list, whichever path saved it (admin,
shell, fixtures), because Article.save() calls it. The allow-list is exactly
what the newsroom toolbar (settings.CKEDITOR_CONFIGS) produces; anything else
is dropped, keeping the text inside.
"""

import html as html_lib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import nh3
from django.conf import settings

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "blockquote",
    "a",
    "img",
    "figure",
    "figcaption",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}

# Removed together with everything inside them, not just unwrapped.
REMOVED_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "noscript",
    "template",
    "svg",
    "math",
    "textarea",
    "select",
    "frameset",
    "frame",
    "noembed",
    "xmp",
}

ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}

# The classes CKEditor's image2 plugin writes (see image2_* in settings).
IMAGE_CLASSES = {"image", "image-left", "image-center", "image-right"}
ALLOWED_CLASSES = {"figure": IMAGE_CLASSES, "img": IMAGE_CLASSES}

ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

# Inline photos scale to the column (CSS) and load only when scrolled near. The
# article page offers those that have renditions as a <picture> of its own
# (articles/templatetags/article_images.py), built from this sanitised HTML.
ADDED_ATTRIBUTES = {"img": {"loading": "lazy", "decoding": "async"}}

NUMBER = re.compile(r"^\d{1,5}$")


# What browsers ignore in a URL: tabs and line breaks anywhere, C0 controls and
# spaces at either end.
_URL_IGNORED = re.compile(r"[\t\n\r]")
_URL_TRIMMED = "".join(map(chr, range(0x21)))


def _hosted_image(src):
    """The address a browser would request for `src`, if it is a photo stored on
    this site (under MEDIA_URL); else None.

    The check is made on what the browser will use, not on the text as written:
    whitespace dropped, percent-escapes decoded (browsers read "%2e%2e" as "..")
    and no dot segment or backslash left to climb out of /media/. The address
    returned is that path encoded again, so the browser requests exactly it.
    """
    media = urlsplit(settings.MEDIA_URL)
    value = _URL_IGNORED.sub("", src).strip(_URL_TRIMMED)
    if "\\" in value:
        return None
    parts = urlsplit(value)
    if (parts.scheme.lower(), parts.netloc.lower()) != (media.scheme, media.netloc):
        return None
    path = unquote(parts.path)
    segments = path.split("/")
    if "." in segments or ".." in segments or re.search(r"[\x00-\x1f\x7f\\]", path):
        return None
    if not path.startswith(media.path):
        return None
    return urlunsplit((media.scheme, media.netloc, quote(path), "", ""))


def _filter_attribute(tag, attribute, value):
    if tag == "img" and attribute == "src":
        return _hosted_image(value)
    if attribute in {"width", "height", "colspan", "rowspan"}:
        return value if NUMBER.match(value) else None
    return value


# A start tag as nh3 writes it: every value double-quoted, '"' inside escaped.
_START_TAG = re.compile(r'<([a-z][a-z0-9]*)((?:\s+[^\s=>"]+="[^"]*")*)\s*(/?)>')
_ATTRIBUTE = re.compile(r'([^\s=>"]+)="([^"]*)"')


def _attributes_in_order(match):
    attributes = sorted(_ATTRIBUTE.findall(match.group(2)))
    written = "".join(f' {name}="{value}"' for name, value in attributes)
    return f"<{match.group(1)}{written}{match.group(3)}>"


def sanitize_html(html):
    """Return `html` reduced to the tags and attributes the newsroom toolbar
    makes, in one canonical form: every tag's attributes in name order (nh3
    adds its own in an order of its own each call), so that sanitising again
    changes nothing and saving an untouched article stores the same bytes."""
    if not html:
        return ""
    return _START_TAG.sub(_attributes_in_order, _clean(html))


def _clean(html):
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=REMOVED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        allowed_classes=ALLOWED_CLASSES,
        set_tag_attribute_values=ADDED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


_TAG_RE = re.compile(r"<[^>]*>")
_IMG_RE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT_RE = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def images_without_description(html):
    """How many photos in sanitised HTML have no description (alt text) for blind readers."""
    missing = 0
    for tag in _IMG_RE.findall(html or ""):
        alt = _ALT_RE.search(tag)
        if not alt or not html_lib.unescape(alt.group(1) or alt.group(2) or "").strip():
            missing += 1
    return missing


def plain_text(html):
    """The readable text of sanitised HTML: every tag becomes a space, so words of
    two paragraphs never run together, and entities are decoded."""
    return html_lib.unescape(_TAG_RE.sub(" ", html or ""))


# Classes that float a photo beside the text, at most half the column wide (site.css).
FLOATED_CLASSES = {"image-left", "image-right"}


@dataclass(frozen=True)
class BodyPhoto:
    """One <img> of a sanitised body: where its tag is, and what it says."""

    start: int
    end: int
    src: str
    alt: str
    classes: str
    is_floated: bool

    @property
    def name(self):
        """The photo's name in storage, when `src` is under MEDIA_URL; else None."""
        media = urlsplit(settings.MEDIA_URL)
        parts = urlsplit(self.src)
        path = unquote(parts.path)
        if (parts.scheme, parts.netloc) != (media.scheme, media.netloc):
            return None
        if not path.startswith(media.path) or parts.query or parts.fragment:
            return None
        return path[len(media.path) :] or None


class _PhotoFinder(HTMLParser):
    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", html)]
        self.figure_classes = []
        self.photos = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        if tag == "figure":
            self.figure_classes.append(classes)
        elif tag == "img":
            line, column = self.getpos()
            start = self.line_starts[line - 1] + column
            around = self.figure_classes[-1] if self.figure_classes else set()
            self.photos.append(
                BodyPhoto(
                    start=start,
                    end=start + len(self.get_starttag_text()),
                    src=attributes.get("src") or "",
                    alt=attributes.get("alt") or "",
                    classes=attributes.get("class") or "",
                    is_floated=bool(FLOATED_CLASSES & (classes | around)),
                )
            )

    def handle_endtag(self, tag):
        if tag == "figure" and self.figure_classes:
            self.figure_classes.pop()


def body_photos(html):
    """The photos of sanitised HTML in order, each with its tag's place in `html`
    (so a page can put other markup there and keep every other byte)."""
    finder = _PhotoFinder(html or "")
    finder.feed(html or "")
    finder.close()
    return finder.photos
