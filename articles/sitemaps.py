"""Sitemaps: every published article, section and tag (with a published article), and a Google News sitemap of
the last two days. /sitemap.xml is the index; a sitemap past `limit` URLs
(50,000, the protocol's maximum) continues on ?p=2, ?p=3, ..."""

import datetime

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.module_loading import import_string

from articles.models import Article, Section, Tag

NEWS_DAYS = 2
NEWS_LIMIT = 1000  # Google News reads at most 1,000 URLs per news sitemap.


class PortalSitemap(Sitemap):
    """A sitemap of one portal's pages (Django's views know no portal: each
    request gets sitemaps made for its own, `portal_sitemaps()`)."""

    def __init__(self, site):
        self.site = site

    def published(self):
        return Article.objects.published(self.site)


class ArticleSitemap(PortalSitemap):
    def items(self):
        # Oldest first: a new article lands on the last page, earlier pages stay put.
        return self.published().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        # The default reads every item; one aggregate is enough.
        return _latest_change(self.items())


def _latest_change(articles):
    return articles.aggregate(latest=Max("updated_at"))["latest"]


class HomeSitemap(PortalSitemap):
    def items(self):
        return ["articles:home"]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        return _latest_change(self.published())


class SectionSitemap(PortalSitemap):
    """Section pages, changed when one of their published articles is."""

    def items(self):
        latest = (
            self.published().filter(section=OuterRef("pk")).order_by("-updated_at").values("updated_at")[:1]
        )
        return Section.objects.for_site(self.site).annotate(last_changed_at=Subquery(latest))

    def lastmod(self, section):
        return section.last_changed_at


class TagSitemap(PortalSitemap):
    """Tag pages of tags that published articles carry, changed when one of them is."""

    def items(self):
        latest = self.published().filter(tags=OuterRef("pk")).order_by("-updated_at").values("updated_at")[:1]
        return (
            Tag.objects.carried_by(self.published()).annotate(last_changed_at=Subquery(latest)).order_by("pk")
        )

    def lastmod(self, tag):
        return tag.last_changed_at


class NewsSitemap(PortalSitemap):
    """Google News: articles of the last two days, rendered by sitemaps/news.xml."""

    limit = NEWS_LIMIT

    def items(self):
        since = timezone.now() - datetime.timedelta(days=NEWS_DAYS)
        return (
            self.published()
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


def portal_sitemaps(site):
    """The sitemaps of the portal `site`, by section name: the articles' and
    those other apps add (setting NEWSROOM_SITEMAPS: name -> dotted path of a
    PortalSitemap), which this app never imports by name."""
    others = {name: import_string(path) for name, path in getattr(settings, "NEWSROOM_SITEMAPS", {}).items()}
    return {name: sitemap(site) for name, sitemap in {**SITEMAPS, **others}.items()}


def index(request, **kwargs):
    """/sitemap.xml: the index of the request's portal's sitemaps."""
    return sitemap_views.index(request, portal_sitemaps(request.site), **kwargs)


def sitemap(request, **kwargs):
    """/sitemap-<section>.xml: one of the request's portal's sitemaps."""
    return sitemap_views.sitemap(request, portal_sitemaps(request.site), **kwargs)
