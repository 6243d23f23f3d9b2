"""Loaded with `-p tests.environment` before Django's settings are read.

Settings refuse the development secret key when DEBUG is off (as it is under
pytest), so the suite brings its own throw-away key: no secret is needed to test.
"""

import os
import secrets

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-key-" + "x" * 50)

# The test client's host is the first portal's domain (newsroom/portals.py);
# live servers answer on 127.0.0.1 and localhost, the first portal's loopback names.
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")

# The cache's keys of this run carry a prefix of their own, and the cache's
# clear() deletes only those (newsroom/cache.py): running the suite never
# empties a Redis database that other work shares.
os.environ.setdefault("NEWSROOM_CACHE_KEY_PREFIX", "newsroom-test-" + secrets.token_hex(6))
