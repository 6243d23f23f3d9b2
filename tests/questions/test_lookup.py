"""Following a question by its reference: no account, nothing of the phone or
email, a clear answer for an unknown reference, and a limit per address."""

import pytest
from django.test import Client

from tests.questions.factories import make_question

pytestmark = pytest.mark.django_db


def test_a_reference_typed_loosely_still_finds_the_question(client):
    question = make_question(title="Cấp lại giấy khai sinh")
    loose = question.reference.lower().replace("-", " ")
    html = client.get("/hoi-dap/tra-cuu/", {"ma": loose}).content.decode()
    assert "Cấp lại giấy khai sinh" in html and "Mới nhận" in html


def test_an_unknown_reference_gets_a_clear_vietnamese_answer(client):
    response = client.get("/hoi-dap/tra-cuu/", {"ma": "HD-2026-ZZZZZZ"})
    assert response.status_code == 404
    assert "Không tìm thấy câu hỏi nào có mã “HD-2026-ZZZZZZ”" in response.content.decode()
    assert "Không tìm thấy" in client.get("/hoi-dap/tra-cuu/", {"ma": "<b>xyz</b>"}).content.decode()


def test_lookups_are_limited_per_address(settings):
    settings.QUESTIONS_LOOKUP_LIMIT = 3
    question = make_question()
    reader = Client(REMOTE_ADDR="192.0.2.44")
    for number in range(3):
        assert reader.get("/hoi-dap/tra-cuu/", {"ma": f"HD-2026-AAAAA{number}"}).status_code == 404
    # Even the right reference now waits: guessing cannot go on.
    limited = reader.get("/hoi-dap/tra-cuu/", {"ma": question.reference})
    assert limited.status_code == 429
    assert "Bạn đã tra cứu quá nhiều lần" in limited.content.decode()
    assert int(limited["Retry-After"]) > 0
    assert question.title not in limited.content.decode()
    assert (
        Client(REMOTE_ADDR="192.0.2.45").get("/hoi-dap/tra-cuu/", {"ma": question.reference}).status_code
        == 200
    )
