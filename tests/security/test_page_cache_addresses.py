"""The page cache keys a page on what it renders: spellings of the same page,
addresses of what does not exist and searches that find nothing add no entry,
and whatever a client sends the cache holds a bounded number of pages."""

import uuid

import pytest
from django.core.cache import caches

from articles import pagecache
from tests.factories import make_article, make_comment, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_cache(settings):
    """A fresh in-process cache of this test's own, to count its entries."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"addresses-{uuid.uuid4()}",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }
    return caches["default"]


def grows(cache, client, addresses, **extra):
    """How many entries the cache gained while `addresses` were asked for
    (each twice), and the status codes they got."""
    before = len(cache._cache)
    codes = set()
    for address in addresses * 2:
        codes.add(client.get(address, **extra).status_code)
    return len(cache._cache) - before, codes


def test_spellings_of_a_page_number_redirect_to_the_one_address(client, own_cache):
    section = make_section()
    for i in range(30):
        make_article(section=section, title=f"Tin số {i}")
    url = section.get_absolute_url()
    assert client.get(url).status_code == 200
    second = client.get(url, {"page": 2})
    assert second.status_code == 200
    # Its link back goes to the first page's one address, not a spelling that redirects.
    assert 'rel="prev" href="?"' in second.content.decode()
    for spelling, target in [
        ("01", url),
        ("1", url),
        ("abc", url),
        ("-1", url),
        ("0", url),
        ("02", url + "?page=2"),
    ]:
        response = client.get(url, {"page": spelling})
        assert response.status_code in (301, 302), spelling
        assert response["Location"] == target, spelling
    # Past the last page: the last page's own address, not a page of its own.
    response = client.get(url, {"page": 999})
    assert response.status_code == 302 and response["Location"] == url + "?page=3"
    spellings = [f"{url}?page={'0' * n}1" for n in range(30)] + [f"{url}?page=x{n}" for n in range(30)]
    spellings += [f"{url}?page={1000 + n}" for n in range(30)]
    added, codes = grows(own_cache, client, spellings)
    assert added == 0 and codes <= {301, 302}


def test_comment_page_spellings_add_nothing(client, own_cache):
    article = make_article()
    make_comment(article=article)
    url = article.get_absolute_url()
    assert client.get(url).status_code == 200
    spellings = [f"{url}?binh-luan={junk}" for junk in ["x", "01", "1", "99", "-3", "1e3"]]
    spellings += [f"{url}?binh-luan=x{n}" for n in range(30)]
    added, codes = grows(own_cache, client, spellings)
    assert added == 0 and codes <= {301, 302}


def test_host_spellings_share_or_skip_the_cache(client, own_cache):
    article = make_article()
    url = article.get_absolute_url()
    assert client.get(url).status_code == 200
    hosts = ["LOCALHOST", "localhost.", "Localhost", "localhost:1", "localhost:2"]
    hosts += [f"localhost:{port}" for port in range(3000, 3030)]
    before = len(own_cache._cache)
    for host in hosts:
        response = client.get(url, HTTP_HOST=host)
        assert response.status_code == 200, host
        assert article.title in response.content.decode()
    assert len(own_cache._cache) - before <= 1


def test_what_does_not_exist_or_finds_nothing_keeps_nothing(client, own_cache):
    make_article(title="Tin có thật")
    assert client.get("/").status_code == 200
    invented = [f"/tu-khoa/khong-co-{n}/" for n in range(30)]
    invented += [f"/chuyen-muc/khong-co-{n}/" for n in range(30)]
    invented += [f"/bai-viet/khong-co-{n}-{900000 + n}/" for n in range(30)]
    added, codes = grows(own_cache, client, invented)
    assert codes == {404} and added == 0
    searches = [f"/tim-kiem/?q=khongtimthay{n}" for n in range(30)]
    added, codes = grows(own_cache, client, searches)
    assert codes == {200} and added == 0


def test_the_pages_kept_are_bounded_whatever_is_asked(client, own_cache, monkeypatch):
    monkeypatch.setattr(pagecache, "PAGE_SLOTS", 8)
    for i in range(3):
        make_article(title=f"Tin tìm được {i}")
    for n in range(60):
        assert client.get("/tim-kiem/", {"q": f"tin {n}"}).status_code == 200
    pages = [key for key in own_cache._cache if ":page:" in key]
    assert 0 < len(pages) <= 8
    # A page in a slot another took is served right, not the other's.
    first = client.get("/tim-kiem/", {"q": "tin 1"}).content.decode()
    assert 'value="tin 1"' in first


def test_other_apps_lists_keep_nothing_for_invented_filters_or_empty_searches(client, own_cache):
    """The documents' and questions' lists read filters too: a kind, year or
    field they do not know is ignored, so it goes to the list's own address; a
    search or filter that finds nothing is answered and not kept."""
    from tests.documents.factories import make_document, make_kind
    from tests.questions.factories import make_field, make_question, publish_question

    kind = make_kind("Kế hoạch")
    make_document(kind=kind, summary="Kế hoạch phòng chống thiên tai")
    publish_question(make_question(title="Đăng ký khai sinh", field=make_field("Hộ tịch")))
    for url in ("/van-ban/", "/hoi-dap/", f"/van-ban/?loai={kind.slug}"):
        assert client.get(url).status_code == 200
    invented = [f"/van-ban/?loai=khong-co-{n}" for n in range(20)]
    invented += [f"/van-ban/?nam=x{n}" for n in range(20)]
    invented += [f"/hoi-dap/?linh-vuc=khong-co-{n}" for n in range(20)]
    added, codes = grows(own_cache, client, invented)
    assert added == 0 and codes == {302}
    assert client.get("/van-ban/?loai=khong-co-1")["Location"] == "/van-ban/"
    nothing = [f"/van-ban/?q=khongtimthay{n}" for n in range(20)]
    nothing += [f"/van-ban/?co-quan=Khong+co+{n}" for n in range(20)]
    nothing += [f"/hoi-dap/?q=khongtimthay{n}" for n in range(20)]
    added, codes = grows(own_cache, client, nothing)
    assert added == 0 and codes == {200}
