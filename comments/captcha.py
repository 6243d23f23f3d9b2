"""The comment form's captcha: issuing a challenge to a reader and spending its answer."""
import datetime
import secrets
import string

from captcha.conf import settings as captcha_settings
from captcha.helpers import captcha_image_url
from captcha.models import CaptchaStore
from django.utils import timezone


def secret_challenge():
    """CAPTCHA_CHALLENGE_FUNCT: four letters from `secrets`, as (shown, expected answer).

    Never from the `random` module: the library's image view seeds Python's shared
    generator with the captcha key, so a challenge drawn from it while another
    thread draws an image would follow a sequence anyone holding that key can compute.
    """
    answer = "".join(secrets.choice(string.ascii_lowercase) for _ in range(captcha_settings.CAPTCHA_LENGTH))
    return answer.upper(), answer


def new_captcha():
    """Issue a captcha to a reader about to comment: its key and image URL."""
    CaptchaStore.remove_expired()
    key = CaptchaStore.generate_key()
    return {"key": key, "image_url": captcha_image_url(key)}


def use_captcha(key, answer, now=None):
    """Spend a captcha key; return the time it was issued if `answer` is right, else None.

    A key takes one answer, right or wrong, so it cannot be guessed at. Deleting
    its row is the claim: when two posts race with one solved captcha, only the
    one whose DELETE removed the row gets through.
    """
    now = now or timezone.now()
    store = CaptchaStore.objects.filter(hashkey=(key or "").strip()).first()
    if store is None:
        return None
    claimed, _deleted = CaptchaStore.objects.filter(pk=store.pk).delete()
    if not claimed or store.expiration <= now:
        return None
    if store.response != (answer or "").strip().lower():
        return None
    return store.expiration - datetime.timedelta(minutes=int(captcha_settings.CAPTCHA_TIMEOUT))
