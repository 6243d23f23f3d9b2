"""Giới thiệu in the portal's sitemap: the index and every published page."""

from django.db.models import Max
from django.urls import reverse

from articles.sitemaps import PortalSitemap
from organisation.models import Page


class PageSitemap(PortalSitemap):
    def items(self):
        return [
            "organisation:index",
            *Page.objects.published(self.site).select_related("parent").order_by("pk"),
        ]

    def location(self, item):
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated_at

    def get_latest_lastmod(self):
        return Page.objects.published(self.site).aggregate(latest=Max("updated_at"))["latest"]
