"""Captcha issuing cannot grow the captcha table without bound.

Each address gets a limited number of captchas per window (a Vietnamese 429 with
Retry-After after that, and the form says what to do); expired rows are removed
through an index, at most once every few minutes, never by a scan per request.
"""

import datetime

import pytest
import time_machine
from captcha.models import CaptchaStore
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from comments import captcha

pytestmark = pytest.mark.django_db

CAPTCHA_URL = reverse("comments:captcha")


def fetch(client, ip):
    return client.get(CAPTCHA_URL, HTTP_ACCEPT="application/json", REMOTE_ADDR=ip)


def test_an_address_over_its_captcha_limit_gets_a_vietnamese_429(client, settings):
    settings.COMMENTS_CAPTCHA_LIMIT = 5
    for _ in range(5):
        assert fetch(client, "203.0.113.9").status_code == 200
    rows = CaptchaStore.objects.count()
    refused = fetch(client, "203.0.113.9")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= captcha.setting("CAPTCHA_WINDOW")
    assert "Bạn đã lấy quá nhiều mã xác nhận" in refused.json()["message"]
    assert CaptchaStore.objects.count() == rows, "a refused request writes no row"
    assert fetch(client, "198.51.100.3").status_code == 200, "other addresses are still served"


def test_the_limit_lifts_when_the_window_has_passed(client, settings):
    settings.COMMENTS_CAPTCHA_LIMIT = 2
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        fetch(client, "203.0.113.9"), fetch(client, "203.0.113.9")
        refused = fetch(client, "203.0.113.9")
        assert refused.status_code == 429
        traveller.shift(datetime.timedelta(seconds=int(refused["Retry-After"]) + 1))
        assert fetch(client, "203.0.113.9").status_code == 200


def test_the_form_page_over_the_limit_says_what_to_do(client, settings, article):
    settings.COMMENTS_CAPTCHA_LIMIT = 1
    form_url = reverse("comments:form", args=[article.pk])
    assert client.get(form_url, REMOTE_ADDR="203.0.113.9").status_code == 200
    rows = CaptchaStore.objects.count()
    response = client.get(form_url, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert "Bạn đã lấy quá nhiều mã xác nhận" in page
    assert "phút rồi bấm" in page and "Lấy lại mã bảo mật" in page
    assert CaptchaStore.objects.count() == rows


def test_a_refused_post_over_the_limit_keeps_the_text_and_says_what_to_do(client, settings, article):
    from tests.factories import comment_data

    settings.COMMENTS_CAPTCHA_LIMIT = 0
    response = client.post(
        reverse("comments:post", args=[article.pk]),
        comment_data(captcha="sai", body="Nội dung tôi đã gõ"),
        REMOTE_ADDR="203.0.113.9",
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nội dung tôi đã gõ" in page
    assert "Bạn đã lấy quá nhiều mã xác nhận" in page


def expired_rows(count):
    past = timezone.now() - datetime.timedelta(minutes=1)
    CaptchaStore.objects.bulk_create(
        CaptchaStore(
            challenge="ABCD", response="abcd", hashkey=f"expired-{past.timestamp()}-{n}", expiration=past
        )
        for n in range(count)
    )


def test_expired_captchas_are_removed_at_most_once_per_interval():
    expired_rows(3)
    captcha.new_captcha("203.0.113.9")
    assert not CaptchaStore.objects.filter(expiration__lte=timezone.now()).exists()
    expired_rows(3)
    with CaptureQueriesContext(connection) as queries:
        captcha.new_captcha("203.0.113.9")
    assert not [q for q in queries if q["sql"].upper().startswith("DELETE")], "no DELETE per request"
    assert CaptchaStore.objects.filter(expiration__lte=timezone.now()).count() == 3
    with time_machine.travel(
        timezone.now() + datetime.timedelta(seconds=captcha.setting("CAPTCHA_PURGE_INTERVAL") + 1)
    ):
        captcha.new_captcha("203.0.113.9")
        assert not CaptchaStore.objects.filter(expiration__lte=timezone.now()).exists()


def test_expiration_is_indexed_so_removal_never_scans_the_table():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, CaptchaStore._meta.db_table)
    assert any(c["index"] and c["columns"] == ["expiration"] for c in constraints.values())
