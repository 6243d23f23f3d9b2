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
