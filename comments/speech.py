"""The captcha read aloud, for readers who cannot see its image (WCAG 1.1.1).

The engine is Debian's espeak-ng with its Vietnamese voice ("vi"), run on each
request with the WAV on its standard output: nothing is written to disk. The
challenge is digits, which Vietnamese speaks as ten short words no listener
confuses ("không, một, hai, ... chín"); they are read slowly, each on its own,
twice. Every reading gets its own pitch, speed, leading silence and a little
noise, so two readings of the same digits are never the same bytes.
"""

import array
import io
import os
import secrets
import shutil
import subprocess
import sys
import wave

from django.utils.translation import gettext as _

DIGITS = "0123456789"
WORDS = dict(
    zip(DIGITS, ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"], strict=True)
)
# Pause between digits and before the repeat, in milliseconds.
DIGIT_PAUSE = 700
REPEAT_PAUSE = 1500
# espeak-ng's words per minute (its default is 175): slow, but still natural.
SLOWEST, FASTEST = 100, 120
# The sound is sent at no more samples a second than this: speech lives under
# 5 kHz, and espeak-ng's 22,050 would double what a phone downloads.
SEND_RATE = 11025


class SpeechUnavailable(Exception):
    """espeak-ng is not installed or failed: the reader is told to use the image."""

    def __init__(self):
        super().__init__()
        self.message = _(
            "Máy chủ chưa đọc được mã xác nhận thành tiếng. Vui lòng nhập các chữ số trong ảnh, "
            "hoặc nhờ người bên cạnh đọc giúp."
        )


def _ssml(challenge):
    digits = f'<break time="{DIGIT_PAUSE}ms"/>'.join(WORDS[digit] for digit in challenge)
    return (
        "<speak>"
        + _("Mã xác nhận gồm %(count)d chữ số.") % {"count": len(challenge)}
        + f'<break time="{DIGIT_PAUSE}ms"/>{digits}<break time="{REPEAT_PAUSE}ms"/>'
        + _("Nhắc lại.")
        + f'<break time="{DIGIT_PAUSE}ms"/>{digits}'
        + "</speak>"
    )


def spoken(challenge):
    """WAV bytes of `challenge` (digits) read in Vietnamese. Raises SpeechUnavailable."""
    engine = shutil.which("espeak-ng")
    if engine is None or not set(challenge) <= set(DIGITS):
        raise SpeechUnavailable
    command = [
        engine,
        "-v",
        "vi",
        "-m",  # the text is SSML: the pauses are <break>s
        "-s",
        str(SLOWEST + secrets.randbelow(FASTEST - SLOWEST + 1)),
        "-p",
        str(35 + secrets.randbelow(30)),
        "--stdout",
    ]
    try:
        result = subprocess.run(command, input=_ssml(challenge).encode(), capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        raise SpeechUnavailable from None
    if result.returncode != 0 or not result.stdout:
        raise SpeechUnavailable
    return _disguised(result.stdout)


def _disguised(raw):
    """The engine's WAV (whose header leaves the length open) rewritten whole, after
    a random silence and with faint noise mixed in."""
    try:
        with wave.open(io.BytesIO(raw)) as source:
            params = source.getparams()
            frames = source.readframes(sys.maxsize)
    except (wave.Error, EOFError):
        raise SpeechUnavailable from None
    if params.sampwidth != 2 or params.nchannels != 1:
        raise SpeechUnavailable
    voice = array.array("h", frames[: len(frames) // 2 * 2])
    if sys.byteorder == "big":
        voice.byteswap()
    rate = params.framerate
    if rate >= 2 * SEND_RATE:
        # Every two samples become their mean: a gentle low-pass, then half the rate.
        voice = array.array("h", ((a + b) // 2 for a, b in zip(voice[0::2], voice[1::2], strict=False)))
        rate //= 2
    samples = array.array("h", bytes(2 * (rate // 10 + secrets.randbelow(rate // 2))))
    samples.extend(voice)
    noise = array.array("h", os.urandom(2 * len(samples)))
    mixed = array.array(
        "h", (max(-32768, min(32767, s + n // 128)) for s, n in zip(samples, noise, strict=True))
    )
    if sys.byteorder == "big":
        mixed.byteswap()
    out = io.BytesIO()
    with wave.open(out, "wb") as target:
        target.setnchannels(1)
        target.setsampwidth(2)
        target.setframerate(rate)
        target.writeframes(mixed.tobytes())
    return out.getvalue()
