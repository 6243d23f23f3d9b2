"""Two portals in one install: each serves only its own home, sections,
articles, tags, day archive, search, feeds, sitemaps, robots.txt and 404, on
its own domain, with its own name and dateline."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from articles import popularity
from articles.models import Article
from comments import moderation
from comments.models import Comment
from tests.factories import comment_data, make_article, make_comment, make_section, make_site

pytestmark = pytest.mark.django_db

WARD = "phuong-a.example.vn"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def two_portals():
    """The first portal and a ward, each with a section, a story and a tag of its own."""
    ward = make_site(WARD, "Cổng thông tin điện tử phường A", short_name="PA")
    first = make_article(
        title="Tin riêng của quận",
        section=make_section("Chính quyền", slug="chinh-quyen"),
        tags=["Đô thị"],
        lead="Chiều 14/5, quận họp.",
    )
    other = make_article(
        title="Tin riêng của phường",
        section=make_section("Chính quyền", slug="chinh-quyen", site=ward),
        tags=["Đô thị"],
        lead="Sáng 15/5, phường họp.",
    )
    return first, other


def get(client, path, host="testserver"):
    return client.get(path, HTTP_HOST=host)


def test_each_home_shows_only_its_own_stories_and_name(client, two_portals):
    first = get(client, "/").content.decode()
    ward = get(client, "/", WARD).content.decode()
    assert "Tin riêng của quận" in first and "Tin riêng của phường" not in first
    assert "Tin riêng của phường" in ward and "Tin riêng của quận" not in ward
    assert "Cổng thông tin điện tử phường A" in ward and "Hoàng Nam" not in ward


def test_a_section_slug_each_portal_uses_shows_that_portals_stories(client, two_portals):
    first = get(client, "/chuyen-muc/chinh-quyen/").content.decode()
    ward = get(client, "/chuyen-muc/chinh-quyen/", WARD).content.decode()
    assert "Tin riêng của quận" in first and "Tin riêng của phường" not in first
    assert "Tin riêng của phường" in ward and "Tin riêng của quận" not in ward


def test_another_portals_article_is_a_404_with_the_portals_own_404(client, two_portals):
    first, other = two_portals
    assert get(client, first.get_absolute_url()).status_code == 200
    response = get(client, first.get_absolute_url(), WARD)
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
    assert "Tin riêng của quận" not in response.content.decode()
    assert get(client, other.get_absolute_url()).status_code == 404
    page = get(client, other.get_absolute_url(), WARD).content.decode()
    assert "<strong>PA - </strong>Sáng 15/5" in page
    assert f'<link rel="canonical" href="http://{WARD}{other.get_absolute_url()}">' in page


def test_tags_are_each_portals_own(client, two_portals):
    first, other = two_portals
    first_tag, ward_tag = first.tags.get(), other.tags.get()
    assert first_tag.pk != ward_tag.pk and first_tag.name == ward_tag.name == "Đô thị"
    assert get(client, ward_tag.get_absolute_url()).status_code == 404
    assert get(client, first_tag.get_absolute_url(), WARD).status_code == 404
    page = get(client, ward_tag.get_absolute_url(), WARD).content.decode()
    assert "Tin riêng của phường" in page and "Tin riêng của quận" not in page


def test_day_archive_and_search_stay_on_their_portal(client, two_portals):
    day = timezone.localdate(two_portals[0].published_at).isoformat()
    first = get(client, f"/bai-da-dang/?ngay={day}").content.decode()
    assert "Tin riêng của quận" in first and "Tin riêng của phường" not in first
    first_story, ward_story = two_portals
    ward = get(client, "/tim-kiem/?q=tin+rieng", WARD).content.decode()
    assert ward_story.get_absolute_url() in ward and first_story.get_absolute_url() not in ward


def test_feeds_list_each_portals_own_stories_with_links_on_its_domain(client, two_portals):
    channel = ET.fromstring(get(client, "/rss/", WARD).content).find("channel")
    assert channel.findtext("title") == "Cổng thông tin điện tử phường A"
    links = [item.findtext("link") for item in channel.findall("item")]
    assert links == [f"http://{WARD}{two_portals[1].get_absolute_url()}"]
    section_feed = ET.fromstring(get(client, "/chuyen-muc/chinh-quyen/rss/").content)
    assert [item.findtext("title") for item in section_feed.iter("item")] == ["Tin riêng của quận"]


def test_sitemaps_and_robots_name_only_the_portals_own_addresses(client, two_portals):
    index = ET.fromstring(get(client, "/sitemap.xml", WARD).content)
    assert all(loc.text.startswith(f"http://{WARD}/") for loc in index.iter(f"{SITEMAP}loc"))
    articles = ET.fromstring(get(client, "/sitemap-bai-viet.xml", WARD).content)
    assert [loc.text for loc in articles.iter(f"{SITEMAP}loc")] == [
        f"http://{WARD}{two_portals[1].get_absolute_url()}"
    ]
    sections = ET.fromstring(get(client, "/sitemap-chuyen-muc.xml").content)
    assert [loc.text for loc in sections.iter(f"{SITEMAP}loc")] == [
        "http://testserver/chuyen-muc/chinh-quyen/"
    ]
    robots = get(client, "/robots.txt", WARD).content.decode()
    assert f"Sitemap: http://{WARD}/sitemap.xml" in robots


def test_the_read_beacon_counts_only_the_portals_own_articles(client, two_portals, monkeypatch):
    monkeypatch.setattr(popularity, "FLUSH_SECONDS", 0)
    first, other = two_portals
    browser = {
        "HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0",
        "REMOTE_ADDR": "203.113.9.9",
    }
    client.post(f"/luot-doc/{first.pk}/", HTTP_HOST=WARD, **browser)
    client.post(f"/luot-doc/{other.pk}/", HTTP_HOST=WARD, **browser)
    now = timezone.now()
    counted = popularity.counter().most_read
    assert [article.pk for article in counted(other.site_id, Article.objects.all(), 24, now)] == [other.pk]
    assert counted(first.site_id, Article.objects.all(), 24, now) == []


def test_comments_go_only_to_the_portals_own_articles(client, two_portals):
    first, other = two_portals
    before = Comment.objects.count()
    assert client.post(f"/binh-luan/{first.pk}/gui/", comment_data(), HTTP_HOST=WARD).status_code == 404
    assert client.get(f"/binh-luan/{first.pk}/", HTTP_HOST=WARD).status_code == 404
    assert Comment.objects.count() == before
    assert client.post(f"/binh-luan/{other.pk}/gui/", comment_data(), HTTP_HOST=WARD).status_code == 302
    assert Comment.objects.get().article == other


def test_the_flood_limit_is_counted_per_portal(two_portals, settings):
    first, other = two_portals
    settings.COMMENTS_FLOOD_LIMIT = 1
    make_comment(first, ip_address="192.0.2.9")
    assert moderation.flood_wait("192.0.2.9", first.site_id) > 0
    assert moderation.flood_wait("192.0.2.9", other.site_id) == 0
