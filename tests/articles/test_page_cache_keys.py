"""The page cache keys on the query parameters a page reads: parameters it does
not read (`?utm_source=…`, random junk) make no new cache entries, so nobody
can fill the cache by inventing URLs, and they never reach the page."""

import uuid

import pytest
from django.core.cache import caches

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_cache(settings):
    """A fresh in-process cache of this test's own, to count its entries."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"keys-{uuid.uuid4()}",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }
    return caches["default"]


def test_junk_query_strings_add_no_cache_entries(client, own_cache):
    section = make_section()
    article = make_article(section=section)
    pages = ["/", article.get_absolute_url(), section.get_absolute_url(), "/tim-kiem/?q=tin"]
    for page in pages:
        assert client.get(page).status_code == 200
    entries = len(own_cache._cache)
    for i in range(2000):
        page = pages[i % len(pages)]
        joiner = "&" if "?" in page else "?"
        response = client.get(f"{page}{joiner}utm_source={uuid.uuid4().hex}&x{i}={i}")
        assert response.status_code == 200
    assert len(own_cache._cache) - entries <= 4


def test_parameters_a_page_reads_still_make_their_own_pages(client, own_cache):
    section = make_section()
    for i in range(30):
        make_article(section=section, title=f"Tin thứ {i:02d}")
    first = client.get(section.get_absolute_url()).content.decode()
    second = client.get(section.get_absolute_url(), {"page": 2, "utm_source": "zalo"}).content.decode()
    assert "Tin thứ 29" in first and "Tin thứ 29" not in second
    assert client.get("/tim-kiem/", {"q": "thứ 05"}).content.decode().count("search-result__snippet") == 1


def test_junk_never_reaches_the_page(client, own_cache):
    article = make_article()
    html = client.get(article.get_absolute_url(), {"utm_source": "doc-hai"}).content.decode()
    assert "doc-hai" not in html
    html = client.get("/", {"fbclid": "doc-hai"}).content.decode()
    assert "doc-hai" not in html
