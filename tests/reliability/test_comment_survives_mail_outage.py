"""A stored comment is a stored comment: if mailing the moderators fails
afterwards, the reader still gets the success page (and does not post twice)."""

import smtplib

import pytest
from django.core.mail.backends.locmem import EmailBackend

from comments.models import Comment
from tests.factories import comment_data, make_article, make_moderator

pytestmark = pytest.mark.django_db


def test_mail_server_down_after_storing_still_answers_success(client, monkeypatch):
    article = make_article()
    make_moderator("kd1", email="kd1@example.com")

    def refuse(self, messages):
        raise smtplib.SMTPConnectError(421, "mail server unavailable")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    response = client.post(f"/binh-luan/{article.pk}/gui/", comment_data())
    assert response.status_code == 302
    assert Comment.objects.get().status == Comment.Status.PENDING
