"""The captcha cannot be predicted, whatever the image view does to `random`.

django-simple-captcha's image view calls `random.seed(<key>)` on Python's shared
generator while it draws the picture. A challenge drawn from that generator by
another thread at that moment comes from a sequence anyone holding the key can
compute. The attack below renders images for a key of its choosing in several
threads while challenges are issued, and answers each challenge with the
sequence of `random.Random(key)`.
"""

import random
import threading

import pytest
from captcha import views as captcha_views
from captcha.conf import settings as captcha_settings
from captcha.models import CaptchaStore
from django.db import connection
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse

from comments.captcha import new_captcha

LETTERS = "abcdefghijklmnopqrstuvwxyz"  # the library's own challenge
DIGITS = "0123456789"  # ours (comments/speech.py reads them aloud)
ATTACKER = "203.0.113.66"
# How far into the seeded sequence the attacker looks for a challenge drawn while
# a picture is being drawn, in 32-bit words (every draw the library makes takes
# whole words). Most stolen challenges start within the first few dozen.
HORIZON = 64


def predicted_answers(key, length, alphabet):
    """Every answer a challenge drawn from `random.seed(key)`'s sequence can have."""
    words = random.Random(key)
    stream = [words.getrandbits(32) for _ in range(HORIZON + 8 * length)]
    bits = len(alphabet).bit_length()
    answers = set()
    for start in range(HORIZON):
        answer, position = "", start
        while len(answer) < length:
            # random.choice over n symbols: the high bits of one word (5 for 26
            # letters, 4 for 10 digits), redrawn when >= n.
            index = stream[position] >> (32 - bits)
            position += 1
            if index < len(alphabet):
                answer += alphabet[index]
        answers.add(answer)
    return answers


@pytest.fixture(autouse=True)
def _no_issuing_limit(settings):
    """The attack below issues more captchas than one address may have."""
    settings.COMMENTS_CAPTCHA_LIMIT = 10_000


def run_attack(alphabet, challenges=150, renderers=3):
    """Issue challenges while threads render images of the attacker's key; the hits."""
    attacker_key = new_captcha(ATTACKER)["key"]
    request = RequestFactory().get("/captcha/image/x/")
    stop = threading.Event()

    def render():
        try:
            while not stop.is_set():
                captcha_views.captcha_image(request, attacker_key, scale=1)
        finally:
            connection.close()

    threads = [threading.Thread(target=render) for _ in range(renderers)]
    for thread in threads:
        thread.start()
    try:
        keys = [new_captcha(ATTACKER)["key"] for _ in range(challenges)]
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    guesses = predicted_answers(attacker_key, captcha_settings.CAPTCHA_LENGTH, alphabet)
    answers = CaptchaStore.objects.filter(hashkey__in=keys).values_list("response", flat=True)
    return sum(answer in guesses for answer in answers), len(guesses)


@pytest.mark.django_db(transaction=True)
def test_the_attack_wins_against_a_challenge_drawn_from_the_shared_generator(monkeypatch):
    """The attack is real: against the library's own challenge it wins often."""
    monkeypatch.setattr(captcha_settings, "CAPTCHA_CHALLENGE_FUNCT", "captcha.helpers.random_char_challenge")
    hits, _guesses = run_attack(LETTERS)
    assert hits > 10


@pytest.mark.django_db(transaction=True)
def test_challenges_stay_unpredictable_while_images_are_drawn():
    hits, guesses = run_attack(DIGITS)
    # Chance: 150 answers, each among `guesses` (64 at most) of 10**6 answers:
    # 0.01 hits expected.
    assert hits <= 1, f"{hits} of 150 challenges predicted from {guesses} guesses"


@pytest.mark.django_db
def test_challenges_are_six_digits_with_every_digit_used():
    answers = {CaptchaStore.objects.get(hashkey=new_captcha(ATTACKER)["key"]).response for _ in range(300)}
    # 300 draws from 10**6 answers repeat one about one run in twenty (the
    # birthday bound); a predictable sequence would repeat far more.
    assert len(answers) >= 295
    assert all(len(a) == 6 and a.isascii() and a.isdigit() for a in answers)
    assert set("".join(answers)) == set(DIGITS)


@pytest.mark.parametrize("path", ["/captcha/refresh/", "/captcha/audio/{key}.wav", "/captcha/image/{key}@2/"])
@pytest.mark.django_db
def test_only_the_captcha_image_view_is_mounted(client, path):
    key = new_captcha(ATTACKER)["key"]
    assert client.get(f"/captcha/image/{key}/").status_code == 200
    assert client.get(path.format(key=key)).status_code == 404


@pytest.mark.parametrize("name", ["captcha-refresh", "captcha-audio", "captcha-image-2x"])
def test_the_library_views_the_site_does_not_use_have_no_url(name):
    with pytest.raises(NoReverseMatch):
        reverse(name, kwargs={"key": "a"} if name != "captcha-refresh" else {})
