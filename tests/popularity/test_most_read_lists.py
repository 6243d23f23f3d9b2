""" "Đọc nhiều" on the home, section and article pages: what it lists, how fresh
it is, and how cached pages follow it without being invalidated per read."""

import datetime
import re

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from articles import popularity
from articles.management.commands._demo_reads import seed_reads
from articles.models import Article
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

CLIENT = Client()


def add_reads(article, reads, hours_ago=0):
    hour = popularity.hours_ending(1, timezone.now())[0] - datetime.timedelta(hours=hours_ago)
    popularity.counter().add({(article.pk, hour): reads})


def listed(html, period):
    """Titles in one "Đọc nhiều" list ("24-gio" or "7-ngay"), in order."""
    match = re.search(rf'aria-labelledby="doc-nhieu-{period}">(.*?)</ol>', html, re.S)
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', match.group(1)) if match else []


@pytest.fixture
def read_articles(counter_kind):
    section = make_section("Kinh tế")
    articles = {
        name: make_article(title=name, section=section)
        for name in ("Tin hôm nay", "Tin thứ hai", "Tin tuần này", "Bản nháp")
    }
    Article.objects.filter(title="Bản nháp").update(status=Article.Status.DRAFT)
    add_reads(articles["Tin hôm nay"], 10)
    add_reads(articles["Tin thứ hai"], 3, hours_ago=5)
    add_reads(articles["Tin tuần này"], 50, hours_ago=72)
    add_reads(articles["Bản nháp"], 100)
    return articles


def test_home_section_and_article_pages_list_the_most_read(read_articles):
    article = read_articles["Tin hôm nay"]
    for url in ("/", article.section.get_absolute_url(), article.get_absolute_url()):
        html = CLIENT.get(url).content.decode()
        assert '<h2 id="doc-nhieu" class="sidebar__heading">Đọc nhiều</h2>' in html, url
        assert listed(html, "24-gio") == ["Tin hôm nay", "Tin thứ hai"], url
        assert listed(html, "7-ngay") == ["Tin tuần này", "Tin hôm nay", "Tin thứ hai"], url


def test_reads_older_than_a_week_are_left_out(counter_kind):
    old = make_article(title="Tin cũ")
    add_reads(old, 40, hours_ago=popularity.WEEK_HOURS)
    add_reads(make_article(title="Tin mới"), 1)
    html = CLIENT.get("/").content.decode()
    assert listed(html, "7-ngay") == ["Tin mới"]


def test_an_unpublished_article_leaves_the_lists_at_once(read_articles):
    assert "Tin hôm nay" in listed(CLIENT.get("/").content.decode(), "24-gio")
    article = read_articles["Tin hôm nay"]
    article.status = Article.Status.DRAFT
    article.save()
    html = CLIENT.get("/").content.decode()
    assert listed(html, "24-gio") == ["Tin thứ hai"]
    assert "Tin hôm nay" not in listed(html, "7-ngay")


def test_without_reads_there_is_no_empty_block(counter_kind):
    article = make_article()
    html = CLIENT.get(article.get_absolute_url()).content.decode()
    assert "Đọc nhiều" not in html
    assert '<aside class="sidebar"' in html  # empty, and hidden by site.css


