"""Every Redis key the site writes is under NEWSROOM_CACHE_KEY_PREFIX (README:
the Redis database may be shared): the page cache, the content token, the
captcha limits and the "Đọc nhiều" read counts alike. Run as production runs,
settings from the environment, against a redis-server of the test's own, so
every key in it is the site's."""

import subprocess
import sys

import pytest
import redis

from tests import services
from tests.factories import make_article
from tests.reliability.conftest import ROOT
from tests.reliability.conftest import test_database_url as database_url

pytestmark = pytest.mark.django_db(transaction=True)

PREFIX = "portal-hoang-nam"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

SCRIPT = """
import sys
import django
django.setup()
from django.test import Client
from articles import popularity

client = Client(HTTP_USER_AGENT=sys.argv[2], REMOTE_ADDR="203.0.113.7")
for path in ["/", sys.argv[1], sys.argv[1], "/tim-kiem/?q=tin", "/binh-luan/ma-xac-nhan/"]:
    assert client.get(path).status_code == 200, path
pk = sys.argv[1].rstrip("/").rsplit("-", 1)[1]
assert client.post(f"/luot-doc/{pk}/", HTTP_ORIGIN="http://testserver").status_code == 204
assert popularity.counter().most_read(1, popularity.Article.objects.all(), 24, django.utils.timezone.now())
print("ok")
"""


def test_every_key_is_under_the_prefix(tmp_path):
    server = services.RedisServer(tmp_path)
    try:
        article = make_article(title="Tin có lượt đọc")
        env = {
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "newsroom.settings",
            "DJANGO_DEBUG": "1",
            "DJANGO_ALLOWED_HOSTS": "testserver",
            "DATABASE_URL": database_url(),
            "REDIS_URL": server.url,
            "NEWSROOM_CACHE_KEY_PREFIX": PREFIX,
        }
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, article.get_absolute_url(), BROWSER],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        keys = [key.decode() for key in redis.Redis.from_url(server.url).scan_iter()]
        assert any(":reads:" in key for key in keys) and any(":page:" in key for key in keys)
        assert [key for key in keys if not key.startswith(f"{PREFIX}:")] == []
    finally:
        server.stop()
