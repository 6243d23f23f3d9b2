"""What the organisation app adds to the search page: the portal's own pages matching the query."""

from django import template

from organisation.models import Page

register = template.Library()


# The search page lists at most this many of the portal's own pages, above the articles.
SEARCH_PAGES = 5


@register.simple_tag(takes_context=True)
def matching_pages(context, query):
    """The portal's pages matching the search `query`, first in the site's order."""
    return list(
        Page.objects.published(context["request"].site)
        .matching(query)
        .select_related("parent")[:SEARCH_PAGES]
    )
