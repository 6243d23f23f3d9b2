"""What a commenter types, made safe and uniform: text (NFC, no control or
bidi-override characters) and Vietnamese phone numbers (E.164). Used by the
comment form, the moderators' edit form, the purge command and the seeding."""

import re

import phonenumbers
from django import forms
from django.utils.translation import gettext_lazy as _

from newsroom.vietnamese import control_characters, nfc

# Invisible characters with no use in a comment: stripped, not refused.
_INVISIBLE = str.maketrans({"\u200b": None, "\ufeff": None})


# What a phone number is written with: digits (of any script), spaces and the
# usual separators. Letters are refused, not read as keypad digits.
_PHONE_CHARACTERS = re.compile(r"[\d\s+().\-/]+")


def to_e164(text):
    """A Vietnamese-reachable phone number as E.164 ("0912 345 678" -> "+84912345678").

    Raises ValueError for anything else: foreign numbers, and letters
    ("0912-HELLO-8"), which phonenumbers would read as keypad digits.
    """
    if not _PHONE_CHARACTERS.fullmatch(text):
        raise ValueError(text)
    try:
        number = phonenumbers.parse(text, "VN")
    except phonenumbers.NumberParseException as error:
        raise ValueError(text) from error
    if number.country_code != 84 or not phonenumbers.is_valid_number(number):
        raise ValueError(text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def clean_text(value, multiline=False):
    """NFC, trimmed, line ends unified; refuse control and bidi-override characters."""
    value = nfc(value).translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n").strip()
    if control_characters(value, allowed=("\n", "\t") if multiline else ()):
        raise forms.ValidationError(
            _("Nội dung có ký tự điều khiển không hợp lệ, vui lòng gõ lại."),
            code="control_character",
        )
    if multiline:
        value = re.sub(r"\n{3,}", "\n\n", value)
    return value
