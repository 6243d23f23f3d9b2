"""Sitemaps: every published article, section and tag (with a published article), and a Google News sitemap of
the last two days. /sitemap.xml is the index; a sitemap past `limit` URLs
(50,000, the protocol's maximum) continues on ?p=2, ?p=3, ..."""

import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Section, Tag

NEWS_DAYS = 2
NEWS_LIMIT = 1000  # Google News reads at most 1,000 URLs per news sitemap.


class ArticleSitemap(Sitemap):
    def items(self):
        # Oldest first: a new article lands on the last page, earlier pages stay put.
        return Article.objects.published().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        # The default reads every item; one aggregate is enough.
        return _latest_change(self.items())


def _latest_change(articles):
    return articles.aggregate(latest=Max("updated_at"))["latest"]


class HomeSitemap(Sitemap):
    def items(self):
        return ["articles:home"]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        return _latest_change(Article.objects.published())


class SectionSitemap(Sitemap):
    """Section pages, changed when one of their published articles is."""

    def items(self):
        latest = (
            Article.objects.published()
            .filter(section=OuterRef("pk"))
            .order_by("-updated_at")
            .values("updated_at")[:1]
        )
        return Section.objects.annotate(last_changed_at=Subquery(latest))

    def lastmod(self, section):
        return section.last_changed_at


class TagSitemap(Sitemap):
    """Tag pages of tags that published articles carry, changed when one of them is."""

    def items(self):
        latest = (
            Article.objects.published()
            .filter(tags=OuterRef("pk"))
            .order_by("-updated_at")
            .values("updated_at")[:1]
        )
        return (
            Tag.objects.carried_by(Article.objects.published())
            .annotate(last_changed_at=Subquery(latest))
            .order_by("pk")
        )

    def lastmod(self, tag):
        return tag.last_changed_at


class NewsSitemap(Sitemap):
    """Google News: articles of the last two days, rendered by sitemaps/news.xml."""

    limit = NEWS_LIMIT

    def items(self):
        since = timezone.now() - datetime.timedelta(days=NEWS_DAYS)
        return (
            Article.objects.published()
            .filter(published_at__gte=since)
            .only("pk", "slug", "title", "published_at", "updated_at")
            .newest_first()[:NEWS_LIMIT]
        )

    def lastmod(self, article):
        return article.updated_at


SITEMAPS = {
    "trang-chu": HomeSitemap,
    "chuyen-muc": SectionSitemap,
    "tu-khoa": TagSitemap,
    "bai-viet": ArticleSitemap,
    "tin-moi": NewsSitemap,
}
