"""What the organisation app adds to every page: its pages' links in the footer."""

from django import template

from organisation.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The portal's top-level pages (Giới thiệu), for the footer."""
    return Page.objects.published(context["request"].site).top_level()
