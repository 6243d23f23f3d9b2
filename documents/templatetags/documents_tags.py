"""Văn bản in other pages: the home page's "Văn bản mới", the documents an
article links, the matching documents of the site search, and what a
document's page tells search engines (schema.org JSON-LD)."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from articles.conf import QUERY_PARAM
from articles.models import Article
from articles.templatetags.discovery_tags import as_json_ld
from documents.conf import HOME_DOCUMENTS
from documents.models import Document

# Matching documents shown on the site's search page; the rest are a link away.
SEARCH_PAGE_DOCUMENTS = 5
RELATED_DOCUMENTS = 5

register = template.Library()


@register.inclusion_tag("documents/_document_links.html")
def new_documents(request):
    """The portal's newest documents, for the home page."""
    documents = Document.objects.published(request.site).for_listing().newest_first()[:HOME_DOCUMENTS]
    return {"documents": documents, "heading": "new", "more_url": reverse("documents:list")}


@register.inclusion_tag("documents/_document_links.html")
def linked_documents(request, article):
    """The published documents of the article's portal that the article links."""
    documents = Document.objects.published(request.site).for_listing().filter(articles=article).newest_first()
    return {"documents": list(documents), "heading": "linked"}


@register.simple_tag
def related_documents(document):
    """Other published documents of the same kind on its portal, newest first."""
    others = Document.objects.published(document.site_id).for_listing().filter(kind=document.kind_id)
    return list(others.exclude(pk=document.pk).newest_first()[:RELATED_DOCUMENTS])


@register.simple_tag(takes_context=True)
def linking_articles(context, document):
    """The published articles that link the document, on its portal."""
    articles = Article.objects.published(context["request"].site).filter(documents=document)
    return list(articles.newest_first()[:10])


@register.inclusion_tag("documents/_search_results.html")
def matching_documents(request, query):
    """The portal's published documents matching `query`, best first, for the search page."""
    found = list(
        Document.objects.published(request.site).for_listing().search(query)[: SEARCH_PAGE_DOCUMENTS + 1]
    )
    return {
        "documents": found[:SEARCH_PAGE_DOCUMENTS],
        "has_more": len(found) > SEARCH_PAGE_DOCUMENTS,
        "query": query,
        "more_url": reverse("documents:list") + "?" + urlencode({QUERY_PARAM: query}),
    }


@register.simple_tag(takes_context=True)
def document_json_ld(context, document, attachments):
    """schema.org: a legal document (`Legislation`) with its number, dates,
    issuer and files; a draft open for opinions is a `DigitalDocument`."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "DigitalDocument" if document.is_draft_for_opinions else "Legislation",
        "name": f"{document.kind.name} {document.number}",
        "description": document.summary,
        "url": request.build_absolute_uri(document.get_absolute_url()),
        "inLanguage": "vi",
        "datePublished": document.issued_on.isoformat(),
        "publisher": {"@type": "GovernmentOrganization", "name": document.issuer},
        "associatedMedia": [
            {
                "@type": "MediaObject",
                "name": str(attachment),
                "contentUrl": request.build_absolute_uri(attachment.get_absolute_url()),
                "encodingFormat": attachment.file_type,
                "contentSize": str(attachment.size),
            }
            for attachment in attachments
        ],
    }
    if not document.is_draft_for_opinions:
        data.update(
            {
                "legislationIdentifier": document.number,
                "legislationDate": document.issued_on.isoformat(),
                "legislationType": document.kind.name,
                "legislationPassedBy": {"@type": "GovernmentOrganization", "name": document.issuer},
            }
        )
        if document.effective_on:
            data["legislationDateVersion"] = document.effective_on.isoformat()
    return as_json_ld(data)
