"""Fixtures shared by the whole suite."""

import os
import secrets

import pytest
from django.core.cache import cache

from tests import services

# The machine's shared services, which the suite may use but never restart or empty.
SHARED_REDIS = os.environ.get("REDIS_URL", "").strip() or "redis://127.0.0.1:6379/0"
SHARED_POSTGRESQL = os.environ.get("DATABASE_URL", "").strip()


@pytest.fixture(scope="session", autouse=True)
def _shared_services_left_as_they_were():
    """After the whole session, the machine's Redis and PostgreSQL are the same
    processes (Redis INFO run_id, pg_postmaster_start_time()), the Redis
    database still holds a key the suite did not write, and no database the
    suite did not create has gone. Fault tests start services of their own."""
    redis_before = services.redis_snapshot(SHARED_REDIS)
    if redis_before:
        services.plant_sentinel(SHARED_REDIS)
    postgres = SHARED_POSTGRESQL.startswith("postgres")
    postgres_before = services.postgresql_snapshot(SHARED_POSTGRESQL) if postgres else None
    yield
    if redis_before:
        redis_after = services.redis_snapshot(SHARED_REDIS)
        if redis_after:
            services.remove_sentinel(SHARED_REDIS)
        assert redis_after == {"run_id": redis_before["run_id"], "sentinel": 1}, (
            f"the shared Redis {SHARED_REDIS} was restarted or emptied: {redis_before} -> {redis_after}"
        )
    if postgres_before:
        postgres_after = services.postgresql_snapshot(SHARED_POSTGRESQL)
        assert postgres_after and postgres_after["started"] == postgres_before["started"], (
            f"the shared PostgreSQL was restarted: {postgres_before} -> {postgres_after}"
        )
        # Other runs on the machine make and drop test_* databases of their own.
        kept = {name for name in postgres_before["databases"] if not name.startswith(("test_", "restore_"))}
        assert kept <= postgres_after["databases"], "a database the suite did not create was dropped"


@pytest.fixture(scope="session", autouse=True)
def _own_cache_keys_removed():
    """The run's cache keys (a prefix of their own, tests/environment.py) go at the end."""
    yield
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def _roles(request, django_db_blocker):
    """The newsroom's roles as the migrations made them, read before any test can
    flush them. A run without a database test makes no test database, so there
    is nothing to read (and the developer's own database is never touched)."""
    from tests.factories import remember_roles

    database = {"db", "transactional_db", "django_db_setup"}
    if not any(
        database & set(item.fixturenames) or item.get_closest_marker("django_db")
        for item in request.session.items
    ):
        return
    request.getfixturevalue("django_db_setup")
    with django_db_blocker.unblock():
        remember_roles()


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Production settings expect `collectstatic`'s manifest; tests serve the
    source files directly, as `make run` does."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded files of a test go to its own folder, never the developer's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Real hashing costs a quarter second a user; tests make many users."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def moto_server(tmp_path_factory):
    """An S3-compatible HTTP endpoint of the suite's own (moto), on a free port."""
    server = services.MotoServer(tmp_path_factory.mktemp("moto") / "moto.log")
    yield server
    server.stop()


@pytest.fixture
def s3_media(moto_server, settings):
    """This test's media go to a fresh bucket of the moto endpoint, as with
    DJANGO_MEDIA_STORAGE=s3 in production; yields the bucket's name."""
    bucket = moto_server.create_bucket(f"newsroom-{secrets.token_hex(6)}")
    settings.MEDIA_URL = f"{moto_server.endpoint}/{bucket}/"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": moto_server.storage_options(bucket),
        },
    }
    return bucket


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: per-address counters (the captcha
    issuing limit) must not carry over from one test to the next; nor does
    what this process remembers of renditions made in another test's media, nor
    the pages it served last (which another test's data may have made)."""
    from articles import images, pagecache

    cache.clear()
    images._complete.clear()
    pagecache.recent_pages.clear()


@pytest.fixture
def article(db):
    """A published article readers comment on (modules that need another define their own)."""
    from tests.factories import make_article

    return make_article(title="Phố Lạc Hồng được cải tạo")


@pytest.fixture
def post_url(article):
    """Where the comment form of `article` posts."""
    from django.urls import reverse

    return reverse("comments:post", args=[article.pk])


@pytest.fixture
def redis_of_our_own(tmp_path):
    """A redis-server started for this test alone, on a free port; stopped after."""
    server = services.RedisServer(tmp_path)
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _portals_of_this_test(request):
    """Each test's requests see the portals of its own database (a rolled-back
    test's sites are forgotten), read before the test so that counting a
    request's queries counts no portal lookup (newsroom/portals.py)."""
    from newsroom.portals import forget_portals, portals

    forget_portals()
    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db"} & set(
        request.fixturenames
    )
    if uses_db:
        request.getfixturevalue("transactional_db" if "transactional_db" in request.fixturenames else "db")
        portals()
    yield
    forget_portals()


@pytest.fixture(autouse=True)
def _jobs_run_at_once():
    """Background jobs (Huey: documents' OCR) run as they are queued, in the
    test's process, unless a test is about the queue itself."""
    from huey.contrib.djhuey import HUEY

    before = HUEY.immediate
    HUEY.immediate = True
    yield
    HUEY.immediate = before
