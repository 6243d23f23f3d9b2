"""The captcha read aloud ("Nghe mã xác nhận"): a reader who cannot see the image
hears the same digits in Vietnamese, made by espeak-ng on request; the link works
without JavaScript, and nothing in the answer but the sound gives the digits away."""

import io
import re
import wave

import pytest
from captcha.models import CaptchaStore
from django.urls import reverse

from tests.factories import make_captcha

pytestmark = pytest.mark.django_db


def duration(wav_bytes):
    with wave.open(io.BytesIO(wav_bytes)) as sound:
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
        return sound.getnframes() / sound.getframerate()


def hear(client, key, ip="203.0.113.9", **headers):
    return client.get(reverse("comments:audio", args=[key]), REMOTE_ADDR=ip, **headers)


@pytest.mark.parametrize("answer", ["2024", "305718", "99018273"])
def test_the_challenge_is_read_slowly_digit_by_digit_twice(client, answer):
    response = hear(client, make_captcha(answer=answer))
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/wav"
    seconds = duration(response.content)
    # Each digit is spoken twice with a 0.7 s pause after it, after a short introduction.
    assert 2.0 * len(answer) + 3 <= seconds <= 3.2 * len(answer) + 10, seconds


def test_the_sound_is_light_enough_for_a_phone_and_keeps_the_voice(client):
    response = hear(client, make_captcha(answer="305718"))
    with wave.open(io.BytesIO(response.content)) as sound:
        # Speech lives under 5 kHz: 11,025 samples a second carry it whole.
        assert sound.getframerate() >= 11025
    assert len(response.content) < 500_000, len(response.content)  # 22,050 a second: 0.9 MB


def test_two_challenges_sound_different_and_so_do_two_readings_of_one(client):
    first, second = make_captcha(answer="111111"), make_captcha(answer="860542")
    sounds = [hear(client, first).content, hear(client, second).content, hear(client, first).content]
    assert len({bytes(sound) for sound in sounds}) == 3


def test_nothing_in_the_response_carries_the_answer(client):
    answer = "305718"
    response = hear(client, make_captcha(answer=answer))
    headers = "\n".join(f"{name}: {value}" for name, value in response.headers.items())
    assert answer not in headers
    assert "no-store" in response["Cache-Control"]
    assert "Content-Disposition" not in response
    body = bytes(response.content)
    assert answer.encode() not in body
    assert not any(word.encode() in body for word in ["không", "năm", "bảy", "một", "tám"])
    assert not re.search(rb"LIST|INFO|ID3", body[:64]), "no metadata chunk: only the sound"
    assert CaptchaStore.objects.filter(response=answer).exists(), "listening does not spend the captcha"


def test_the_listen_link_works_without_javascript(client, article):
    page = client.get(reverse("comments:form", args=[article.pk]), REMOTE_ADDR="203.0.113.9")
    html = page.content.decode()
    store = CaptchaStore.objects.get()
    link = re.search(r'<a class="comment-captcha__listen" href="([^"]+)"[^>]*>Nghe mã xác nhận</a>', html)
    assert link, "the form page offers the sound as a plain link"
    assert store.response not in link.group(1)
    response = client.get(link.group(1), REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 200 and response["Content-Type"] == "audio/wav"


def test_the_answer_box_says_it_takes_the_image_or_the_sound(client, article):
    html = client.get(reverse("comments:form", args=[article.pk])).content.decode()
    assert "Mã xác nhận (chữ số trong ảnh hoặc chữ số nghe được)" in html


def test_an_address_that_listens_too_often_is_told_to_wait(client, settings):
    settings.COMMENTS_CAPTCHA_AUDIO_LIMIT = 2
    key = make_captcha(answer="123456")
    assert hear(client, key).status_code == 200
    assert hear(client, key).status_code == 200
    refused = hear(client, key, HTTP_ACCEPT="application/json")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Bạn đã nghe mã xác nhận quá nhiều lần" in refused.json()["message"]
    page = hear(client, key)
    assert page.status_code == 429 and "Bạn đã nghe mã xác nhận quá nhiều lần" in page.content.decode()
    assert hear(client, key, ip="198.51.100.3").status_code == 200, "other addresses are still served"


def test_a_spent_or_unknown_captcha_is_explained_in_vietnamese(client):
    response = hear(client, "khong-co-ma-nay")
    assert response.status_code == 404
    assert "Mã xác nhận này đã hết hạn hoặc đã được dùng" in response.content.decode()


def test_without_the_speech_engine_the_reader_is_sent_to_the_image(client, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no espeak-ng on it
    response = hear(client, make_captcha(answer="123456"), HTTP_ACCEPT="application/json")
    assert response.status_code == 503
    assert "Vui lòng nhập các chữ số trong ảnh" in response.json()["message"]
    page = hear(client, make_captcha(answer="654321"))
    assert page.status_code == 503 and "Chưa nghe được mã xác nhận" in page.content.decode()


def test_a_fresh_captcha_comes_with_its_sound(client):
    data = client.get(reverse("comments:captcha"), HTTP_ACCEPT="application/json").json()
    assert data["audio_url"] == reverse("comments:audio", args=[data["key"]])
    assert re.fullmatch(r"\d{6}", CaptchaStore.objects.get(hashkey=data["key"]).response)
