"""The portal's published questions in its sitemap index (setting NEWSROOM_SITEMAPS)."""

from django.db.models import Max

from articles.sitemaps import PortalSitemap
from questions.models import Question


class QuestionSitemap(PortalSitemap):
    def items(self):
        # Oldest first: a newly published question lands on the last page.
        return Question.objects.published(self.site).only("pk", "public_changed_at").order_by("pk")

    def lastmod(self, question):
        return question.public_changed_at

    def get_latest_lastmod(self):
        # The default reads every item; one aggregate is enough.
        return self.items().aggregate(latest=Max("public_changed_at"))["latest"]
