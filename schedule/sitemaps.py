"""The schedule's pages in the portal's sitemap: each published week."""

from django.db.models import Max

from articles.sitemaps import PortalSitemap
from schedule.models import Week


class WeekSitemap(PortalSitemap):
    def items(self):
        return Week.objects.published(self.site).order_by("year", "number")

    def lastmod(self, week):
        return week.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]
