"""The comment form's captcha: issuing a challenge to a reader and spending its answer.

Every captcha issued is a database row, so issuing is limited per client address
and expired rows are removed now and then through an index on their expiration
(migration comments/0003), never by a scan on every request. The limits are
settings (comments/conf.py).
"""

import datetime
import math
import secrets

from captcha.conf import settings as captcha_settings
from captcha.helpers import captcha_image_url
from captcha.models import CaptchaStore
from django.core.cache import cache
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from comments import speech
from comments.conf import setting
from newsroom import limits


class CaptchaLimited(Exception):
    """The address has had its share of captchas; `wait` seconds until the next."""

    def __init__(self, wait, heard=False):
        super().__init__(wait)
        self.wait = wait
        if heard:
            message = _(
                "Bạn đã nghe mã xác nhận quá nhiều lần. Vui lòng chờ khoảng %(minutes)d phút "
                "rồi bấm “Nghe mã xác nhận” lại."
            )
        else:
            message = _(
                "Bạn đã lấy quá nhiều mã xác nhận. Vui lòng chờ khoảng %(minutes)d phút "
                "rồi bấm “Lấy lại mã bảo mật”."
            )
        self.message = message % {"minutes": math.ceil(wait / 60)}


class CaptchaGone(Exception):
    """The captcha's key is unknown, spent or expired."""


def window_count(name, ip, now, window):
    """How many times `name` was counted for `ip` in the current window, this one
    included, in every process of the install (newsroom/limits.py); and the
    seconds left."""
    return limits.window_count(f"{name}:{ip}", now, window)


def secret_challenge():
    """CAPTCHA_CHALLENGE_FUNCT: CAPTCHA_LENGTH digits from `secrets`, as (shown, expected answer).

    Digits, because the challenge is also read aloud (comments/speech.py), and
    Vietnamese speaks the ten of them as words no listener mistakes for another.

    Never from the `random` module: the library's image view seeds Python's shared
    generator with the captcha key, so a challenge drawn from it while another
    thread draws an image would follow a sequence anyone holding that key can compute.
    """
    answer = "".join(secrets.choice(speech.DIGITS) for _ in range(captcha_settings.CAPTCHA_LENGTH))
    return answer, answer


def _remove_expired(now):
    """Delete expired captchas, once per interval across every server process."""
    interval = setting("CAPTCHA_PURGE_INTERVAL")
    if cache.add(f"captcha-purge:{int(now.timestamp() // interval)}", 1, interval + 60):
        CaptchaStore.objects.filter(expiration__lte=now).delete()


def new_captcha(ip, now=None):
    """Issue a captcha to a reader about to comment: its key and image URL.

    Raises CaptchaLimited when the address `ip` is over its limit.
    """
    now = now or timezone.now()
    count, wait = window_count("captcha-issued", ip, now, setting("CAPTCHA_WINDOW"))
    if count > setting("CAPTCHA_LIMIT"):
        raise CaptchaLimited(wait)
    _remove_expired(now)
    return _urls(CaptchaStore.generate_key())


def _urls(key):
    return {
        "key": key,
        "image_url": captcha_image_url(key),
        "audio_url": reverse("comments:audio", args=[key]),
    }


def posted_captcha(data):
    """The captcha a form was posted with, to show again unspent; None without a key."""
    key = (data.get("captcha_key") or "").strip()
    return _urls(key) if key else None


def heard_captcha(key, ip, now=None):
    """The challenge of captcha `key` read aloud, as WAV bytes, made now and kept nowhere.

    Raises CaptchaLimited when the address `ip` has listened too often (each
    reading costs the server a run of the speech engine), CaptchaGone when the
    key is unknown, spent or expired, and speech.SpeechUnavailable.
    """
    now = now or timezone.now()
    count, wait = window_count("captcha-heard", ip, now, setting("CAPTCHA_WINDOW"))
    if count > setting("CAPTCHA_AUDIO_LIMIT"):
        raise CaptchaLimited(wait, heard=True)
    store = CaptchaStore.objects.filter(hashkey=(key or "").strip(), expiration__gt=now).first()
    if store is None:
        raise CaptchaGone
    return speech.spoken(store.challenge)


def use_captcha(key, answer, now=None):
    """Spend a captcha key; return the time it was issued if `answer` is right, else None.

    A key takes one answer, right or wrong, so it cannot be guessed at. Deleting
    its row is the claim: when two posts race with one solved captcha, only the
    one whose DELETE removed the row gets through. One statement (DELETE ...
    RETURNING, on SQLite and PostgreSQL alike) finds, claims and reads the row.
    """
    now = now or timezone.now()
    table = connection.ops.quote_name(CaptchaStore._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE hashkey = %s RETURNING response, expiration", [(key or "").strip()]
        )
        row = cursor.fetchone()
    if row is None:
        return None
    response, expiration = row
    if not isinstance(expiration, datetime.datetime) or timezone.is_naive(expiration):
        # SQLite hands the time back as text without a zone: read it as Django does.
        expiration = connection.ops.convert_datetimefield_value(expiration, None, connection)
    if expiration <= now or response != (answer or "").strip().lower():
        return None
    return expiration - datetime.timedelta(minutes=int(captcha_settings.CAPTCHA_TIMEOUT))
