"""Replaying or guessing a captcha, flooding from one address and forging
X-Forwarded-For: refused in Vietnamese, nothing stored."""

import datetime

import pytest
from django.utils import timezone

from comments.models import Comment
from tests.factories import comment_data, make_captcha, make_comment
from tests.security.snapshot import snapshot

pytestmark = pytest.mark.django_db
CAPTCHA_MESSAGE = "Mã xác nhận không đúng hoặc đã hết hạn"
FLOOD_MESSAGE = "Bạn đã gửi nhiều bình luận liên tiếp"


def test_replaying_a_solved_captcha_stores_nothing_more(client, post_url):
    data = comment_data()
    assert client.post(post_url, data).status_code == 302
    before = snapshot()
    replay = client.post(post_url, {**data, "body": "Ý kiến thứ hai với mã cũ."})
    assert replay.status_code == 400
    assert CAPTCHA_MESSAGE in replay.content.decode()
    assert snapshot()["comments"] == before["comments"]


def test_guessing_answers_on_one_captcha_never_gets_through(client, post_url):
    key = make_captcha(answer="abcd")
    for guess in ["aaaa", "abce", "ABCD"]:
        response = client.post(post_url, comment_data(captcha_key=key, captcha=guess))
        assert response.status_code == 400
        assert CAPTCHA_MESSAGE in response.content.decode()
    assert not Comment.objects.exists(), "the right answer came too late: the key took one answer"


def test_a_made_up_captcha_key_is_refused(client, post_url):
    before = snapshot()
    response = client.post(post_url, comment_data(captcha_key="0" * 40, captcha="abcd"))
    assert response.status_code == 400
    assert CAPTCHA_MESSAGE in response.content.decode()
    assert snapshot()["comments"] == before["comments"]


@pytest.fixture
def flooded(article, settings):
    """127.0.0.1 (the test client's address) has used its two comments."""
    settings.COMMENTS_FLOOD_LIMIT = 2
    for minutes in (3, 1):
        make_comment(
            article, ip_address="127.0.0.1", received_at=timezone.now() - datetime.timedelta(minutes=minutes)
        )


def test_flood_from_one_address_gets_429_while_another_gets_through(client, post_url, flooded):
    data = comment_data()
    before = snapshot()
    response = client.post(post_url, data)
    assert response.status_code == 429
    assert FLOOD_MESSAGE in response.content.decode()
    assert int(response["Retry-After"]) > 0
    assert snapshot() == before, "nothing stored, the captcha kept for later"
    assert client.post(post_url, comment_data(), REMOTE_ADDR="198.51.100.8").status_code == 302
    assert Comment.objects.filter(ip_address="198.51.100.8").count() == 1


@pytest.mark.parametrize("forged", ["198.51.100.1", "198.51.100.2, 10.0.0.1", "garbage"])
def test_forged_forwarded_for_is_not_trusted_without_a_proxy(client, post_url, flooded, forged):
    before = snapshot()
    response = client.post(post_url, comment_data(), HTTP_X_FORWARDED_FOR=forged)
    assert response.status_code == 429
    assert snapshot()["comments"] == before["comments"]


def test_behind_one_proxy_only_the_address_it_saw_counts(client, post_url, flooded, settings):
    settings.NEWSROOM_TRUSTED_PROXY_COUNT = 1
    before = snapshot()
    # The reader wrote a fresh address at the left; our proxy appended the real one.
    response = client.post(post_url, comment_data(), HTTP_X_FORWARDED_FOR="198.51.100.77, 127.0.0.1")
    assert response.status_code == 429
    assert snapshot()["comments"] == before["comments"]
