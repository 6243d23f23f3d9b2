"""A body in another charset than UTF-8 gets the Vietnamese 400 page, never a 500."""

import pytest

from tests.factories import comment_data, make_article
from tests.security.snapshot import snapshot

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "utf-16-be", "cp1258", "no-such-charset", "utf-7"])
def test_comment_posted_in_another_charset_gets_the_vietnamese_400(client, charset):
    article = make_article()
    body = "&".join(f"{k}={v}" for k, v in comment_data().items())
    before = snapshot()
    try:
        payload = body.encode(charset, errors="replace")
    except LookupError:
        payload = body.encode()
    response = client.generic(
        "POST",
        f"/binh-luan/{article.pk}/gui/",
        payload,
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
    assert snapshot() == before


def test_multipart_form_in_utf16_gets_the_vietnamese_400(client):
    article = make_article()
    boundary = "ranh-gioi"
    parts = (
        "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
            for k, v in comment_data().items()
        )
        + f"--{boundary}--\r\n"
    )
    before = snapshot()
    response = client.generic(
        "POST",
        f"/binh-luan/{article.pk}/gui/",
        parts.encode("utf-16"),
        content_type=f"multipart/form-data; boundary={boundary}; charset=utf-16",
    )
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
    assert snapshot() == before


def test_admin_login_posted_in_utf16_gets_the_vietnamese_400(client):
    response = client.generic(
        "POST",
        "/quan-tri/login/",
        "username=a&password=b".encode("utf-16"),
        content_type="application/x-www-form-urlencoded; charset=utf-16",
    )
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()


@pytest.mark.parametrize("charset", ["utf-8", "UTF-8", "utf8"])
def test_utf8_posts_still_work(client, charset):
    article = make_article()
    body = "&".join(f"{k}={v}" for k, v in comment_data().items()).encode()
    response = client.generic(
        "POST",
        f"/binh-luan/{article.pk}/gui/",
        body,
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert response.status_code == 302
