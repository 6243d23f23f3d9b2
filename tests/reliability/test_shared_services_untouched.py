"""The suite never empties or restarts a service it did not start: the cache's
clear() deletes only its own keys, and the check that runs around the whole
session (tests/conftest.py) notices a restarted or emptied Redis."""

import pytest
from django.core.cache import caches

from tests import services


@pytest.fixture
def own_redis(tmp_path):
    server = services.RedisServer(tmp_path)
    yield server
    server.stop()


def test_clear_deletes_only_the_keys_under_the_cache_prefix(own_redis, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.DegradingRedisCache",
            "LOCATION": own_redis.url,
            "KEY_PREFIX": "site[a]*",
        },
    }
    own_redis.cli("set", "another-site:1:trang", "giữ nguyên")
    own_redis.cli("set", "site[a]x:1:trang", "giữ nguyên")  # matches the prefix only as a pattern
    cache = caches["default"]
    for number in range(1500):
        cache.set(f"trang-{number}", number)

    cache.clear()

    assert sorted(own_redis.cli("keys", "*").stdout.split()) == ["another-site:1:trang", "site[a]x:1:trang"]


def test_the_session_check_notices_a_restart_and_an_emptied_database(own_redis):
    services.plant_sentinel(own_redis.url)
    before = services.redis_snapshot(own_redis.url)
    assert before["sentinel"] == 1
    own_redis.cli("flushdb")
    assert services.redis_snapshot(own_redis.url)["sentinel"] == 0
    own_redis.shutdown()
    own_redis.start()
    assert services.redis_snapshot(own_redis.url)["run_id"] != before["run_id"]
