"""RSS 2.0 feeds of the site and of each section, parsed as XML."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from articles import images
from articles.models import Article
from tests.editing.test_image_upload import picture as photo_bytes
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def items(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml; charset=utf-8")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def test_site_feed_lists_published_articles_with_full_fields(client):
    published_at = datetime.datetime(2024, 5, 14, 14, 11, tzinfo=datetime.UTC)
    article = make_article(
        title="Quận ra quân làm sạch môi trường – một tiêu đề dài " + "rất " * 30,
        lead="Chiều 14/5, hơn 500 người dân & đoàn viên tham gia.",
        byline="Minh Anh",
        section=make_section("Văn hóa - Xã hội"),
        published_at=published_at,
        cover_alt="Toàn cảnh",
    )
    article.cover_image = ContentFile(photo_bytes(), name="anh.jpg")
    article.save()
    make_article(title="Bản nháp", status=Article.Status.DRAFT)

    channel, found = items(client, "/rss/")
    assert channel.findtext("language") == "vi"
    assert [item.findtext("title") for item in found] == [article.title]
    item = found[0]
    assert item.findtext("description") == article.lead
    assert item.findtext("link") == f"http://testserver{article.get_absolute_url()}"
    assert item.findtext("category") == "Văn hóa - Xã hội"
    assert item.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Minh Anh"
    pub_date = item.findtext("pubDate")
    assert pub_date.endswith("+0700")
    assert parsedate_to_datetime(pub_date) == published_at
    enclosure = item.find("enclosure").attrib
    rendition = images.rendition_name(article.cover_image.name, images.RENDITION_WIDTHS[-1], "jpg")
    assert enclosure["url"] == f"http://testserver/media/{rendition}"
    assert enclosure["length"] == str(default_storage.size(rendition))
    assert enclosure["type"] == "image/jpeg"


def test_missing_cover_file_gives_no_enclosure_and_a_valid_feed(client):
    make_article(cover_image="covers/khong-con.png", cover_alt="Ảnh")
    _, found = items(client, "/rss/")
    assert found[0].find("enclosure") is None


def test_section_feed_has_only_that_section(client):
    economy = make_section("Kinh tế")
    make_article(title="Chợ mới", section=economy)
    make_article(title="Tin khác", section=make_section("Khác"))
    channel, found = items(client, f"/chuyen-muc/{economy.slug}/rss/")
    assert channel.findtext("title").startswith("Kinh tế – ")
    assert channel.findtext("link") == f"http://testserver{economy.get_absolute_url()}"
    assert [item.findtext("title") for item in found] == ["Chợ mới"]
    assert client.get("/chuyen-muc/khong-co/rss/").status_code == 404


def test_feed_keeps_the_newest_thirty_with_constant_queries(client, django_assert_max_num_queries):
    section = make_section()
    start = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for i in range(35):
        make_article(title=f"Tin {i}", section=section, published_at=start + datetime.timedelta(hours=i))
    with django_assert_max_num_queries(1):
        _, found = items(client, "/rss/")
    assert [item.findtext("title") for item in found][:2] == ["Tin 34", "Tin 33"]
    assert len(found) == 30


def test_pages_link_to_the_feed(client):
    html = client.get("/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/rss/"' in html


def test_tag_feed_lists_the_tags_published_articles(client):
    tagged = make_article(title="Cải tạo phố Lạc Hồng", tags=["Đô thị"])
    make_article(title="Tin không gắn từ khóa")
    make_article(title="Bản nháp đô thị", status=Article.Status.DRAFT, tags=["Đô thị"])
    channel, found = items(client, "/tu-khoa/do-thi/rss/")
    assert channel.findtext("title").startswith("Đô thị – ")
    assert channel.findtext("link") == "http://testserver/tu-khoa/do-thi/"
    assert [item.findtext("title") for item in found] == [tagged.title]


def test_feed_of_an_unknown_or_unpublished_tag_is_404(client):
    make_article(status=Article.Status.DRAFT, tags=["Chưa đăng"])
    assert client.get("/tu-khoa/chua-dang/rss/").status_code == 404
    assert client.get("/tu-khoa/khong-co/rss/").status_code == 404
