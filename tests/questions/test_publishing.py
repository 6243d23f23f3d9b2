"""Staff answer and publish in the admin: "Nội dung trả lời" and "Công bố";
editors answer, moderators see the queue; every step is recorded."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from questions import workflow
from questions.models import Question
from tests.factories import make_editor, make_journalist, make_moderator, make_site
from tests.questions.factories import make_department, make_field, make_question

pytestmark = pytest.mark.django_db


def change_url(question):
    return f"/quan-tri/questions/question/{question.pk}/change/"


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def form_values(question, **changes):
    values = {
        "field": question.field_id or "",
        "title": question.title,
        "body": question.body,
        "department": question.department_id or "",
        "answer": question.answer,
        "answered_by": question.answered_by_id or "",
        "rejection_reason": question.rejection_reason,
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
        "events-MIN_NUM_FORMS": "0",
        "events-MAX_NUM_FORMS": "1000",
    }
    if question.is_published:
        values["is_published"] = "on"
    values.update(changes)
    return {name: value for name, value in values.items() if value is not None}


def test_the_change_form_has_the_answer_field_and_the_publish_switch():
    question = make_question()
    make_department("Phòng Văn hóa - Xã hội")
    make_department("Phòng của phường khác", site=make_site())
    html = logged_in(make_editor()).get(change_url(question)).content.decode()
    assert "Nội dung trả lời" in html
    assert "Công bố" in html
    # Only the question's portal's departments to choose from.
    assert "Phòng Văn hóa - Xã hội" in html and "Phòng của phường khác" not in html


def test_an_editor_answers_and_publishes_question_and_answer_together(client):
    question = make_question(title="Giờ tiếp dân của phường", field=make_field("Hành chính"))
    department = make_department("Văn phòng HĐND và UBND")
    editor = make_editor()
    response = logged_in(editor).post(
        change_url(question),
        form_values(
            question,
            department=department.pk,
            answer="Phường tiếp dân sáng thứ Năm hằng tuần.",
            answered_by=department.pk,
            is_published="on",
        ),
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.PUBLISHED and question.is_published
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Giờ tiếp dân của phường" in page
    assert "Phường tiếp dân sáng thứ Năm hằng tuần." in page
    assert "Văn phòng HĐND và UBND" in page
    assert "Giờ tiếp dân của phường" in client.get("/hoi-dap/").content.decode()
    steps = [(e.from_status, e.to_status, e.actor) for e in question.events.all()]
    assert steps == [
        ("new", "assigned", editor),
        ("assigned", "answered", editor),
        ("answered", "published", editor),
    ]


def test_publishing_without_an_answer_is_refused_with_a_reason():
    question = make_question()
    response = logged_in(make_editor()).post(change_url(question), form_values(question, is_published="on"))
    assert response.status_code == 200
    assert "Chưa có câu trả lời để công bố." in response.content.decode()
    question.refresh_from_db()
    assert not question.is_published


def test_a_moderator_sees_the_queue_assigns_and_turns_down_but_cannot_answer():
    question = make_question()
    moderator = make_moderator()
    client = logged_in(moderator)
    assert question.title in client.get("/quan-tri/questions/question/").content.decode()
    department = make_department()
    workflow.assign(question, department, by=moderator)
    with pytest.raises(PermissionDenied):
        workflow.answer(question, body="Trả lời", department=department, by=moderator)
    workflow.reject(question, reason="Trùng với câu hỏi HD-2026-ABCDEF", by=moderator)
    question.refresh_from_db()
    assert question.status == Question.Status.REJECTED


def test_journalists_and_other_portals_staff_have_no_say():
    question = make_question()
    department = make_department()
    with pytest.raises(PermissionDenied):
        workflow.assign(question, department, by=make_journalist())
    ward_editor = make_editor(site=make_site())
    with pytest.raises(PermissionDenied):
        workflow.answer(question, body="Trả lời", department=department, by=ward_editor)
    assert logged_in(ward_editor).get(change_url(question)).status_code == 404


def test_a_department_of_another_portal_cannot_answer():
    question = make_question()
    with pytest.raises(PermissionDenied):
        workflow.answer(
            question, body="Trả lời", department=make_department(site=make_site()), by=make_editor()
        )


def test_rejecting_tells_the_asker_the_reason(client):
    question = make_question()
    workflow.reject(question, reason="Câu hỏi ngoài phạm vi của phường.", by=make_moderator())
    page = client.get(f"/hoi-dap/tra-cuu/?ma={question.reference}").content.decode()
    assert "Không tiếp nhận" in page
    assert "Câu hỏi ngoài phạm vi của phường." in page


def test_a_moderator_turns_a_question_down_in_the_change_form_and_cannot_answer_there():
    question = make_question()
    moderator = make_moderator()
    client = logged_in(moderator)
    html = client.get(change_url(question)).content.decode()
    assert 'name="answer"' not in html and 'name="is_published"' not in html
    response = client.post(
        change_url(question),
        form_values(
            question,
            answer="Trả lời trái phép",
            is_published="on",
            rejection_reason="Trùng câu hỏi đã trả lời.",
        ),
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.REJECTED
    assert question.answer == "" and not question.is_published
    event = question.events.get()
    assert (event.actor, event.to_status, event.note) == (moderator, "rejected", "Trùng câu hỏi đã trả lời.")
