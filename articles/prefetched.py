"""Cache reads made together: one round trip to the cache for a shared page.

Before any view runs, CachedPageMiddleware (articles/pagecache.py) knows every
cache key a shared page depends on: the content token, the version of a part
with a clock of its own ("Đọc nhiều") and the page itself. It reads them with
one get_many() and leaves them on the request; the modules that own those keys
read them back here instead of asking the cache again. With Redis that is one
round trip instead of three for every page answered from the cache.
"""

from django.core.cache import cache


def fetch(request, keys):
    """Read `keys` from the cache at once and keep what was found on `request`."""
    request._prefetched = cache.get_many(keys) if keys else {}
    request._prefetched_keys = frozenset(keys)
    return request._prefetched


def get(request, key):
    """The cached value of `key` (None if absent): as fetched earlier for this
    request, else read from the cache now."""
    if request is not None and key in getattr(request, "_prefetched_keys", ()):
        return request._prefetched.get(key)
    return cache.get(key)
