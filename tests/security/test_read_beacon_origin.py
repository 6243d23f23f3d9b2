"""Only the portal's own pages count reads: a beacon from another site (a
foreign or opaque Origin, any Sec-Fetch-Site but same-origin) is answered 204
like any other and counts nothing, so no site can push a story up "Đọc nhiều"."""

import pytest

from tests.factories import make_article, make_site
from tests.popularity.conftest import counter_kind, redis_url  # noqa: F401  (both read counters)
from tests.popularity.test_read_counting import beacon, reads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("counter_kind")]


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "http://testserver.evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "https://evil.example", "HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_SEC_FETCH_SITE": "none"},
        {"HTTP_ORIGIN": "http://phuong.example.vn"},  # another portal of the install
    ],
)
def test_a_beacon_from_elsewhere_counts_nothing(headers):
    make_site(domain="phuong.example.vn", name="Phường")
    article = make_article()
    assert beacon(article.pk, **headers).status_code == 204
    assert reads(article) == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_ORIGIN": "https://TESTSERVER"},
    ],
)
def test_the_portal_s_own_pages_count(headers):
    article = make_article()
    assert beacon(article.pk, **headers).status_code == 204
    assert reads(article) == 1
