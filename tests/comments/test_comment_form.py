"""The comment form's input rules: Vietnamese errors beside the field, typed text kept, nothing stored."""

import pytest

from comments.models import Comment
from tests.factories import comment_data

pytestmark = pytest.mark.django_db


def post(client, url, **fields):
    return client.post(url, comment_data(**fields))


def test_valid_comment_is_stored_pending_with_time_ip_and_user_agent(client, article, post_url):
    response = client.post(post_url, comment_data(), HTTP_USER_AGENT="Mozilla/5.0 Thử")
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url() + "#binh-luan"
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert (comment.name, comment.phone, comment.title) == (
        "Nguyễn Văn Hùng",
        "+84912345678",
        "Mong sớm hoàn thành",
    )
    assert comment.ip_address == "127.0.0.1"
    assert comment.user_agent == "Mozilla/5.0 Thử"
    assert comment.received_at is not None


@pytest.mark.parametrize(
    "field, message",
    [
        ("name", "Vui lòng nhập họ tên."),
        ("title", "Vui lòng nhập tiêu đề."),
        ("body", "Vui lòng nhập nội dung."),
    ],
)
def test_required_fields_get_a_vietnamese_message_and_nothing_is_stored(client, post_url, field, message):
    response = post(client, post_url, **{field: "   "})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    assert Comment.objects.count() == 0


@pytest.mark.parametrize("field, limit", [("name", 100), ("title", 200), ("body", 3000)])
def test_lengths_are_bounded(client, post_url, field, limit):
    response = post(client, post_url, **{field: "a" * (limit + 1)})
    assert response.status_code == 400
    assert f"Tối đa {limit} ký tự" in response.content.decode()
    assert Comment.objects.count() == 0
    assert post(client, post_url, **{field: "a" * limit}).status_code == 302


def test_text_is_trimmed_and_stored_in_nfc(client, post_url):
    decomposed = "Nguye\u0302\u0303n"  # "Nguyễn" typed with combining marks
    post(client, post_url, name=f"  {decomposed}  ", title=" Tiêu đề ")
    comment = Comment.objects.get()
    assert comment.name == "Nguyễn"
    assert comment.title == "Tiêu đề"


@pytest.mark.parametrize(
    "field, value",
    [
        ("name", "Hùng\x00"),
        ("title", "Tiêu\x07 đề"),
        ("body", "Nội dung \u202eđảo ngược"),
        ("name", "Hùng\u2066"),
        ("title", "Hai\ndòng"),
    ],
    ids=["nul", "bell", "bidi-override", "bidi-isolate", "newline-in-title"],
)
def test_control_and_bidi_characters_are_refused(client, post_url, field, value):
    response = post(client, post_url, **{field: value})
    assert response.status_code == 400
    assert "ký tự điều khiển không hợp lệ" in response.content.decode()
    assert Comment.objects.count() == 0


def test_body_keeps_its_line_breaks(client, post_url):
    post(client, post_url, body="Dòng một\r\nDòng hai")
    assert Comment.objects.get().body == "Dòng một\nDòng hai"


@pytest.mark.parametrize("typed", ["0912 345 678", "+84 912 345 678", "84912345678", "091.234.5678"])
def test_phone_forms_of_one_number_are_stored_as_e164(client, post_url, typed):
    post(client, post_url, phone=typed)
    assert Comment.objects.get().phone == "+84912345678"


def test_phone_is_optional(client, post_url):
    post(client, post_url, phone="")
    assert Comment.objects.get().phone == ""


@pytest.mark.parametrize("typed", ["12345", "0912 345", "+1 202 555 0100", "số của tôi"])
def test_numbers_that_are_not_vietnamese_are_refused(client, post_url, typed):
    response = post(client, post_url, phone=typed)
    assert response.status_code == 400
    assert "Số điện thoại không đúng" in response.content.decode()
    assert Comment.objects.count() == 0


def test_typed_values_are_kept_except_the_captcha(client, post_url):
    response = post(client, post_url, title="", body="Nội dung tôi đã gõ", captcha="abcd")
    html = response.content.decode()
    assert 'value="Nguyễn Văn Hùng"' in html
    assert "Nội dung tôi đã gõ</textarea>" in html
    assert 'name="captcha" value' not in html


def test_form_labels_are_the_portals_and_tied_to_inputs(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    for label, field in [
        ("Họ tên (*)", "id_name"),
        ("Số điện thoại", "id_phone"),
        ("Tiêu đề (*)", "id_title"),
        ("Nội dung (*)", "id_body"),
        ("Mã xác nhận (chữ số trong ảnh hoặc chữ số nghe được)", "id_captcha"),
    ]:
        assert f'<label for="{field}">{label}</label>' in html
        assert f'id="{field}"' in html
    assert "Lấy lại mã bảo mật" in html
    assert "Gửi bình luận" in html


def test_unpublished_article_takes_no_comments(client):
    from tests.factories import make_article

    draft = make_article(status="draft")
    from django.urls import reverse

    response = client.post(reverse("comments:post", args=[draft.pk]), comment_data())
    assert response.status_code == 404
    assert Comment.objects.count() == 0


def test_get_is_not_allowed_on_the_posting_url(client, post_url):
    assert client.get(post_url).status_code == 405
