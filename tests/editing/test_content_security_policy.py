"""Reader pages forbid inline script and style, but for one script allowed by its
hash; the admin gets only what CKEditor needs."""

import base64
import hashlib
import re

import pytest

from tests.factories import make_article, make_editor

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def test_reader_pages_have_a_strict_policy_and_no_inline_code(client):
    article = make_article(body='<p>Chữ</p><figure class="image"><img src="/media/a.jpg" alt="a"></figure>')
    for url in ["/", article.section.get_absolute_url(), article.get_absolute_url(), "/bai-da-dang/"]:
        response = client.get(url)
        policy = directives(response)
        html = response.content.decode()
        # The reading aids' choice, applied before the first paint, is the one inline script.
        inline = re.findall(r"<script data-before-paint>(.*?)</script>", html, re.S)
        assert len(inline) == 1, url
        digest = base64.b64encode(hashlib.sha256(inline[0].encode()).digest()).decode()
        assert policy["script-src"] == ["'self'", f"'sha256-{digest}'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
        # Otherwise only external scripts, or JSON-LD data blocks, which browsers never run.
        assert not re.search(
            r'<script(?! data-before-paint>)(?![^>]*\b(src=|type="application/ld\+json"))', html
        ), url
        assert not re.search(r"\sstyle=|\son[a-z]+=", html), url


def test_admin_editor_page_allows_ckeditors_inline_code_and_nothing_foreign(client):
    client.force_login(make_editor())
    policy = directives(client.get("/quan-tri/articles/article/add/"))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-eval'" not in policy["script-src"]


def test_uploaded_media_is_served_with_its_own_sandbox(client, settings):
    settings.NEWSROOM_SERVE_MEDIA = True
    (settings.MEDIA_ROOT / "uploads").mkdir(parents=True)
    (settings.MEDIA_ROOT / "uploads" / "a.jpg").write_bytes(b"x")
    response = client.get("/media/uploads/a.jpg")
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
