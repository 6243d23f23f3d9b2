"""Vietnamese text rules: NFC normalisation, accent folding and readable slugs."""
import unicodedata

from django.utils.text import slugify

# "Đ" and "đ" are letters of their own, not "D" with a combining mark, so
# Unicode decomposition leaves them alone and Django's slugify drops them.
_STROKED_D = str.maketrans({"Đ": "D", "đ": "d"})


def nfc(text):
    """Return text in Unicode NFC, the form in which we store and compare."""
    return unicodedata.normalize("NFC", text)


def fold_accents(text):
    """Lower-case text with every Vietnamese diacritic removed: "Đảng" -> "dang"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_STROKED_D))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def vietnamese_slugify(text, max_length=200):
    """A readable ASCII slug: "Đảng bộ quận Đống Đa" -> "dang-bo-quan-dong-da"."""
    slug = slugify(fold_accents(text))
    return slug[:max_length].strip("-")
