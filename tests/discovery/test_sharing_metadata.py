"""Open Graph, Twitter card and schema.org NewsArticle data on the article page."""

import datetime
import json
from html.parser import HTMLParser

import pytest
from django.core.files.base import ContentFile

from articles import images
from tests.editing.test_image_upload import picture
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


class HeadReader(HTMLParser):
    """Collects <meta> properties and the JSON-LD block of a page."""

    def __init__(self):
        super().__init__()
        self.meta, self.json_ld, self._in_json_ld = {}, [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta[attrs.get("property") or attrs["name"]] = attrs["content"]
        self._in_json_ld = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))

    def handle_endtag(self, tag):
        self._in_json_ld = False


def read_head(client, article):
    reader = HeadReader()
    reader.feed(client.get(article.get_absolute_url()).content.decode())
    return reader


@pytest.fixture
def article():
    article = make_article(
        title="Quận tổ chức lễ ra quân",
        lead="Chiều 14/5, hơn 500 người dân tham gia.",
        byline="Minh Anh",
        section=make_section("Văn hóa - Xã hội"),
        cover_alt="Toàn cảnh lễ ra quân",
        published_at=datetime.datetime(2024, 5, 14, 14, 11, tzinfo=datetime.UTC),
    )
    article.cover_image = ContentFile(picture(size=(1600, 1000)), name="anh.jpg")
    article.save()
    return article


def shared_image_url(article):
    """The largest JPEG rendition: what crawlers are given, never the original."""
    return f"http://testserver/media/{images.rendition_name(article.cover_image.name, 1200, 'jpg')}"


def test_open_graph_and_twitter_tags(client, article, settings):
    meta = read_head(client, article).meta
    url = f"http://testserver{article.get_absolute_url()}"
    image = shared_image_url(article)
    assert meta["og:type"] == "article"
    assert meta["og:site_name"] == settings.NEWSROOM_SITE_NAME
    assert meta["og:url"] == url
    assert meta["og:title"] == meta["twitter:title"] == "Quận tổ chức lễ ra quân"
    assert meta["og:description"] == meta["twitter:description"] == article.lead
    assert meta["og:image"] == meta["twitter:image"] == image
    assert meta["og:image:alt"] == "Toàn cảnh lễ ra quân"
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["article:published_time"] == "2024-05-14T21:11:00+07:00"
    assert meta["article:section"] == "Văn hóa - Xã hội"


def test_json_ld_is_a_news_article(client, article, settings):
    [data] = read_head(client, article).json_ld
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Quận tổ chức lễ ra quân"
    assert data["description"] == article.lead
    assert datetime.datetime.fromisoformat(data["datePublished"]) == article.published_at
    assert datetime.datetime.fromisoformat(data["dateModified"]) == article.updated_at
    assert data["author"] == {"@type": "Person", "name": "Minh Anh"}
    assert data["image"] == [shared_image_url(article)]
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == settings.NEWSROOM_SITE_NAME
    assert data["publisher"]["logo"]["url"].startswith("http://testserver/static/")
    assert data["mainEntityOfPage"] == f"http://testserver{article.get_absolute_url()}"


def test_without_photo_or_byline(client, settings):
    article = make_article(byline="")
    reader = read_head(client, article)
    assert reader.meta["twitter:card"] == "summary"
    assert "og:image" not in reader.meta
    [data] = reader.json_ld
    assert "image" not in data
    assert data["author"] == {"@type": "Organization", "name": settings.NEWSROOM_SITE_NAME}


def test_a_title_cannot_break_out_of_the_json_ld_block(client):
    article = make_article(title='</script><script>alert("x")</script> & <!-- Tin')
    html = client.get(article.get_absolute_url()).content.decode()
    block = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["headline"] == article.title


def test_canonical_url_is_the_article_url(client, article):
    html = client.get(article.get_absolute_url() + "?utm_source=zalo").content.decode()
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in html
