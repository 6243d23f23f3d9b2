"""With the content token kept in the cache (NEWSROOM_CONTENT_TOKEN_IN_CACHE,
set when Redis is the cache), a cached page costs no database query, and is
still never stale: writes replace the token, a lost token is rebuilt from the
database, and a scheduled article shows when its time comes, without cron."""

import datetime
import re
import urllib.error
import urllib.request

import pytest
import time_machine
from django.core.cache import cache
from django.db import connections
from django.db.backends.signals import connection_created
from django.utils import timezone

from articles import freshness
from articles.models import Article
from tests.factories import first_site, make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def token_in_cache(settings):
    settings.NEWSROOM_CONTENT_TOKEN_IN_CACHE = True
    cache.delete(freshness.token_key(first_site().pk))
    yield
    cache.delete(freshness.token_key(first_site().pk))


@pytest.fixture
def redis_cache(settings, redis_of_our_own):
    """The Redis cache, on a redis-server of the test's own."""
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.DegradingRedisCache",
            "LOCATION": redis_of_our_own.url,
            "KEY_PREFIX": "token-test",
        }
    }
    return redis_of_our_own


@pytest.fixture
def article():
    return make_article(section=make_section(), title="Tin có sẵn")


def test_a_cached_page_costs_no_query(client, article, django_assert_num_queries):
    url = article.get_absolute_url()
    assert client.get(url).status_code == 200
    with django_assert_num_queries(0):
        again = client.get(url)
    assert again.status_code == 200
    assert "Tin có sẵn" in again.content.decode()
    with django_assert_num_queries(0):
        assert client.get(url, HTTP_IF_NONE_MATCH=again["ETag"]).status_code == 304


def test_a_save_shows_on_the_next_request(client, article):
    url = article.get_absolute_url()
    client.get(url)
    article.title = "Tin đã sửa tiêu đề"
    article.save()
    assert "Tin đã sửa tiêu đề" in client.get(url).content.decode()
    assert "Tin đã sửa tiêu đề" in client.get("/").content.decode()


def test_a_lost_token_is_rebuilt_from_the_database(client, article):
    client.get("/")
    # A write that bypassed the model (raw SQL from a shell), then Redis
    # restarted: the token is gone, and the page is built from the database.
    Article.objects.filter(pk=article.pk).update(
        title="Sửa thẳng trong cơ sở dữ liệu", updated_at=timezone.now()
    )
    cache.delete(freshness.token_key(first_site().pk))
    assert "Sửa thẳng trong cơ sở dữ liệu" in client.get("/").content.decode()


def test_a_write_that_missed_the_rule_shows_within_the_token_lifetime(client, article):
    client.get("/")
    Article.objects.filter(pk=article.pk).update(title="Sửa bằng update()", updated_at=timezone.now())
    later = timezone.now() + datetime.timedelta(seconds=freshness.TOKEN_LIFETIME + 1)
    with time_machine.travel(later):
        assert "Sửa bằng update()" in client.get("/").content.decode()


def test_a_scheduled_article_shows_on_the_minute(client, article):
    when = timezone.now() + datetime.timedelta(seconds=30)
    scheduled = make_article(section=article.section, title="Tin hẹn giờ", published_at=when)
    assert "Tin hẹn giờ" not in client.get("/").content.decode()
    with time_machine.travel(when + datetime.timedelta(seconds=1)):
        assert "Tin hẹn giờ" in client.get("/").content.decode()
        assert client.get(scheduled.get_absolute_url()).status_code == 200


