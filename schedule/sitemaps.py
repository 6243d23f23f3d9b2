"""The schedule's pages in the portal's sitemap: each published week."""

from articles.sitemaps import PortalSitemap
from schedule.models import Week


class WeekSitemap(PortalSitemap):
    def items(self):
        return Week.objects.published(self.site).order_by("year", "number")

    def lastmod(self, week):
        return week.updated_at
