"""A reader is never told a comment was received when it was not, and never loses
what they typed: only the honeypot is answered with a silent drop."""

import datetime

import pytest
import time_machine
from django.db import OperationalError, connection
from django.test import Client
from django.utils import timezone

from comments.models import Comment
from tests.factories import comment_data, form_started, make_captcha, make_comment

pytestmark = pytest.mark.django_db

TYPED = {"name": "Trần Thị Bích", "title": "Đèn đường hỏng", "body": "Đèn ở ngõ 12 tắt ba hôm nay."}


def test_post_too_fast_gets_the_form_back_with_a_message_and_the_text_kept(client, post_url, settings):
    settings.COMMENTS_MIN_SECONDS_TO_POST = 5
    # Time stands still: a slow machine must not turn 2 seconds into 5.
    with time_machine.travel(timezone.now(), tick=False):
        response = client.post(post_url, comment_data(started=form_started(age_seconds=2), **TYPED))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Bạn gửi hơi nhanh" in html
    assert "đang chờ kiểm duyệt" not in html
    for value in TYPED.values():
        assert value in html
    assert Comment.objects.count() == 0


def test_resending_the_returned_form_later_is_stored(client, post_url, settings):
    settings.COMMENTS_MIN_SECONDS_TO_POST = 5
    with time_machine.travel(timezone.now(), tick=False):
        started = form_started(age_seconds=2)
        assert client.post(post_url, comment_data(started=started, **TYPED)).status_code == 400
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=10)):
        response = client.post(post_url, comment_data(started=started, **TYPED))
    assert response.status_code == 302
    assert Comment.objects.get().body == TYPED["body"]


def test_minimum_time_counts_from_the_form_being_shown_not_the_last_captcha(client, post_url, settings):
    settings.COMMENTS_MIN_SECONDS_TO_POST = 5
    data = comment_data(started=form_started(age_seconds=60), captcha_key=make_captcha(age_seconds=1))
    response = client.post(post_url, data)
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_a_post_without_a_valid_start_time_gets_the_form_back(client, post_url):
    response = client.post(post_url, comment_data(started="forged:1", **TYPED))
    assert response.status_code == 400
    assert TYPED["body"] in response.content.decode()
    assert Comment.objects.count() == 0


def test_form_page_and_captcha_carry_a_signed_start_time(client, article):
    from django.urls import reverse

    page = client.get(reverse("comments:form", args=[article.pk])).content.decode()
    assert 'name="started" value="' in page
    captcha = client.get(reverse("comments:captcha")).json()
    assert captcha["started"]


def test_a_duplicate_is_told_it_was_already_received(client, post_url):
    client.post(post_url, comment_data())
    response = client.post(post_url, comment_data(), follow=True)
    html = response.content.decode()
    assert "đã nhận bình luận này trước đó" in html
    assert Comment.objects.count() == 1


def test_flood_page_keeps_the_typed_text(client, article, post_url, settings):
    settings.COMMENTS_FLOOD_LIMIT = 1
    make_comment(article, ip_address="127.0.0.1")
    response = client.post(post_url, comment_data(**TYPED))
    html = response.content.decode()
    assert response.status_code == 429
    for value in TYPED.values():
        assert value in html


def test_a_comment_the_database_failed_to_store_can_be_sent_again_with_the_same_code(client, post_url):
    """The captcha is spent in the transaction that stores the comment it bought:
    when that insert fails (the database gone mid-post), the reader's code is not
    lost with it, and sending the same form again once the database is back works."""

    def insert_fails(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("INSERT") and "comments_comment" in sql:
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    data = comment_data(**TYPED)
    with connection.execute_wrapper(insert_fails):
        failed = Client(raise_request_exception=False).post(post_url, data)
    assert failed.status_code == 503
    assert "đang chờ kiểm duyệt" not in failed.content.decode()
    assert Comment.objects.count() == 0

    response = client.post(post_url, data, follow=True)
    assert "Bình luận của bạn đang chờ kiểm duyệt" in response.content.decode()
    assert Comment.objects.get().body == TYPED["body"]
