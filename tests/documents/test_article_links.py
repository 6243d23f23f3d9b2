"""An article links documents from its admin form ("Văn bản liên quan"), and
shows the published ones under its body; the document's page names the article."""

import pytest

from documents.models import Document
from tests.documents.factories import make_document
from tests.factories import make_article, make_editor

pytestmark = pytest.mark.django_db


def test_the_article_form_offers_linked_documents(client):
    client.force_login(make_editor())
    html = client.get("/quan-tri/articles/article/add/").content.decode()
    assert "Văn bản liên quan" in html and "Document_articles" in html


def test_an_article_shows_the_documents_it_links_and_the_document_names_the_article(client):
    article = make_article(title="Phường ra quân chỉnh trang vỉa hè")
    linked = make_document(number="30/KH-UBND", summary="Kế hoạch chỉnh trang vỉa hè")
    hidden = make_document(number="31/KH-UBND", status=Document.Status.DRAFT)
    linked.articles.add(article)
    hidden.articles.add(article)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Văn bản liên quan" in page and "30/KH-UBND" in page and "31/KH-UBND" not in page
    assert page.index("30/KH-UBND") < page.index('id="binh-luan"')
    document_page = client.get(linked.get_absolute_url()).content.decode()
    assert "Bài viết liên quan" in document_page and "Phường ra quân chỉnh trang vỉa hè" in document_page
