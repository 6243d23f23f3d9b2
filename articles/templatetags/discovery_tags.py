"""Template tags that help readers find articles: the search box, highlighted
search results, sharing metadata and "Tin liên quan"."""

import json

from django import template
from django.templatetags.static import static
from django.utils.safestring import mark_safe

from articles import search
from articles.images import shared_rendition
from articles.models import Article
from articles.pagecache import cached_part

register = template.Library()

RELATED_COUNT = 5

# What json.dumps leaves as is but would let a title end the <script> element.
_JSON_IN_HTML = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


@register.inclusion_tag("includes/_search_form.html")
def search_box():
    """The search form in the header of every page."""
    return {"input_id": "tim-kiem-dau-trang", "max_length": search.MAX_QUERY_LENGTH}


@register.filter
def highlight(text, query):
    """{{ article.title|highlight:query }}: escaped, with matching words in <mark>."""
    return search.highlight(text, query)


@register.filter
def search_snippet(article, query):
    """{{ article|search_snippet:query }}: the passage of lead or body that matched."""
    return search.snippet(article, query)


@register.inclusion_tag("includes/_related_articles.html", takes_context=True)
def related_articles(context, article):
    """ "Tin liên quan": published articles sharing the most tags with this one,
    then articles of the same section sharing title words."""

    def build():
        public = Article.objects.published(context["request"].site).for_listing()
        related = list(public.sharing_tags_with(article, RELATED_COUNT))
        if len(related) < RELATED_COUNT:
            more = public.related_to(article).exclude(pk__in=[item.pk for item in related])
            related += more[: RELATED_COUNT - len(related)]
        return related

    return {"articles": cached_part(context["request"], f"related:{article.pk}", build)}


@register.inclusion_tag("includes/_article_meta.html", takes_context=True)
def article_meta(context, article):
    """Open Graph, Twitter card and schema.org NewsArticle data for one article."""
    request = context["request"]
    site_name = request.portal.name
    # On the host the page was asked for: always one of the portal's own names.
    url = request.build_absolute_uri(article.get_absolute_url())
    shared = shared_rendition(article.cover_image)
    image_url = request.build_absolute_uri(shared[1]) if shared else ""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "url": url,
        "headline": article.title,
        "description": article.lead,
        "inLanguage": "vi",
        "articleSection": article.section.name,
        # A staff preview of an unpublished draft has no publish time yet.
        "datePublished": (article.published_at or article.created_at).isoformat(),
        "dateModified": article.updated_at.isoformat(),
        "author": (
            {"@type": "Person", "name": article.byline}
            if article.byline
            else {"@type": "Organization", "name": site_name}
        ),
        "publisher": {
            "@type": "Organization",
            "name": site_name,
            "logo": {
                "@type": "ImageObject",
                "url": request.build_absolute_uri(
                    request.portal.logo.url if request.portal.logo else static("img/favicon.svg")
                ),
            },
        },
    }
    if image_url:
        data["image"] = [image_url]
    return {
        "article": article,
        "url": url,
        "image_url": image_url,
        "site_name": site_name,
        "json_ld": as_json_ld(data),
    }


def as_json_ld(data):
    """`data` as the text of a <script type="application/ld+json">, safe inside HTML."""
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_IN_HTML))
