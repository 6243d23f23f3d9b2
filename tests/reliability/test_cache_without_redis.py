"""With REDIS_URL set and Redis unreachable, the site serves without a cache:
pages and comments keep working, the outage is logged once, recovery is automatic."""

import logging

import pytest
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError

from comments.models import Comment
from newsroom import cache as degrading
from tests.factories import comment_data, make_article
from tests.services import free_port

pytestmark = pytest.mark.django_db


class Records(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append((record.levelname, record.getMessage()))


@pytest.fixture
def cache_log():
    """What newsroom/cache.py logs (its logger does not propagate to pytest's)."""
    handler = Records()
    degrading.logger.addHandler(handler)
    yield handler.messages
    degrading.logger.removeHandler(handler)


@pytest.fixture
def redis_down(settings, monkeypatch):
    """The cache is the degrading Redis backend pointed at a port nobody listens on."""
    monkeypatch.setattr(degrading, "_outages", {})
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.DegradingRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"RETRY_SECONDS": 60},
        }
    }


def test_every_cache_call_answers_like_an_empty_cache(redis_down):
    assert cache.get("cle", "mac-dinh") == "mac-dinh"
    assert cache.set("cle", 1) is None
    assert cache.add("cle", 1) is True
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("cle") is False
    assert cache.delete("cle") is False
    assert cache.get_or_set("cle", "tinh-lai") == "tinh-lai"
    with pytest.raises(ValueError):
        cache.incr("dem")


def test_pages_and_comments_work_while_redis_is_down(redis_down, client):
    article = make_article(title="Đường Lạc Hồng thông xe")
    assert client.get("/").status_code == 200
    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get(article.section.get_absolute_url()).status_code == 200
    response = client.post(f"/binh-luan/{article.pk}/gui/", comment_data())
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_health_check_reports_the_cache_but_stays_up(redis_down, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "unavailable"}


def test_an_outage_is_logged_once_not_per_request(redis_down, client, cache_log):
    for _ in range(20):
        cache.get("cle")
        client.get("/healthz")
    assert [level for level, _message in cache_log] == ["ERROR"]
    assert "serving without cache" in cache_log[0][1]


def test_redis_is_not_retried_on_every_call_during_an_outage(redis_down, monkeypatch):
    cache.get("cle")  # finds Redis down
    tries = []
    monkeypatch.setattr(RedisCache, "get", lambda *args, **kwargs: tries.append(1))
    for _ in range(50):
        cache.get("cle")
    assert tries == []


def test_redis_coming_back_is_used_again_and_logged_once(redis_down, monkeypatch, cache_log):
    answers = iter([RedisConnectionError("refused"), RedisConnectionError("refused"), "gia-tri", "gia-tri"])

    def flaky_get(self, key, default=None, version=None):
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(RedisCache, "get", flaky_get)
    cache._outage.retry_seconds = 0  # try Redis again on the very next call
    assert cache.get("cle") is None
    assert cache.get("cle") is None
    assert cache.get("cle") == "gia-tri"
    assert cache.get("cle") == "gia-tri"
    assert [level for level, _message in cache_log] == ["ERROR", "WARNING"]
    assert "is back" in cache_log[1][1]
