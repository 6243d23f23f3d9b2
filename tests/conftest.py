"""Fixtures shared by the whole suite."""
import pytest


@pytest.fixture(scope="session", autouse=True)
def _roles(django_db_setup, django_db_blocker):
    """The newsroom's roles as the migrations made them, read before any test can flush them."""
    from tests.factories import remember_roles

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
    """The URL of a redis-server started for this test alone, on a free port."""
    import shutil
    import subprocess
    import time

    import redis

    from tests.reliability.conftest import free_port

    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)
