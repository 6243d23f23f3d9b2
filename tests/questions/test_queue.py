"""The staff's queue: by status with counts, overdue questions (no answer within
QUESTIONS_ANSWER_WORKING_DAYS working days) stand out, and the moderators' mail counts them."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.utils import timezone

from comments.notify import notify_moderators
from questions.models import Question
from questions.queue import overdue, overdue_since
from tests.factories import first_site, make_article, make_comment, make_moderator, make_site
from tests.questions.factories import make_department, make_question

pytestmark = pytest.mark.django_db

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def at(*args):
    return datetime.datetime(*args, tzinfo=HANOI)


def test_working_days_skip_the_weekend(settings):
    settings.QUESTIONS_ANSWER_WORKING_DAYS = 7
    # Wednesday 9 December 2026, 10:00: seven working days back is Monday 30 November.
    assert overdue_since(at(2026, 12, 9, 10)) == at(2026, 11, 30, 10)
    settings.QUESTIONS_ANSWER_WORKING_DAYS = 1
    # Monday: one working day back is the Friday before.
    assert overdue_since(at(2026, 12, 7, 9)) == at(2026, 12, 4, 9)


def test_only_unanswered_questions_past_their_time_are_overdue(settings):
    settings.QUESTIONS_ANSWER_WORKING_DAYS = 2
    with time_machine.travel(at(2026, 12, 9, 10), tick=False):
        late = make_question(title="Quá hạn", received_at=at(2026, 12, 4, 9))
        make_question(title="Còn hạn", received_at=at(2026, 12, 8, 9))
        make_question(title="Đã trả lời", received_at=at(2026, 12, 1, 9), status=Question.Status.ANSWERED)
        make_question(title="Phường khác", site=make_site(), received_at=at(2026, 12, 1, 9))
        assert list(overdue(first_site())) == [late]


def test_the_queue_lists_by_status_with_counts_and_marks_the_overdue(settings):
    settings.QUESTIONS_ANSWER_WORKING_DAYS = 2
    make_question(title="Câu hỏi trễ hạn", received_at=timezone.now() - datetime.timedelta(days=10))
    make_question(title="Câu hỏi mới gửi")
    ward = make_site()
    make_question(
        title="Câu hỏi của phường khác",
        site=ward,
        department=make_department("Phòng của phường khác", site=ward),
    )
    staff = Client()
    staff.force_login(make_moderator())
    html = staff.get("/quan-tri/questions/question/").content.decode()
    assert "Câu hỏi trễ hạn" in html and "Câu hỏi mới gửi" in html
    assert "Câu hỏi của phường khác" not in html
    assert "Phòng của phường khác" not in html
    assert html.count('class="question-overdue"') == 1
    assert "Mới nhận (2)" in html
    only_late = staff.get("/quan-tri/questions/question/?qua-han=1").content.decode()
    assert "Câu hỏi trễ hạn" in only_late and "Câu hỏi mới gửi" not in only_late


def test_the_moderators_mail_counts_waiting_and_overdue_questions(settings):
    settings.QUESTIONS_ANSWER_WORKING_DAYS = 2
    make_moderator(email="kiemduyet@example.vn")
    make_question(received_at=timezone.now() - datetime.timedelta(days=10))
    make_question()
    make_comment(make_article())
    assert notify_moderators(first_site().pk)
    assert "Hỏi đáp: 2 câu hỏi đang chờ trả lời, 1 câu quá hạn." in mail.outbox[0].body
    assert "1 bình luận" in mail.outbox[0].body


def test_a_question_alone_mails_about_the_question_not_about_zero_comments(client):
    from tests.questions.factories import question_data

    make_moderator(email="kiemduyet@example.vn")
    client.post("/hoi-dap/dat-cau-hoi/", question_data())
    message = mail.outbox[0]
    assert "Hỏi đáp: 1 câu hỏi đang chờ trả lời" in message.subject
    assert "0 bình luận" not in message.subject + message.body
    assert f"https://{first_site().domain}/quan-tri/questions/question/" in message.body
