"""The portal's published documents in its sitemap index (setting NEWSROOM_SITEMAPS)."""

from django.db.models import Max

from articles.sitemaps import PortalSitemap
from documents.models import Document


class DocumentSitemap(PortalSitemap):
    def items(self):
        # Oldest first: a newly published document lands on the last page.
        return Document.objects.published(self.site).only("pk", "public_changed_at").order_by("pk")

    def lastmod(self, document):
        return document.public_changed_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("public_changed_at"))["latest"]
