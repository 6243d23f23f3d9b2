"""Security headers on every response, and HTTPS behaviour behind a proxy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import make_article

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_every_page_sends_protective_headers(client):
    article = make_article()
    for url in ["/", article.get_absolute_url(), "/khong-co/", "/healthz", "/quan-tri/login/"]:
        response = client.get(url)
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["X-Frame-Options"] == "DENY", url
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", url


def test_foreign_host_header_is_refused(client):
    response = client.get("/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400


def test_https_switch_redirects_and_sends_hsts(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    plain = client.get("/")
    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")
    secure = client.get("/", HTTP_X_FORWARDED_PROTO="https")
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"].startswith("max-age=31536000")
    assert client.get("/healthz").status_code == 200, "health checks are not redirected"


def test_deploy_check_passes_with_production_environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="a-strong-production-key-" + "Zq8#" * 12,
        DJANGO_HTTPS="1",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (1 silenced)" in result.stdout
