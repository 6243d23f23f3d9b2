"""When posting a comment fails, the error report and the log never carry the
commenter's phone number or the captcha answer."""

import logging

import pytest
from django.core import mail
from django.test import Client
from django.views.debug import ExceptionReporter

from comments import moderation
from tests.factories import comment_data, make_captcha

pytestmark = pytest.mark.django_db

PHONE = "0987 654 321"
ANSWER = "qzxw"


class Records(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def failing_post(article, post_url, monkeypatch, settings):
    """Post a comment whose storing blows up; returns the logged error record."""
    settings.ADMINS = [("Trực kỹ thuật", "kythuat@example.com")]

    def explode(article, data, **kwargs):
        raise RuntimeError("the disk said no")

    monkeypatch.setattr(moderation, "submit_comment", explode)
    handler = Records()
    logging.getLogger("django.request").addHandler(handler)
    try:
        data = comment_data(phone=PHONE, captcha=ANSWER, captcha_key=make_captcha(answer=ANSWER))
        response = Client(raise_request_exception=False).post(post_url, data)
    finally:
        logging.getLogger("django.request").removeHandler(handler)
    assert response.status_code == 500
    [record] = [r for r in handler.records if r.levelno >= logging.ERROR]
    return record


def assert_private(text):
    for secret in (PHONE, "987654321", "987 654 321", ANSWER):
        assert secret not in text


def test_error_mail_to_admins_hides_phone_and_captcha_answer(failing_post):
    [message] = mail.outbox
    assert "the disk said no" in message.body
    assert "phone" in message.body, "the field is listed, its value masked"
    assert_private(message.body)


def test_full_error_report_with_local_variables_hides_them(failing_post):
    reporter = ExceptionReporter(failing_post.request, *failing_post.exc_info, is_email=True)
    html = reporter.get_traceback_html()
    text = reporter.get_traceback_text()
    assert "the disk said no" in html and "explode" in html
    assert "********" in html
    assert_private(html)
    assert_private(text)


def test_log_message_hides_them(failing_post):
    logged = logging.Formatter().format(failing_post)
    assert "RuntimeError" in logged
    assert_private(logged)
