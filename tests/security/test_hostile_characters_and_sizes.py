"""Invisible and control characters, huge bodies and huge forms: a clear
Vietnamese answer, and nothing stored."""

import pytest
from captcha.models import CaptchaStore

from comments.models import Comment
from tests.factories import comment_data
from tests.security.snapshot import snapshot

pytestmark = pytest.mark.django_db

CONTROL_MESSAGE = "Nội dung có ký tự điều khiển không hợp lệ, vui lòng gõ lại."


@pytest.mark.parametrize(
    "field, value",
    [
        ("name", "Hùng\x00"),
        ("phone", "0912\x00345678"),
        ("title", "Tiêu đề\x00"),
        ("body", "Nội dung\x00ẩn"),
        ("title", "Giá \u202e000.001 đồng"),
        ("body", "Nội dung \u202dtrái sang phải"),
        ("name", "\u2067Hùng"),
    ],
    ids=["nul-name", "nul-phone", "nul-title", "nul-body", "rlo-title", "lro-body", "isolate-name"],
)
def test_nul_and_bidi_override_characters_are_refused(client, post_url, field, value):
    before = snapshot()
    response = client.post(post_url, comment_data(**{field: value}))
    assert response.status_code == 400
    assert CONTROL_MESSAGE in response.content.decode()
    assert snapshot()["comments"] == before["comments"] == []


def test_zero_width_characters_are_dropped_from_stored_text(client, post_url):
    response = client.post(post_url, comment_data(name="Hù\u200bng", title="\ufeffTiêu đề"))
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert (comment.name, comment.title) == ("Hùng", "Tiêu đề")


@pytest.mark.parametrize(
    "field, message",
    [
        ("name", "Vui lòng nhập họ tên."),
        ("title", "Vui lòng nhập tiêu đề."),
        ("body", "Vui lòng nhập nội dung."),
    ],
)
def test_a_field_made_only_of_zero_width_characters_counts_as_empty(client, post_url, field, message):
    response = client.post(post_url, comment_data(**{field: "\u200b \u200b\ufeff"}))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Comment.objects.exists()


def test_a_one_megabyte_body_is_refused_with_the_limit(client, post_url):
    response = client.post(post_url, comment_data(body="Rất dài. " * 116_508))
    assert response.status_code == 400
    assert "Tối đa 3000 ký tự" in response.content.decode()
    assert not Comment.objects.exists()


def test_a_request_over_the_upload_limit_gets_the_vietnamese_400(client, post_url):
    data = comment_data(body="x" * (3 * 1024 * 1024))
    before = snapshot()
    response = client.post(post_url, data)
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
    assert snapshot() == before, "nothing stored, and the captcha is not even spent"


def test_two_thousand_form_fields_get_the_vietnamese_400(client, post_url):
    data = comment_data()
    data.update({f"truong{n}": "x" for n in range(2000)})
    before = snapshot()
    response = client.post(post_url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Yêu cầu không hợp lệ" in html and '<html lang="vi">' in html
    assert snapshot() == before
    assert CaptchaStore.objects.filter(hashkey=data["captcha_key"]).exists()
