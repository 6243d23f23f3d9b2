"""The read beacon: which reads count, and that counting stays invisible to caches.

Every rule runs on both counters (memory + ReadCount, and Redis).
"""

import datetime
import threading
import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import popularity
from articles.models import Article, ReadCount
from tests.factories import make_article
from tests.popularity.conftest import BROWSER

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _write_every_read(monkeypatch):
    """The memory counter writes each read at once unless a test says otherwise."""
    monkeypatch.setattr(popularity, "FLUSH_SECONDS", 0)


# One client for the module: each new one loads the middleware again.
CLIENT = Client()


def beacon(article_id, address="203.113.1.1", agent=BROWSER, client=CLIENT, **headers):
    return client.post(
        reverse("articles:count_read", args=[article_id]),
        REMOTE_ADDR=address,
        HTTP_USER_AGENT=agent,
        **headers,
    )


def reads(article, hours=popularity.DAY_HOURS):
    """The article's reads as the lists see them (0 when it is not ranked)."""
    ranked = popularity.counter().most_read(article.site_id, Article.objects.all(), hours, timezone.now())
    return next((item.reads for item in ranked if item.pk == article.pk), 0)


def test_a_read_is_answered_204_without_a_cookie_or_csrf_token(counter_kind):
    article = make_article()
    response = beacon(article.pk, client=Client(enforce_csrf_checks=True))
    assert response.status_code == 204
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
    assert reads(article) == 1


def test_one_address_counts_once_an_hour_others_count_too(counter_kind, monkeypatch):
    monkeypatch.setattr(popularity, "REPEAT_SECONDS", 2)
    article, other = make_article(), make_article()
    beacon(other.pk, "203.113.1.1")
    for _ in range(3):
        beacon(article.pk, "203.113.1.1")
    beacon(article.pk, "203.113.1.2")
    assert (reads(article), reads(other)) == (2, 1)
    time.sleep(2.1)  # the address's hour (here: two seconds) is over
    beacon(article.pk, "203.113.1.1")
    assert reads(article) == 3


def test_the_address_comes_from_the_trusted_proxy_header(counter_kind, settings):
    settings.NEWSROOM_TRUSTED_PROXY_COUNT = 1
    article = make_article()
    for reader in ("198.51.100.7", "198.51.100.8", "198.51.100.8"):
        beacon(article.pk, "10.0.0.1", HTTP_X_FORWARDED_FOR=reader)
    assert reads(article) == 2


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0 Safari/537.36",
        "python-requests/2.32",
        "curl/8.5.0",
        "",
    ],
)
def test_bots_and_agentless_requests_do_not_count(counter_kind, agent):
    article = make_article()
    assert beacon(article.pk, agent=agent).status_code == 204
    assert reads(article) == 0


def test_a_beacon_sent_from_another_site_does_not_count(counter_kind):
    article = make_article()
    beacon(article.pk, HTTP_SEC_FETCH_SITE="cross-site")
    assert reads(article) == 0
    beacon(article.pk, HTTP_SEC_FETCH_SITE="same-origin")
    assert reads(article) == 1


def test_only_published_articles_count(counter_kind):
    draft = make_article(status=Article.Status.DRAFT)
    scheduled = make_article(published_at=timezone.now() + datetime.timedelta(hours=2))
    for article_id in (draft.pk, scheduled.pk, 987654, 10**30):
        assert beacon(article_id).status_code == 204
    everything = popularity.counter().most_read(
        draft.site_id, Article.objects.all(), popularity.WEEK_HOURS, timezone.now()
    )
    assert everything == []
    assert not ReadCount.objects.exists()


def test_the_beacon_takes_no_body_and_no_get(counter_kind):
    article = make_article()
    client = CLIENT
    url = reverse("articles:count_read", args=[article.pk])
    assert client.get(url).status_code == 405
    large = client.post(url, "x" * 500, content_type="text/plain", HTTP_USER_AGENT=BROWSER)
    assert large.status_code == 413
    assert reads(article) == 0


def test_reading_the_page_itself_writes_nothing_and_sets_no_cookie(counter_kind):
    article = make_article()
    for _ in range(2):  # cold, then from the cache
        with CaptureQueriesContext(connection) as queries:
            response = CLIENT.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200
        assert not response.cookies
        writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
        assert writes == []
    assert reads(article) == 0
    html = response.content.decode()
    url = reverse("articles:count_read", args=[article.pk])
    assert f'<script src="/static/js/read-beacon.js" data-url="{url}" defer></script>' in html


def test_memory_counter_writes_in_batches(settings, monkeypatch):
    settings.REDIS_URL = ""
    popularity._counter_for.cache_clear()
    monkeypatch.setattr(popularity, "FLUSH_SECONDS", 3600)
    monkeypatch.setattr(popularity, "FLUSH_READS", 5)
    article = make_article()
    beacon(article.pk, "203.113.9.1")  # the first read after start is written at once
    for n in range(2, 6):
        with CaptureQueriesContext(connection) as queries:
            beacon(article.pk, f"203.113.9.{n}")
        # (The reader's hour is a mark all processes see: newsroom/limits.py.)
        assert not [
            q for q in queries if "INSERT INTO" in q["sql"].upper() and "READCOUNT" in q["sql"].upper()
        ]
    assert reads(article) == 1
    with CaptureQueriesContext(connection) as queries:
        beacon(article.pk, "203.113.9.6")  # the fifth waiting read: one upsert
    assert len([q for q in queries if "INSERT" in q["sql"].upper() and "READCOUNT" in q["sql"].upper()]) == 1
    assert reads(article) == 6
    popularity._counter_for.cache_clear()


def test_threads_counting_at_once_lose_no_read(counter_kind, monkeypatch):
    monkeypatch.setattr(popularity, "FLUSH_READS", 7)
    monkeypatch.setattr(popularity, "FLUSH_SECONDS", 3600)
    article = make_article()
    errors = []

    def read_from(thread):
        try:
            client = Client()
            for n in range(25):
                assert beacon(article.pk, f"10.{thread}.0.{n}", client=client).status_code == 204
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=read_from, args=(t,)) for t in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    if counter_kind == "memory":
        popularity.counter().flush()
    assert reads(article) == 200


def test_redis_outage_drops_reads_quietly_and_pages_still_serve(settings, db):
    from tests.popularity.conftest import _free_port

    settings.REDIS_URL = f"redis://127.0.0.1:{_free_port()}/0"  # nothing listens there
    popularity._counter_for.cache_clear()
    article = make_article()
    started = time.monotonic()
    for n in range(20):
        assert beacon(article.pk, f"203.113.5.{n}").status_code == 204
    assert time.monotonic() - started < 5, "no connection timeout paid per read"
    assert CLIENT.get(article.get_absolute_url()).status_code == 200
    popularity._counter_for.cache_clear()
