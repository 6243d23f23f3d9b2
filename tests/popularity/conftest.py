"""Both read counters, memory + ReadCount and Redis, for every counting test.

The Redis counter uses the suite's Redis (REDIS_URL, the PostgreSQL + Redis CI
pass) under a key prefix of the test's own, deleted afterwards; without
REDIS_URL it gets a redis-server of its own on a free port, stopped at the end.
"""

import os
import shutil
import socket
import subprocess
import time
import uuid

import pytest
import redis

from articles import popularity

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    server = shutil.which("redis-server")
    if not server:
        pytest.skip("redis-server not installed (apt-get install -y redis-server)")
    port = _free_port()
    folder = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(params=["memory", "redis"])
def counter_kind(request, settings):
    """Which counter the test runs on; `popularity.counter()` is a fresh one."""
    prefix = f"test-reads-{uuid.uuid4().hex}:"
    settings.NEWSROOM_READS_KEY_PREFIX = prefix
    settings.REDIS_URL = request.getfixturevalue("redis_url") if request.param == "redis" else ""
    popularity._counter_for.cache_clear()
    yield request.param
    popularity._counter_for.cache_clear()
    if request.param == "redis":
        client = redis.Redis.from_url(settings.REDIS_URL)
        keys = list(client.scan_iter(match=f"{prefix}*"))
        if keys:
            client.delete(*keys)


@pytest.fixture(autouse=True)
def _fresh_published_answers():
    """Whether an id is published is cached a minute; each test starts without."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
