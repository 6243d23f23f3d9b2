"""Moderators hear that comments are waiting, at most once per interval."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from comments import notify
from tests.factories import comment_data, make_comment, make_journalist, make_moderator

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderators():
    first = make_moderator("kd1", email="kd1@example.com")
    second = make_moderator("kd2", email="kd2@example.com")
    make_journalist("pv", email="pv@example.com")  # a journalist: no mail
    make_moderator("kd3", email="")  # no address: skipped
    return [first, second]


def test_a_new_comment_mails_the_moderators_with_a_link_to_the_queue(client, post_url, moderators):
    client.post(post_url, comment_data())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == ["kd1@example.com", "kd2@example.com"]
    assert "1 bình luận đang chờ kiểm duyệt" in message.subject
    assert "http://testserver/quan-tri/comments/comment/" in message.body


def test_at_most_one_mail_per_interval(article, moderators, settings):
    settings.COMMENTS_NOTIFY_INTERVAL = 3600
    start = timezone.now()
    make_comment(article)
    assert notify.notify_moderators(article.site_id, now=start)
    assert not notify.notify_moderators(article.site_id, now=start + datetime.timedelta(minutes=59))
    assert len(mail.outbox) == 1
    assert notify.notify_moderators(article.site_id, now=start + datetime.timedelta(minutes=61))
    assert len(mail.outbox) == 2


def test_many_comments_in_a_rush_send_one_mail(client, post_url, moderators):
    for number in range(4):
        client.post(post_url, comment_data(body=f"Ý kiến số {number}"))
    assert len(mail.outbox) == 1


def test_no_moderators_no_mail_and_no_claim(article):
    assert not notify.notify_moderators(article.site_id)
    assert mail.outbox == []
