"""The documents app's settings: each one's default, changed by `DOCUMENTS_<NAME>`
in Django's settings. The opinion form follows the comment form's rules and
settings (comments/conf.py: flood, duplicates, minimum time, captcha)."""

from django.conf import settings

DEFAULTS = {
    # The largest attached file accepted, in bytes.
    "MAX_FILE_BYTES": 20 * 1024 * 1024,
    # An office file (DOCX, XLSX, ODT) is a ZIP: refused when its parts add up
    # to more than this once unpacked, or unpack to more than MAX_ZIP_RATIO
    # times their packed size (a "ZIP bomb").
    "MAX_UNPACKED_BYTES": 200 * 1024 * 1024,
    "MAX_ZIP_RATIO": 100,
    # The words of a file kept for the search, at most (characters).
    "MAX_TEXT_CHARS": 200_000,
    # OCR: the pages of a scan read at most, the resolution and Tesseract's languages.
    "OCR_MAX_PAGES": 30,
    "OCR_DPI": 200,
    "OCR_LANGUAGES": "vie",
}
# Documents per page of /van-ban/.
DOCUMENTS_PER_PAGE = 20
# Newest documents in the home page's "Văn bản mới" block and in the RSS feed.
HOME_DOCUMENTS = 5
FEED_DOCUMENTS = 30
# /van-ban/'s filters (its search and pages use articles/conf.py's names).
KIND_PARAM = "loai"
ISSUER_PARAM = "co-quan"
FIELD_PARAM = "linh-vuc"
YEAR_PARAM = "nam"


def setting(name):
    """The value of `DOCUMENTS_<name>`, or its default above."""
    return getattr(settings, f"DOCUMENTS_{name}", DEFAULTS[name])
