"""Vietnamese text rules: NFC normalisation, accent folding and readable slugs."""

import re
import unicodedata
from functools import lru_cache

from confusable_homoglyphs import categories, confusables
from django import forms
from django.db import models
from django.utils.text import slugify

# "Đ" and "đ" are letters of their own, not "D" with a combining mark, so
# Unicode decomposition leaves them alone and Django's slugify drops them.
_STROKED_D = str.maketrans({"Đ": "D", "đ": "d"})


def nfc(text):
    """Return text in Unicode NFC, the form in which we store and compare."""
    return unicodedata.normalize("NFC", text)


class NFCCharField(forms.CharField):
    """A form CharField whose value is NFC before its length is checked.

    NFC can make text longer than typed (U+FB2C is three characters in NFC), so
    a limit checked on the typed text lets through a value the database column
    refuses; checked here, it is a field error like any other.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return nfc(value) if isinstance(value, str) else value


class NFCAdminMixin:
    """For a ModelAdmin: its plain text fields are NFCCharFields, so every length
    is checked as stored (models normalise to NFC when saving)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # Exactly CharField and TextField: subclasses (slugs, the rich text
        # editor) bring form fields of their own.
        if type(db_field) in (models.CharField, models.TextField) and not db_field.choices:
            kwargs.setdefault("form_class", NFCCharField)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


# Unicode's default-ignorable code points that are not format characters (Cf):
# shown as nothing, so they could sit inside a word unseen.
_IGNORABLE = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0"
    "\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)


def visible_text(text):
    """`text` as a reader sees it, for matching words: invisible characters (format
    characters, category Cf, and the other default-ignorable ones) removed and any
    run of spaces made one space. For comparing only; stored text keeps them
    (a zero-width joiner holds an emoji family together)."""
    text = "".join(ch for ch in _IGNORABLE.sub("", text) if unicodedata.category(ch) != "Cf")
    return re.sub(r"\s+", " ", text)


# Characters that can hide or reorder text: bidi embeddings, overrides, isolates.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def control_characters(text, allowed=()):
    """The control (Cc) and bidi-control characters in `text`, but `allowed`
    ("\n", "\t" in text of several lines): what typed text may not hold."""
    return [
        char
        for char in text
        if char in BIDI_CONTROLS or (unicodedata.category(char) == "Cc" and char not in allowed)
    ]


def clean_label(text):
    """A short label (a tag's name) as stored and compared: NFC, control and
    invisible characters dropped (a zero-width space or a soft hyphen inside
    makes no other label), spaces collapsed and trimmed."""
    text = "".join(char for char in text if char.isspace() or unicodedata.category(char) != "Cc")
    return " ".join(nfc(visible_text(text)).split())


def label_key(text):
    """What two labels must share to be the same: "Đô  thị" and "đô thị" (typed
    with combining marks or not, or with a Cyrillic "о") all give "đô thị".
    Accents stay: "Đồ thị" is another label."""
    folded = nfc(clean_label(text).casefold())
    return nfc("".join(_latin_look_alike(char) for char in folded).casefold())


def fold_accents(text):
    """Lower-case text with every Vietnamese diacritic removed: "Đảng" -> "dang"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_STROKED_D))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


@lru_cache(maxsize=4096)
def _latin_look_alike(char):
    """The Latin letter `char` (of another script) is drawn like, by Unicode's
    confusables list, else `char` itself: Cyrillic "о" -> "o"."""
    if char.isascii() or categories.alias(char) in ("LATIN", "COMMON", "INHERITED"):
        return char
    found = confusables.is_confusable(char, preferred_aliases=["latin"], greedy=False) or []
    for homoglyph in found[0]["homoglyphs"] if found else []:
        if homoglyph["c"].isascii():
            return homoglyph["c"]
    return char


def fold_name(text):
    """A name reduced to how it looks, to tell whether two names pass for one
    another: NFKC, invisible characters dropped, accents and tone marks
    (wherever they sit), letters of other scripts drawn like Latin ones, case,
    spaces and punctuation. "Tòa soạn", "TOÀ SOẠN.", "Toà\u00a0s\u043eạn"
    (a no-break space, a Cyrillic "о") all give "toasoan"."""
    text = unicodedata.normalize("NFD", visible_text(unicodedata.normalize("NFKC", text)))
    text = "".join(_latin_look_alike(char) for char in text if not unicodedata.combining(char))
    return re.sub(r"[\W_]+", "", fold_accents(text))


def vietnamese_slugify(text, max_length=200):
    """A readable ASCII slug: "Đảng bộ quận Đống Đa" -> "dang-bo-quan-dong-da"."""
    slug = slugify(fold_accents(text))
    return slug[:max_length].strip("-")


# Two spellings of the same syllable are both in use: "hoà"/"hòa", "thuỷ"/"thủy"
# (the tone mark on the second vowel or the first). Words are compared in one
# spelling, with the mark on the first vowel, so an exact match ignores the style.
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_ONE_TONE_PLACEMENT = {
    nfc(first + second + mark): nfc(first + mark + second)
    for first, second in ("oa", "oe", "uy")
    for mark in _TONE_MARKS
}
_TONE_PLACEMENT_RE = re.compile("|".join(_ONE_TONE_PLACEMENT))
_WORD_RE = re.compile(r"\w+")


def words(text):
    """The words of text as they are compared: lower-cased NFC, one tone-mark
    spelling, punctuation dropped. "Hoà-Bình, 2024" -> ["hòa", "bình", "2024"]."""
    text = _TONE_PLACEMENT_RE.sub(lambda match: _ONE_TONE_PLACEMENT[match.group()], nfc(text).lower())
    return _WORD_RE.findall(text)
