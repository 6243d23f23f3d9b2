"""Caches and counters are kept per portal: an edit on one portal leaves every
other portal's cached pages valid (same ETag, 304), except its province's,
whose home page and search show its stories; every Redis key lives under
NEWSROOM_CACHE_KEY_PREFIX."""

import pytest
from django.conf import settings
from django.test import Client

from articles import popularity
from tests.factories import first_site, make_article, make_section, make_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def wards():
    """Two wards of the first portal, each with a published story."""
    found = []
    for letter in "ab":
        site = make_site(f"phuong-{letter}.example.vn", f"Phường {letter.upper()}", short_name=letter.upper())
        make_article(title=f"Tin phường {letter.upper()}", section=make_section(site=site))
        found.append(site)
    make_article(title="Tin của quận")
    return found


PAGES = ["/", "/rss/", "/sitemap.xml", "/tim-kiem/?q=tin"]


def etags(client, host):
    found = {}
    for path in PAGES:
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, (host, path)
        found[path] = response.get("ETag")
    return found


def still_fresh(client, host, known):
    """Whether every page of `host` answers 304 to its known ETag (pages without one are skipped)."""
    return all(
        client.get(path, HTTP_HOST=host, HTTP_IF_NONE_MATCH=etag).status_code == 304
        for path, etag in known.items()
        if etag
    )


def test_an_edit_on_one_ward_leaves_the_other_wards_pages_valid(wards):
    client = Client()
    ward_a, ward_b = (site.domain for site in wards)
    known_b = etags(client, ward_b)
    known_a = etags(client, ward_a)
    known_first = etags(client, "testserver")
    assert known_b["/"] and still_fresh(client, ward_b, known_b)
    story = make_article(title="Tin mới của phường A", section=wards[0].sections.get())
    assert still_fresh(client, ward_b, known_b)
    assert not still_fresh(client, ward_a, known_a)
    # The province's search shows its wards' stories: its pages change too.
    assert not still_fresh(client, "testserver", known_first)
    assert story.get_absolute_url() in client.get("/", HTTP_HOST=ward_a).content.decode()


def test_an_edit_on_the_province_leaves_its_wards_pages_valid(wards):
    client = Client()
    known = {site.domain: etags(client, site.domain) for site in wards}
    make_article(title="Tin mới của quận", section=first_site().sections.first())
    assert all(still_fresh(client, host, pages) for host, pages in known.items())


def test_the_same_path_on_two_portals_is_two_cached_pages(wards):
    client = Client()
    for _ in range(2):  # the second time from the page cache
        first = client.get("/", HTTP_HOST=wards[0].domain).content.decode()
        second = client.get("/", HTTP_HOST=wards[1].domain).content.decode()
        assert "Tin phường A" in first and "Tin phường B" not in first
        assert "Tin phường B" in second and "Tin phường A" not in second


@pytest.mark.skipif(not settings.REDIS_URL, reason="the read counter keeps keys in Redis only with REDIS_URL")
def test_the_read_counters_redis_keys_live_under_the_cache_prefix(wards):
    import redis

    story = wards[0].articles.get()
    Client().post(
        f"/luot-doc/{story.pk}/",
        HTTP_HOST=wards[0].domain,
        HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0",
        REMOTE_ADDR="203.113.7.7",
    )
    prefix = f"{settings.NEWSROOM_CACHE_KEY_PREFIX}:"
    assert popularity.counter().prefix.startswith(prefix)
    client = redis.Redis.from_url(settings.REDIS_URL)
    keys = client.keys(f"{prefix}reads:*")
    assert any(f":{wards[0].pk}:hour:".encode() in key for key in keys)