def test_a_deleted_article_leaves_the_lists_at_once(client, article):
    other = make_article(section=article.section, title="Tin sẽ bị xoá")
    assert "Tin sẽ bị xoá" in client.get("/").content.decode()
    other.delete()
    assert "Tin sẽ bị xoá" not in client.get("/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_with_redis_a_cached_article_hit_runs_no_sql(live_server, redis_cache):
    """Through a real server thread and a real Redis (the test's own): every SQL
    statement any server thread runs is counted, and a cached hit runs none."""
    article = make_article(section=make_section(), title="Tin đọc từ bộ nhớ đệm")
    statements = []

    def count(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    def watch(sender, connection, **kwargs):
        connection.execute_wrappers.append(count)

    url = live_server.url + article.get_absolute_url()
    assert "Tin đọc từ bộ nhớ đệm" in urllib.request.urlopen(url).read().decode()
    connection_created.connect(watch)
    for connection in connections.all():
        connection.execute_wrappers.append(count)
    try:
        for _ in range(3):
            with urllib.request.urlopen(url) as response:
                assert response.status == 200
                assert "Tin đọc từ bộ nhớ đệm" in response.read().decode()
        assert statements == []
        # The counter does see the statements of a request that reaches the database.
        urllib.request.urlopen(live_server.url + "/tim-kiem/?q=tin").read()
        assert statements
    finally:
        connection_created.disconnect(watch)
        for connection in connections.all():
            if count in connection.execute_wrappers:
                connection.execute_wrappers.remove(count)


# Commands that are not questions about data: ours (INFO), and a new
# connection's greeting (the test server gives each request a thread, and so a
# connection, of its own; gunicorn's threads keep theirs).
NOT_DATA = {"info", "hello", "client", "select"}


def commands_run(redis):
    """How many data commands the Redis server has run, by name (INFO commandstats)."""
    stats = redis.cli("info", "commandstats").stdout
    return {
        name: int(calls)
        for name, calls in re.findall(r"^cmdstat_(\w+):calls=(\d+)", stats, re.M)
        if name not in NOT_DATA
    }


@pytest.mark.django_db(transaction=True)
def test_with_redis_a_cached_page_is_one_round_trip(live_server, redis_cache):
    """The page, the content token and the "Đọc nhiều" version come in one
    command; a 304 costs the same."""
    article = make_article(section=make_section(), title="Tin một lượt hỏi")
    for path in ("/", article.get_absolute_url(), article.section.get_absolute_url()):
        url = live_server.url + path
        urllib.request.urlopen(url).read()
        before = commands_run(redis_cache)
        with urllib.request.urlopen(url) as response:
            assert response.status == 200
            etag = response.headers["ETag"]
        with pytest.raises(urllib.error.HTTPError) as not_modified:
            urllib.request.urlopen(urllib.request.Request(url, headers={"If-None-Match": etag}))
        assert not_modified.value.code == 304
        after = commands_run(redis_cache)
        asked = {
            name: after[name] - before.get(name, 0) for name in after if after[name] != before.get(name, 0)
        }
        assert asked == {"mget": 2}, (path, asked)


def bytes_sent(redis):
    """How many bytes the Redis server has sent its clients (INFO stats)."""
    return int(re.search(r"^total_net_output_bytes:(\d+)", redis.cli("info", "stats").stdout, re.M)[1])


@pytest.mark.django_db(transaction=True)
def test_with_redis_a_process_reads_a_page_it_served_only_when_it_changed(live_server, redis_cache):
    """A process keeps copies of the pages it served last (pagecache.RecentPages):
    while a page's ETag holds, a hit reads only what the ETag is made of, not the
    page again; after an edit, the new page."""
    long_body = "".join(f"<p>Đoạn {number}: đường Lạc Hồng được trải nhựa lại.</p>" for number in range(300))
    article = make_article(section=make_section(), title="Tin giữ trong bộ nhớ", body=long_body)
    url = live_server.url + article.get_absolute_url()
    first = urllib.request.urlopen(url).read()
    before = bytes_sent(redis_cache)
    for _ in range(3):
        assert urllib.request.urlopen(url).read() == first
    assert bytes_sent(redis_cache) - before < len(first) // 2
    article.title = "Tin giữ trong bộ nhớ, đã sửa"
    article.save()
    assert "Tin giữ trong bộ nhớ, đã sửa" in urllib.request.urlopen(url).read().decode()
