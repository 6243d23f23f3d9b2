"""The Redis cache, made optional: when Redis cannot be reached the site runs without a cache."""
import logging
import threading
import time

from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.redis import RedisCache
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


def _outage_for(location, retry_seconds):
    with _outages_lock:
        return _outages.setdefault(location, _Outage(location, retry_seconds))


def _degrading(name):
    def method(self, *args, **kwargs):
        if self._outage.skipping():
            return getattr(self._fallback, name)(*args, **kwargs)
        try:
            result = getattr(RedisCache, name)(self, *args, **kwargs)
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
    method.__doc__ = (
        f"RedisCache.{name}, or DummyCache.{name} while Redis is unreachable or refuses it."
    )
    return method


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
        self._fallback = DummyCache(server, params)
        self._outage = _outage_for(",".join(self._servers), retry_seconds)

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
    clear = _degrading("clear")
