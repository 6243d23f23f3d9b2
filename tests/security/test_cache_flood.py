"""One client cannot take the site down through the page cache: a Redis that
refuses writes (full under `noeviction`, read-only, …) leaves every page and
/healthz answering 200. (Junk query strings: tests/articles/test_page_cache_keys.py.)

The Redis servers here are the test's own, on free ports: the machine's shared
Redis is never filled, flushed or reconfigured."""

import pytest
import redis

from newsroom import cache as degrading
from tests import services
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_redis(tmp_path):
    """Start a redis-server of the test's own with extra arguments: (URL, client)."""
    servers = []

    def start(*options):
        folder = tmp_path / f"redis-{len(servers)}"
        folder.mkdir()
        server = services.RedisServer(folder, *options)
        servers.append(server)
        return server.url, redis.Redis(port=server.port)

    yield start
    for server in servers:
        server.stop()


def use_redis_cache(settings, monkeypatch, url):
    monkeypatch.setattr(degrading, "_outages", {})
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.DegradingRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "flood-test",
        }
    }


def fill_up(client):
    """Hold more data than `maxmemory` allows, so that under `noeviction` every
    write is refused with an out-of-memory error (our own server: reconfiguring
    it is fine)."""
    for i in range(50):
        client.set(f"filler:{i}", b"x" * 100_000)
    client.config_set("maxmemory", "1mb")
    with pytest.raises(redis.exceptions.OutOfMemoryError):
        client.set("probe", "x")


def test_a_full_redis_leaves_pages_and_health_answering(client, settings, monkeypatch, own_redis):
    url, raw = own_redis("--maxmemory-policy", "noeviction")
    use_redis_cache(settings, monkeypatch, url)
    article = make_article(title="Tin khi bộ nhớ đệm đầy")
    fill_up(raw)
    for path in [
        "/",
        article.get_absolute_url(),
        f"/chuyen-muc/{article.section.slug}/",
        "/tim-kiem/?q=tin",
        "/bai-da-dang/",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
    assert "Tin khi bộ nhớ đệm đầy" in client.get(article.get_absolute_url()).content.decode()
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json()["cache"] == "unavailable"


def test_a_read_only_redis_leaves_pages_and_health_answering(client, settings, monkeypatch, own_redis):
    primary_url, _ = own_redis()
    primary_port = primary_url.rsplit(":", 1)[1].split("/")[0]
    url, raw = own_redis("--replicaof", "127.0.0.1", primary_port)
    with pytest.raises(redis.exceptions.ReadOnlyError):
        raw.set("probe", 1)
    use_redis_cache(settings, monkeypatch, url)
    article = make_article(title="Tin trên bản sao chỉ đọc")
    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get("/").status_code == 200
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json()["cache"] == "unavailable"
