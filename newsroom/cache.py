"""The Redis cache, made optional: when Redis cannot be reached the site runs without a cache."""

import logging
import threading
import time

from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("newsroom.cache")

# Short socket timeouts: a cache that answers slowly is worse than none.
SOCKET_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 1.0}


class _Outage:
    """Whether one Redis server is known to be down, shared by every thread of a process.

    The first failure is logged and later calls skip Redis for `retry_seconds`
    (no timeout paid on every request); then one call tries again. The first
    call that succeeds after an outage logs the recovery.
    """

    def __init__(self, location, retry_seconds):
        self.location = location
        self.retry_seconds = retry_seconds
        self.down = False
        self.retry_at = 0.0
        self.refusal_logged_until = 0.0
        self.lock = threading.Lock()

    def skipping(self):
        return self.down and time.monotonic() < self.retry_at

    def failed(self, error):
        with self.lock:
            if not self.down:
                logger.error("Redis cache %s unavailable, serving without cache: %s", self.location, error)
            self.down = True
            self.retry_at = time.monotonic() + self.retry_seconds

    def refused(self, operation, error):
        """Redis answered with an error: logged at most once per `retry_seconds`."""
        now = time.monotonic()
        with self.lock:
            if now < self.refusal_logged_until:
                return
            self.refusal_logged_until = now + self.retry_seconds
        logger.error("Redis cache %s refused %s, serving without it: %s", self.location, operation, error)

    def succeeded(self):
        if self.down:
            with self.lock:
                if self.down:
                    self.down = False
                    logger.warning("Redis cache %s is back, caching again", self.location)


_outages = {}
_outages_lock = threading.Lock()


def outage_for(location, retry_seconds):
    """The outage state of one Redis server, shared by everything in this process
    that talks to it (this cache, articles.popularity's read counter)."""
    with _outages_lock:
        return _outages.setdefault(location, _Outage(location, retry_seconds))


def _degrading(name, implementation=None):
    def method(self, *args, **kwargs):
        if self._outage.skipping():
            return getattr(self._fallback, name)(*args, **kwargs)
        try:
            result = (implementation or getattr(RedisCache, name))(self, *args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError) as error:
            self._outage.failed(error)
            return getattr(self._fallback, name)(*args, **kwargs)
        except RedisError as error:
            # Redis answered, but refused: out of memory under `noeviction`, a
            # read-only replica, a reply that makes no sense. The server is up,
            # so nothing is skipped; this one call acts as if nothing is cached.
            self._outage.refused(name, error)
            return getattr(self._fallback, name)(*args, **kwargs)
        self._outage.succeeded()
        return result

    method.__name__ = name
    method.__doc__ = f"RedisCache.{name}, or DummyCache.{name} while Redis is unreachable or refuses it."
    return method


class _ClientPerPool(RedisCacheClient):
    """Django's Redis client, keeping one redis.Redis per connection pool.

    Django builds a new redis.Redis for every command; on a page answered from
    the cache that costs more Python time than the command itself. A redis.Redis
    on a connection pool is safe to share between threads."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class DegradingRedisCache(RedisCache):
    """Django's Redis cache that behaves like DummyCache (nothing cached, every
    read a miss) while Redis is unreachable or refuses a command (out of
    memory, read-only, protocol errors), and recovers by itself.

    Pages and comment posting never depend on the cache being there. An outage is
    logged once per process, its end once. Extra OPTIONS: `RETRY_SECONDS`, how
    long to skip Redis after a failure (default 5).
    """

    def __init__(self, server, params):
        options = {**SOCKET_OPTIONS, **params.get("OPTIONS", {})}
        retry_seconds = float(options.pop("RETRY_SECONDS", 5))
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = _ClientPerPool
        self._fallback = DummyCache(server, params)
        self._outage = outage_for(",".join(self._servers), retry_seconds)

    add = _degrading("add")
    get = _degrading("get")
    set = _degrading("set")
    touch = _degrading("touch")
    delete = _degrading("delete")
    get_many = _degrading("get_many")
    has_key = _degrading("has_key")
    incr = _degrading("incr")
    set_many = _degrading("set_many")
    delete_many = _degrading("delete_many")

    def _clear_own_keys(self):
        """Delete the keys under this cache's KEY_PREFIX, a batch at a time.

        Django's RedisCache.clear() empties the whole Redis database (FLUSHDB),
        taking with it whatever else shares it: other sites, a test run's
        neighbours. Without a prefix every key is this cache's own."""
        client = self._cache.get_client(None, write=True)
        escaped = "".join(f"\\{c}" if c in "*?[]\\" else c for c in self.key_prefix)
        pattern = f"{escaped}:*" if self.key_prefix else "*"
        batch = []
        for key in client.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) == 1000:
                client.delete(*batch)
                batch = []
        if batch:
            client.delete(*batch)

    clear = _degrading("clear", _clear_own_keys)