@pytest.fixture
def own_memory_cache(settings):
    """Cache expiry that time_machine can move: process memory, not Redis."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "lists"}
    }
    settings.REDIS_URL = ""
    popularity._counter_for.cache_clear()
    yield
    popularity._counter_for.cache_clear()


def test_new_reads_show_within_a_minute_and_change_the_page_etag(own_memory_cache):
    first, second = make_article(title="Tin thứ nhất"), make_article(title="Tin thứ hai")
    add_reads(first, 5)
    response = CLIENT.get("/")
    etag = response["ETag"]
    assert listed(response.content.decode(), "24-gio") == ["Tin thứ nhất"]
    add_reads(second, 9)
    # Within the minute: the same page, and a browser's copy is still good.
    assert CLIENT.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=popularity.LIST_SECONDS + 1)):
        response = CLIENT.get("/", HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 200
        assert response["ETag"] != etag
        assert listed(response.content.decode(), "24-gio") == ["Tin thứ hai", "Tin thứ nhất"]


def test_reads_that_keep_the_order_keep_the_cached_page(own_memory_cache):
    first, second = make_article(title="Tin thứ nhất"), make_article(title="Tin thứ hai")
    add_reads(first, 9)
    add_reads(second, 5)
    etag = CLIENT.get("/")["ETag"]
    add_reads(second, 1)
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=popularity.LIST_SECONDS + 1)):
        assert CLIENT.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_the_lists_are_read_once_a_minute_not_per_page(counter_kind, settings, django_assert_num_queries):
    article = make_article()
    add_reads(article, 3)
    cache.clear()
    CLIENT.get(article.get_absolute_url())
    CLIENT.get("/")  # another page: lists and most parts cached, the page itself not
    # the content state only (none when the token is kept in Redis)
    with django_assert_num_queries(0 if settings.NEWSROOM_CONTENT_TOKEN_IN_CACHE else 1):
        CLIENT.get(article.get_absolute_url())


def test_demo_reads_fill_the_lists_once(counter_kind):
    for hours_ago in (2, 30, 100):
        make_article(published_at=timezone.now() - datetime.timedelta(hours=hours_ago))
    assert seed_reads() > 0
    html = CLIENT.get("/").content.decode()
    assert len(listed(html, "24-gio")) >= 2
    assert len(listed(html, "7-ngay")) == 3
    assert seed_reads() == 0, "a second run adds nothing"


def computing_elsewhere():
    """Another process has taken the lock and is computing the lists."""
    site_id = Article.objects.values_list("section__site_id", flat=True).first()
    assert cache.add(f"popular:lists:lock:{site_id}", True, popularity.LIST_LOCK_SECONDS)


def test_due_lists_are_computed_once_while_the_others_keep_the_previous(own_memory_cache, monkeypatch):
    first, second = make_article(title="Tin thứ nhất"), make_article(title="Tin thứ hai")
    add_reads(first, 5)
    assert listed(CLIENT.get("/").content.decode(), "24-gio") == ["Tin thứ nhất"]
    add_reads(second, 9)
    computed = []
    real = popularity._compute_most_read
    monkeypatch.setattr(popularity, "_compute_most_read", lambda site: computed.append(site) or real(site))
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=popularity.LIST_SECONDS + 1)):
        computing_elsewhere()
        for _ in range(3):
            html = CLIENT.get(first.get_absolute_url()).content.decode()
            assert listed(html, "24-gio") == ["Tin thứ nhất"], "the previous lists, not a recompute"
        assert computed == []
        cache.delete(f"popular:lists:lock:{first.section.site_id}")  # the other process is done
        html = CLIENT.get("/").content.decode()
        assert listed(html, "24-gio") == ["Tin thứ hai", "Tin thứ nhất"]
        assert len(computed) == 1
        CLIENT.get(second.get_absolute_url())
        assert len(computed) == 1


def test_previous_lists_never_show_an_article_unpublished_since(own_memory_cache):
    first, second = make_article(title="Tin thứ nhất"), make_article(title="Tin thứ hai")
    add_reads(first, 5)
    add_reads(second, 3)
    assert listed(CLIENT.get("/").content.decode(), "24-gio") == ["Tin thứ nhất", "Tin thứ hai"]
    first.status = Article.Status.DRAFT
    first.save()
    computing_elsewhere()
    html = CLIENT.get("/").content.decode()
    assert listed(html, "24-gio") == ["Tin thứ hai"]
    assert "Tin thứ nhất" not in listed(html, "7-ngay")


def test_a_process_without_previous_lists_computes_them_and_leaves_the_lock_alone(own_memory_cache):
    add_reads(make_article(title="Tin đầu tiên"), 2)
    computing_elsewhere()
    assert listed(CLIENT.get("/").content.decode(), "24-gio") == ["Tin đầu tiên"]
    site_id = Article.objects.values_list("section__site_id", flat=True).first()
    assert cache.get(f"popular:lists:lock:{site_id}"), "the other process's lock is still held"
