"""Limits that hold across every process of the install.

A limit per address (captchas issued, a reader's once-an-hour read) is worth
nothing if each process keeps its own count: two workers would allow twice the
limit. With a cache every process shares (Redis), the counts live there; on
the embedded default, whose in-memory cache each process has to itself, they
live in the database (newsroom.models.Limit), one row per counter, and
expired rows are removed now and then.
"""

import datetime
import math
import time

from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import IntegrityError, transaction
from django.db.models import F

from newsroom.models import Limit

# How often (seconds) a process removes the expired rows.
PURGE_SECONDS = 10 * 60
_purged_at = float("-inf")


def _shared_cache():
    """Whether the default cache is one every process sees."""
    return not isinstance(caches["default"], (LocMemCache, DummyCache))


def window_count(name, now, window):
    """How many times `name` was counted in the current window of `window`
    seconds, this time included; and the seconds left in the window."""
    moment = now.timestamp()
    slot = int(moment // window)
    key = f"{name}:{slot}"
    expires = datetime.datetime.fromtimestamp((slot + 1) * window + 60, tz=datetime.UTC)
    count = _cache_count(key, window + 60) if _shared_cache() else _database_count(key, expires, now)
    return count, max(1, math.ceil((slot + 1) * window - moment))


def first_in(name, seconds, now):
    """True the first time `name` is asked for in `seconds`, False until they
    have passed (the mark is set by the call that returns True)."""
    if _shared_cache():
        return cache.add(f"first:{name}", 1, seconds)
    _purge(now)
    expires = now + datetime.timedelta(seconds=seconds)
    try:
        with transaction.atomic():
            Limit.objects.create(key=f"first:{name}", count=1, expires_at=expires)
        return True
    except IntegrityError:
        # Taken: it counts again only once the mark has expired.
        return bool(Limit.objects.filter(key=f"first:{name}", expires_at__lte=now).update(expires_at=expires))


def _cache_count(key, timeout):
    try:
        return cache.incr(key)
    except ValueError:
        # The window's first (or another process has just made it). A cache
        # that keeps nothing (Redis down) means no limit rather than none served.
        if cache.add(key, 1, timeout):
            return 1
        try:
            return cache.incr(key)
        except ValueError:
            return 0


def _database_count(key, expires, now):
    _purge(now)
    rows = Limit.objects.filter(key=key)
    if not rows.update(count=F("count") + 1):
        try:
            with transaction.atomic():
                Limit.objects.create(key=key, count=1, expires_at=expires)
            return 1
        except IntegrityError:
            rows.update(count=F("count") + 1)
    return rows.values_list("count", flat=True).first() or 1


def _purge(now):
    global _purged_at
    clock = time.monotonic()
    if clock - _purged_at >= PURGE_SECONDS:
        _purged_at = clock
        Limit.objects.filter(expires_at__lte=now).delete()
