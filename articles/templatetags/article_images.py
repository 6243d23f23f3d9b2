"""Responsive cover photos: one <picture> partial for cards, the top story and articles."""
from django import template

from articles.images import picture_sources

register = template.Library()

# How wide the photo is drawn at each layout (static/css/site.css breakpoints).
SIZES = {
    "card": "(min-width: 64rem) 17rem, (min-width: 40rem) 50vw, 100vw",
    "top": "(min-width: 64rem) 42rem, 100vw",
    "article": "(min-width: 46rem) 44rem, 100vw",
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
