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
