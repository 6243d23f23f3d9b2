"""Every upload attack from the editing issue, and script in article bodies saved
through the admin: refused or stripped, and no article, revision or file changed.

The upload helpers are the editing tests' own (tests/editing/test_image_upload.py);
these cases add the check that nothing else moved."""

import pytest
from django.test import Client

from articles.models import Article
from tests.editing.test_admin_permissions import article_form
from tests.editing.test_image_upload import picture, png_claiming, stored_files, upload
from tests.factories import make_article, make_editor, make_journalist, make_section, make_user
from tests.security.snapshot import snapshot

pytestmark = pytest.mark.django_db

NOT_AN_IMAGE = "Tệp không phải ảnh JPEG, PNG, GIF hoặc WebP."
ATTACKS = {
    "svg-with-script": (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        "logo.svg",
        NOT_AN_IMAGE,
    ),
    "html-named-png": (b"<html><script>alert(document.cookie)</script></html>", "anh.png", NOT_AN_IMAGE),
    "php-named-jpg": (b"<?php system($_GET['c']); ?>", "anh.php.jpg", NOT_AN_IMAGE),
    "decompression-bomb": (
        png_claiming(100_000, 100_000),
        "bom.png",
        "Ảnh có quá nhiều điểm ảnh (tối đa 40 megapixel).",
    ),
    "truncated-jpeg": (
        picture(size=(400, 300), quality=95)[:2000],
        "hong.jpg",
        "Ảnh bị hỏng hoặc tải lên chưa hết. Vui lòng thử lại.",
    ),
    "over-ten-megabytes": (picture() + b"\0" * (10 * 1024 * 1024), "lon.jpg", "Ảnh quá lớn (tối đa 10 MB)."),
}


@pytest.fixture
def desk(client):
    """A journalist at work on a draft."""
    journalist = make_journalist()
    make_article(author=journalist, status=Article.Status.DRAFT, body="<p>Bài đang viết</p>")
    client.force_login(journalist)
    return client


@pytest.mark.parametrize("data, name, message", ATTACKS.values(), ids=ATTACKS.keys())
def test_upload_attack_is_refused_and_nothing_changes(desk, settings, data, name, message):
    before = snapshot()
    response = upload(desk, data, name=name)
    assert response.status_code == 200
    assert response.json() == {"uploaded": 0, "error": {"message": message}}
    assert stored_files(settings) == []
    assert snapshot() == before


@pytest.mark.parametrize("who", ["anonymous", "reader", "staff-without-rights"])
def test_upload_by_someone_without_article_rights_is_refused(client, settings, who):
    if who != "anonymous":
        client.force_login(make_user(is_staff=who != "reader"))
    response = upload(client, picture())
    assert response.status_code == 403
    assert response.json()["error"]["message"] == "Bạn không có quyền tải ảnh lên."
    assert stored_files(settings) == []


def test_upload_without_csrf_token_is_refused(settings):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_editor())
    assert upload(client, picture()).status_code == 403
    assert stored_files(settings) == []


BODIES = {
    "script": "<p>Tin</p><script>alert(1)</script>",
    "img-onerror": '<p>Ảnh</p><img src="/media/uploads/a.jpg" onerror="alert(1)">',
    "javascript-link": '<p><a href="javascript:alert(1)">Xem</a></p>',
    "iframe": '<p>Trước</p><iframe src="https://evil.example"></iframe>',
}


@pytest.mark.parametrize("body", BODIES.values(), ids=BODIES.keys())
def test_script_in_an_article_body_saved_in_the_admin_never_reaches_readers(client, body):
    editor = make_editor()
    client.force_login(editor)
    response = client.post(
        "/quan-tri/articles/article/add/",
        article_form(
            make_section(),
            body=body,
            status="published",
            published_at_0="01/01/2020",
            published_at_1="08:00:00",
        ),
    )
    assert response.status_code == 302
    article = Article.objects.get()
    for hostile in ["<script", "onerror", "javascript:", "<iframe"]:
        assert hostile not in article.body
        assert hostile not in article.revisions.get().body
    page = Client().get(article.get_absolute_url()).content.decode()
    assert "alert(1)" not in page
