"""Settings come from the environment and refuse unsafe production defaults."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_settings(**env):
    """Import the settings in a fresh interpreter with exactly `env` set."""
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    clean.update(env)
    code = (
        "import newsroom.settings as s;"
        "print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], s.TIME_ZONE, s.LANGUAGE_CODE)"
    )
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True)


def test_refuses_to_start_on_the_development_key_without_debug():
    result = load_settings()
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_development_key_allowed_with_debug_on():
    result = load_settings(DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "django.db.backends.sqlite3",
        "django.core.cache.backends.locmem.LocMemCache",
        "Asia/Ho_Chi_Minh",
        "vi",
    ]


def test_database_and_redis_urls_switch_backends():
    result = load_settings(
        DJANGO_SECRET_KEY="k" * 50,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/test",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:3] == [
        "False",
        "django.db.backends.postgresql",
        "newsroom.cache.DegradingRedisCache",
    ]


def test_sqlite_default_is_tuned_for_concurrent_writers():
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        return
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    assert "journal_mode=WAL" in options["init_command"]


def test_media_can_live_in_an_s3_compatible_bucket():
    code = (
        "import newsroom.settings as s;"
        "o = s.STORAGES['default']['OPTIONS'];"
        "print(s.STORAGES['default']['BACKEND'], o['bucket_name'], o['endpoint_url'])"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_DEBUG="1",
        DJANGO_MEDIA_STORAGE="s3",
        DJANGO_S3_BUCKET="anh-bao",
        DJANGO_S3_ENDPOINT_URL="https://s3.example.vn",
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["storages.backends.s3.S3Storage", "anh-bao", "https://s3.example.vn"]
    env.pop("DJANGO_S3_BUCKET")
    missing = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert "needs DJANGO_S3_BUCKET" in missing.stderr


@pytest.mark.parametrize(
    "extra, media_url",
    [
        ({"DJANGO_S3_ENDPOINT_URL": "https://s3.example.vn"}, "https://s3.example.vn/anh-bao/"),
        ({"DJANGO_S3_CUSTOM_DOMAIN": "anh.example.vn"}, "https://anh.example.vn/"),
    ],
)
def test_bucket_media_are_linked_and_allowed_by_the_content_security_policy(extra, media_url):
    code = (
        "import newsroom.settings as s;"
        "print(s.MEDIA_URL, s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'][-1], s.NEWSROOM_ADMIN_CSP['img-src'][-1])"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(DJANGO_DEBUG="1", DJANGO_MEDIA_STORAGE="s3", DJANGO_S3_BUCKET="anh-bao", **extra)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    origin = media_url.rstrip("/").rsplit("/anh-bao", 1)[0]
    assert result.stdout.split() == [media_url, origin, origin], result.stderr


def test_gunicorn_workers_freeze_what_they_loaded_and_their_first_requests_built():
    """gunicorn.conf.py's hooks: full collections never walk the app's objects
    again (docs/benchmarks.md, the tail)."""
    code = """
import gc, runpy, types
config = runpy.run_path("gunicorn.conf.py")
config["post_worker_init"](None)
after_load = gc.get_freeze_count()
worker = types.SimpleNamespace(nr=1)
built = [object() for _ in range(5000)]
config["post_request"](worker, None, {}, None)
early = gc.get_freeze_count()
worker.nr = config["GC_FREEZE_AFTER_REQUESTS"]
config["post_request"](worker, None, {}, None)
print(after_load > 0, early == after_load, gc.get_freeze_count() > after_load)
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.split() == ["True", "True", "True"], result.stderr
