"""GET /healthz tells a load balancer whether the database answers."""

import pytest
from django.db import OperationalError


@pytest.mark.django_db
def test_health_ok_when_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_503_when_database_fails(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def fail(self, sql, params=None):
        raise OperationalError("database is down")

    monkeypatch.setattr(CursorWrapper, "execute", fail)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"


@pytest.fixture
def forget_the_schema_answer(monkeypatch):
    from newsroom import health

    monkeypatch.setattr(health, "_migrated", False)


@pytest.mark.django_db
def test_health_503_when_the_latest_migration_is_not_applied(client, forget_the_schema_answer):
    from django.db.migrations.recorder import MigrationRecorder

    latest = MigrationRecorder.Migration.objects.filter(app="articles").order_by("-name").first()
    latest.delete()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "not migrated"}


@pytest.mark.django_db
def test_health_on_a_database_never_migrated(client, forget_the_schema_answer, monkeypatch):
    from django.db.migrations.recorder import MigrationRecorder

    monkeypatch.setattr(MigrationRecorder, "has_table", lambda self: False)
    assert client.get("/healthz").status_code == 503


@pytest.mark.django_db
def test_health_remembers_a_migrated_schema(client, forget_the_schema_answer, django_assert_max_num_queries):
    assert client.get("/healthz").status_code == 200
    with django_assert_max_num_queries(1):  # SELECT 1, nothing of the migrations
        assert client.get("/healthz").status_code == 200
