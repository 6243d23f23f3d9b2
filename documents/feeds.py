"""/van-ban/rss/: the portal's newest published documents."""

import copy

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.pagecache import public_page
from documents.conf import FEED_DOCUMENTS
from documents.models import Document


class NewDocumentsFeed(Feed):
    language = "vi"

    def __call__(self, request, *args, **kwargs):
        feed = copy.copy(self)
        feed.request = request
        return public_page(super(NewDocumentsFeed, feed).__call__)(request, *args, **kwargs)

    def title(self):
        return _("Văn bản mới – %(site)s") % {"site": self.request.portal.name}

    def link(self):
        return reverse("documents:list")

    def description(self):
        return _("Văn bản mới ban hành của %(site)s") % {"site": self.request.portal.name}

    def items(self):
        documents = Document.objects.published(self.request.site).for_listing()
        return documents.order_by("-published_at", "-pk")[:FEED_DOCUMENTS]

    def item_title(self, document):
        return f"{document.kind.name} {document.number}"

    def item_description(self, document):
        return document.summary

    def item_pubdate(self, document):
        return timezone.localtime(document.published_at)

    def item_author_name(self, document):
        return document.issuer
