"""/sitemap.xml, its pages, the Google News sitemap and robots.txt."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from articles.models import Article
from articles.sitemaps import ArticleSitemap
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def locations(root):
    return [element.findtext(f"{SITEMAP}loc") for element in root]


def test_index_lists_every_sitemap(client):
    make_article()
    index = parse(client, "/sitemap.xml")
    assert index.tag == f"{SITEMAP}sitemapindex"
    assert locations(index) == [
        "http://testserver/sitemap-trang-chu.xml",
        "http://testserver/sitemap-chuyen-muc.xml",
        "http://testserver/sitemap-tu-khoa.xml",
        "http://testserver/sitemap-bai-viet.xml",
        "http://testserver/sitemap-tin-moi.xml",
        # Other apps' sitemaps follow (setting NEWSROOM_SITEMAPS).
        "http://testserver/sitemap-hoi-dap.xml",
        "http://testserver/sitemap-lich-cong-tac.xml",
        "http://testserver/sitemap-gioi-thieu.xml",
        "http://testserver/sitemap-van-ban.xml",
    ]


def test_article_sitemap_lists_published_articles_with_lastmod(client):
    article = make_article()
    make_article(status=Article.Status.DRAFT)
    make_article(published_at=timezone.now() + datetime.timedelta(hours=1))
    urlset = parse(client, "/sitemap-bai-viet.xml")
    assert locations(urlset) == [f"http://testserver{article.get_absolute_url()}"]
    lastmod = datetime.datetime.fromisoformat(urlset[0].findtext(f"{SITEMAP}lastmod"))
    assert lastmod == article.updated_at


def test_section_sitemap_has_home_and_sections_changed_with_their_articles(client):
    section = make_section("Kinh tế")
    old = make_article(section=section)
    newest = make_article(section=section)
    Article.objects.filter(pk=old.pk).update(updated_at=newest.updated_at - datetime.timedelta(days=3))
    empty = make_section("Trống")
    home = parse(client, "/sitemap-trang-chu.xml")
    assert locations(home) == ["http://testserver/"]
    sections = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in parse(client, "/sitemap-chuyen-muc.xml")
    }
    assert (
        datetime.datetime.fromisoformat(sections[f"http://testserver{section.get_absolute_url()}"])
        == newest.updated_at
    )
    assert sections[f"http://testserver{empty.get_absolute_url()}"] is None


def test_article_sitemap_continues_on_a_second_page(client, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 3)
    articles = [make_article() for _ in range(4)]
    index = locations(parse(client, "/sitemap.xml"))
    assert "http://testserver/sitemap-bai-viet.xml?p=2" in index
    first = locations(parse(client, "/sitemap-bai-viet.xml"))
    second = locations(parse(client, "/sitemap-bai-viet.xml?p=2"))
    assert first + second == [f"http://testserver{a.get_absolute_url()}" for a in articles]


def test_news_sitemap_has_the_last_two_days(client, settings):
    recent = make_article(
        title="Tin <mới> & nóng", published_at=timezone.now() - datetime.timedelta(hours=47)
    )
    make_article(title="Tin cũ", published_at=timezone.now() - datetime.timedelta(hours=49))
    urlset = parse(client, "/sitemap-tin-moi.xml")
    assert locations(urlset) == [f"http://testserver{recent.get_absolute_url()}"]
    news = urlset[0].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}title") == "Tin <mới> & nóng"
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == settings.NEWSROOM_SITE_NAME
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "vi"
    published = datetime.datetime.fromisoformat(news.findtext(f"{NEWS}publication_date"))
    assert published == recent.published_at
    assert published.utcoffset() == datetime.timedelta(hours=7)


def test_sitemaps_queries_do_not_grow_with_articles(client, django_assert_max_num_queries):
    for number in range(20):
        make_article(tags=[f"Từ khóa {number}", "Đô thị"])
    # Two queries per sitemap in the index (its pages, its latest change), whatever the articles.
    with django_assert_max_num_queries(17):
        client.get("/sitemap.xml")
    with django_assert_max_num_queries(2):
        client.get("/sitemap-bai-viet.xml")
    with django_assert_max_num_queries(2):
        client.get("/sitemap-tu-khoa.xml")


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /quan-tri/" in lines
    assert "Disallow: /bai-viet/" not in lines


def test_tag_sitemap_lists_tags_of_published_articles_changed_with_them(client):
    old = make_article(tags=["Đô thị"])
    newest = make_article(tags=["Đô thị", "Giáo dục"])
    Article.objects.filter(pk=old.pk).update(updated_at=newest.updated_at - datetime.timedelta(days=3))
    make_article(status=Article.Status.DRAFT, tags=["Chưa đăng"])
    tags = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in parse(client, "/sitemap-tu-khoa.xml")
    }
    assert set(tags) == {"http://testserver/tu-khoa/do-thi/", "http://testserver/tu-khoa/giao-duc/"}
    assert datetime.datetime.fromisoformat(tags["http://testserver/tu-khoa/do-thi/"]) == newest.updated_at
