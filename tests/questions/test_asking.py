"""A citizen asks: the question is stored new and unseen, the asker is told its
reference and may follow it; the comment form's rules and answers apply."""

import re

import pytest
from django.core import mail

from comments.forms import CommentForm
from questions.models import Question
from tests.factories import make_moderator, make_site
from tests.questions.factories import make_field, question_data

pytestmark = pytest.mark.django_db

LABELS = ["Họ tên (*)", "Số điện thoại", "Email", "Lĩnh vực", "Tiêu đề (*)", "Nội dung (*)", "Mã xác nhận"]


def labels(html):
    return [
        re.sub(r"<[^>]+>", "", label).strip()
        for label in re.findall(r"<label[^>]*>(.*?)</label>", html, re.S)
    ]


@pytest.mark.parametrize("url", ["/hoi-dap/", "/hoi-dap/dat-cau-hoi/"])
def test_the_ask_form_has_the_comment_forms_labels_and_email_and_field(client, url):
    found = labels(client.get(url).content.decode())
    # In this order, each the contract's words (the captcha's label says more after them).
    shown = [next((label for label in found if label.startswith(want)), None) for want in LABELS]
    assert None not in shown and [found.index(label) for label in shown] == sorted(
        found.index(label) for label in shown
    )
    # The comment form's own labels, word for word.
    comment_labels = {str(field.label) for field in CommentForm.base_fields.values()}
    assert {shown[0], shown[1], shown[4], shown[5], shown[6]} <= comment_labels


def test_a_question_is_stored_new_and_unseen_and_the_asker_gets_its_reference(client):
    field = make_field("Đất đai")
    make_moderator(email="kiemduyet@example.vn")
    response = client.post("/hoi-dap/dat-cau-hoi/", question_data(field=field), follow=True)
    question = Question.objects.get()
    assert question.status == Question.Status.NEW and not question.is_published
    assert (question.name, question.phone, question.email, question.field) == (
        "Trần Thị Mai",
        "+84912345678",
        "mai.tran@example.vn",
        field,
    )
    assert re.fullmatch(r"HD-\d{4}-[0-9A-HJKMNP-TV-Z]{6}", question.reference)
    # Post/redirect/get to the follow-up page, which tells the reference and the status.
    assert response.redirect_chain == [(f"/hoi-dap/tra-cuu/?ma={question.reference}", 302)]
    html = response.content.decode()
    assert f"Mã tra cứu: {question.reference}" in html
    assert "Mới nhận" in html
    assert "0912" not in html and "+84912345678" not in html and "mai.tran@" not in html
    # Unseen: not on the list, no page of its own.
    assert "Thủ tục cấp sổ đỏ" not in client.get("/hoi-dap/").content.decode()
    assert client.get(question.get_absolute_url()).status_code == 404
    # The moderators hear of it, with the comments' mail and throttle.
    assert len(mail.outbox) == 1
    assert "1 câu hỏi đang chờ trả lời" in mail.outbox[0].body


def test_a_wrong_captcha_keeps_what_was_typed_and_stores_nothing(client):
    response = client.post("/hoi-dap/dat-cau-hoi/", question_data(captcha="zzzz"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Mã xác nhận không đúng hoặc đã hết hạn. Vui lòng nhập mã mới." in html
    assert "Thủ tục cấp sổ đỏ lần đầu" in html
    assert Question.objects.count() == 0


def test_required_fields_and_bad_email_get_vietnamese_answers(client):
    response = client.post(
        "/hoi-dap/dat-cau-hoi/", question_data(name=" ", body="", email="khong-phai-email")
    )
    assert response.status_code == 400
    html = response.content.decode()
    for message in ("Vui lòng nhập họ tên.", "Vui lòng nhập nội dung.", "Địa chỉ email không đúng"):
        assert message in html
    assert Question.objects.count() == 0


def test_a_field_of_another_portal_is_refused(client):
    other = make_field("Xây dựng", site=make_site())
    response = client.post("/hoi-dap/dat-cau-hoi/", question_data(field=other))
    assert response.status_code == 400
    assert "Vui lòng chọn một lĩnh vực trong danh sách." in response.content.decode()
    assert Question.objects.count() == 0


def test_a_post_too_soon_after_the_form_was_shown_is_not_received(client):
    from tests.factories import form_started

    response = client.post("/hoi-dap/dat-cau-hoi/", question_data(started=form_started(age_seconds=0)))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Bạn gửi hơi nhanh nên câu hỏi chưa được nhận." in html
    assert "Thủ tục cấp sổ đỏ lần đầu" in html
    assert Question.objects.count() == 0


def test_the_flood_limit_answers_429_with_the_wait(client, settings):
    settings.COMMENTS_FLOOD_LIMIT = 2
    for number in range(2):
        assert (
            client.post("/hoi-dap/dat-cau-hoi/", question_data(body=f"Câu hỏi {number}")).status_code == 302
        )
    response = client.post("/hoi-dap/dat-cau-hoi/", question_data(body="Câu hỏi thứ ba"))
    assert response.status_code == 429
    assert "Bạn đã gửi nhiều câu hỏi liên tiếp" in response.content.decode()
    assert int(response["Retry-After"]) > 0
    assert Question.objects.count() == 2


def test_the_same_question_again_is_stored_once_and_its_reference_told(client):
    client.post("/hoi-dap/dat-cau-hoi/", question_data())
    response = client.post("/hoi-dap/dat-cau-hoi/", question_data(), follow=True)
    question = Question.objects.get()
    assert "Chúng tôi đã nhận câu hỏi này trước đó" in response.content.decode()
    assert question.reference in response.content.decode()


def test_the_honeypot_stores_nothing_and_says_nothing_received(client):
    response = client.post("/hoi-dap/dat-cau-hoi/", question_data(website="http://spam.example"), follow=True)
    assert Question.objects.count() == 0
    assert "đã được gửi" not in response.content.decode()
