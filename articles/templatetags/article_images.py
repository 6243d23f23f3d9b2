"""Responsive photos: one <picture> partial for covers (cards, the top story,
the article) and for the photos of an article's body."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from articles.images import picture_sources, rendition_sources
from articles.richtext import body_photos

register = template.Library()

# How wide the photo is drawn at each layout (static/css/site.css): the article
# column is the viewport less the page's and the main box's padding (4.5rem)
# up to --measure (44rem); from 64rem the sidebar (20rem and a 1.25rem gap) sits
# beside it in a page of at most 72rem. A floated body photo takes half of it.
#
# Above two device pixels per CSS pixel nobody sees more in a photo, but pays
# for it: a phone at 3x would take the 1200 px rendition for a 303 px column
# (909 device px). On a phone from 2.5x, `sizes` asks for two device pixels
# per CSS pixel (2/3 of the width), so that phone takes the 800 px one, less
# than half the bytes.
DENSE_PHONE = "(max-width: 40rem) and (min-resolution: 2.5dppx)"
SIZES = {
    "card": f"{DENSE_PHONE} 67vw, (min-width: 64rem) 17rem, (min-width: 40rem) 50vw, 100vw",
    "top": f"{DENSE_PHONE} 67vw, (min-width: 64rem) 42rem, 100vw",
    "article": (
        f"{DENSE_PHONE} calc((100vw - 4.5rem) * 2 / 3), "
        "(min-width: 69.75rem) 44rem, (min-width: 64rem) calc(100vw - 25.75rem), "
        "(min-width: 48.5rem) 44rem, calc(100vw - 4.5rem)"
    ),
    "article-floated": (
        f"{DENSE_PHONE} calc((50vw - 2.25rem) * 2 / 3), "
        "(min-width: 69.75rem) 22rem, (min-width: 64rem) calc(50vw - 12.875rem), "
        "(min-width: 48.5rem) 22rem, calc(50vw - 2.25rem)"
    ),
}


@register.inclusion_tag("includes/_picture.html")
def cover_picture(article, layout, alt="", lazy=True):
    """The article's cover in WebP with a JPEG fallback at several widths."""
    return {
        "sources": picture_sources(article.cover_image, article.cover_width, article.cover_height),
        "sizes": SIZES[layout],
        "alt": alt,
        "lazy": lazy,
    }


@register.simple_tag
def first_photo(*lists):
    """The first article with a cover in `lists`, in order: on a list page its
    card photo is the first screen's largest image, so it loads eagerly."""
    return next(
        (article for articles in lists if articles for article in articles if article.cover_image), None
    )


@register.simple_tag
def article_body(article):
    """The article's sanitised body, each uploaded photo that has renditions
    offered as a <picture> (WebP and JPEG at the widths it reaches, its size
    for the layout, loaded when scrolled near); every other byte as stored.

    The first photo is not lazy in an article without a cover: it is then the
    largest thing on the first screen, which lazy loading would delay.
    Photos without renditions (older content, a missing file) stay the plain
    <img> the sanitiser let through. Reads no file: sizes were measured on save.
    """
    html, sizes = article.body, article.body_photo_sizes or {}
    parts, done = [], 0
    for number, photo in enumerate(body_photos(html)):
        size = sizes.get(photo.name)
        if not size:
            continue
        parts += [
            html[done : photo.start],
            render_to_string(
                "includes/_picture.html",
                {
                    "sources": rendition_sources(photo.name, *size),
                    "sizes": SIZES["article-floated" if photo.is_floated else "article"],
                    "alt": photo.alt,
                    "classes": photo.classes,
                    "lazy": number > 0 or bool(article.cover_image),
                },
            ).strip(),
        ]
        done = photo.end
    parts.append(html[done:])
    # The body was sanitised on save; what is added comes from an autoescaped partial.
    return mark_safe("".join(parts))
