"""RSS 2.0 feeds: the latest published articles of the site, of each section and of each tag."""

import copy

from django.contrib.syndication.views import Feed
from django.core.files.storage import default_storage
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext as _

from articles.images import shared_rendition
from articles.models import Article, Section, Tag

FEED_LENGTH = 30


class LatestArticlesFeed(Feed):
    """/rss/: the newest articles of the whole site."""

    language = "vi"

    def __call__(self, request, *args, **kwargs):
        # One Feed instance serves every request; a copy per request can keep
        # the request, which the enclosures need for absolute image URLs.
        feed = copy.copy(self)
        feed.request = request
        return super(LatestArticlesFeed, feed).__call__(request, *args, **kwargs)

    def title(self):
        return self.request.portal.name

    def link(self):
        return reverse("articles:home")

    def description(self):
        return _("Tin mới nhất của %(site)s") % {"site": self.request.portal.name}

    def articles(self):
        return Article.objects.published(self.request.site).for_listing()

    def items(self):
        return self.articles().newest_first()[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.lead

    def item_pubdate(self, article):
        return timezone.localtime(article.published_at)

    def item_updateddate(self, article):
        return timezone.localtime(article.updated_at)

    def item_author_name(self, article):
        return article.byline or None

    def item_categories(self, article):
        return [article.section.name]

    def item_enclosures(self, article):
        """The cover photo's largest JPEG rendition (never the uploaded original)."""
        shared = shared_rendition(article.cover_image)
        if not shared:
            return []
        name, url = shared
        try:
            length = default_storage.size(name)
        except OSError:
            length = 0  # what the RSS advisory board recommends for an unknown size
        return [Enclosure(self.request.build_absolute_uri(url), str(length), "image/jpeg")]


class SectionFeed(LatestArticlesFeed):
    """/chuyen-muc/<slug>/rss/: the newest articles of one section."""

    def get_object(self, request, slug):
        return get_object_or_404(Section.objects.for_site(request.site), slug=slug)

    def title(self, section):
        return f"{section.name} – {self.request.portal.name}"

    def link(self, section):
        return section.get_absolute_url()

    def description(self, section):
        return _("Tin mới nhất chuyên mục %(section)s") % {"section": section.name}

    def items(self, section):
        return self.articles().in_section(section).newest_first()[:FEED_LENGTH]


class TagFeed(LatestArticlesFeed):
    """/tu-khoa/<slug>/rss/: the newest articles carrying one tag."""

    def get_object(self, request, slug):
        return get_object_or_404(Tag.objects.carried_by(Article.objects.published(request.site)), slug=slug)

    def title(self, tag):
        return f"{tag.name} – {self.request.portal.name}"

    def link(self, tag):
        return tag.get_absolute_url()

    def description(self, tag):
        return _("Tin mới nhất có từ khóa %(tag)s") % {"tag": tag.name}

    def items(self, tag):
        return self.articles().tagged(tag).newest_first()[:FEED_LENGTH]
