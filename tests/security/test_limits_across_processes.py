"""A limit per address holds across every process of the install, on the
embedded default too (no Redis: each process has a cache of its own): two
processes allow no more captchas to one address than one does, and a reader
counted by one is not counted again by the other within the hour."""

import json
import subprocess
import sys

import pytest
from django.conf import settings

from comments.conf import setting
from tests.factories import make_article
from tests.reliability.conftest import ROOT
from tests.reliability.conftest import test_database_url as database_url

pytestmark = pytest.mark.django_db(transaction=True)

SCRIPT = """
import json, os, sys
import django
django.setup()
from django.utils import timezone
from articles import popularity
from comments.captcha import CaptchaLimited, new_captcha

issued = 0
for _ in range(int(sys.argv[1])):
    try:
        new_captcha("203.0.113.9")
        issued += 1
    except CaptchaLimited:
        pass
counted = popularity.counter().record("reader-of-test", 1, int(sys.argv[2]), timezone.now())
popularity.counter().flush()
print(json.dumps({"issued": issued, "counted": counted}))
"""


def run_process(tries, article_id):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": database_url(),
        "REDIS_URL": "",
        "NEWSROOM_CACHE_KEY_PREFIX": settings.NEWSROOM_CACHE_KEY_PREFIX,
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tries), str(article_id)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_two_processes_share_the_captcha_limit_and_the_hour_of_a_read():
    article = make_article()
    limit = setting("CAPTCHA_LIMIT")
    first = run_process(limit, article.pk)
    second = run_process(limit, article.pk)
    assert first["issued"] == limit
    assert second["issued"] == 0
    assert (first["counted"], second["counted"]) == (True, False)
