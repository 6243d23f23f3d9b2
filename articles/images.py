"""Photos: cleaning what journalists upload, and the renditions readers download.

Every photo that reaches readers, from the editor or as a cover, goes through
clean_photo(): decoded by Pillow from its bytes (the name and the browser's
content type are never trusted), checked against size and pixel limits before
decoding, turned upright from its EXIF orientation and re-encoded, which drops
every piece of metadata (GPS included). Readers are given renditions, made
once per width under deterministic names and reused: a cover's on the admin
save or its first view, a body photo's when the journalist uploads it.

Files are reached through the storage API alone (open, save, exists, url,
size, delete), so the same code serves a local disk and an S3 bucket.
"""

import hashlib
import io
import logging
import secrets
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.images import get_image_dimensions
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from articles.richtext import body_photos

logger = logging.getLogger("newsroom.images")

# Pillow's format name -> (format we store, file extension).
ACCEPTED_FORMATS = {
    "JPEG": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "GIF": ("PNG", "png"),  # first frame only; newsroom photos do not move
    "WEBP": ("WEBP", "webp"),
}
RENDITION_WIDTHS = (480, 800, 1200)
RENDITION_FORMATS = (("webp", "WEBP"), ("jpg", "JPEG"))
JPEG_QUALITY = 85
# Where the editor's uploads (the photos in article bodies) are stored.
UPLOADS = "uploads"
# Photos whose renditions are known complete (renditions_complete()).
COMPLETE_SECONDS = 24 * 60 * 60
COMPLETE_REMEMBERED = 10_000
_complete = OrderedDict()


class ImageRejected(Exception):
    """An upload we refuse; the message is shown to the journalist as it is."""


def _decode(upload):
    """Open and fully decode `upload`, or say in Vietnamese why it cannot be used."""
    if upload.size > settings.NEWSROOM_UPLOAD_MAX_BYTES:
        raise ImageRejected(
            _("Ảnh quá lớn (tối đa %(mb)d MB).") % {"mb": settings.NEWSROOM_UPLOAD_MAX_BYTES // (1024 * 1024)}
        )
    too_many_pixels = ImageRejected(
        _("Ảnh có quá nhiều điểm ảnh (tối đa %(mp)d megapixel).")
        % {"mp": settings.NEWSROOM_UPLOAD_MAX_PIXELS // 1_000_000}
    )
    try:
        image = Image.open(upload, formats=list(ACCEPTED_FORMATS))
    except Image.DecompressionBombError:
        raise too_many_pixels from None
    except (UnidentifiedImageError, ValueError, OSError):
        raise ImageRejected(_("Tệp không phải ảnh JPEG, PNG, GIF hoặc WebP.")) from None
    # Checked from the header, before any pixel is decoded: a bomb never expands.
    if image.width * image.height > settings.NEWSROOM_UPLOAD_MAX_PIXELS:
        raise too_many_pixels
    try:
        image.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ImageRejected(_("Ảnh bị hỏng hoặc tải lên chưa hết. Vui lòng thử lại.")) from None
    return image


def _clean_pixels(image, target_format):
    """Upright, no larger than the newsroom needs, in a mode the target format takes."""
    image = ImageOps.exif_transpose(image)
    limit = settings.NEWSROOM_UPLOAD_MAX_SIDE
    if image.width > limit or image.height > limit:
        image.thumbnail((limit, limit), Image.Resampling.LANCZOS)
    if target_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    elif target_format != "JPEG" and image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    # A fresh image with only the pixels: nothing from the original file's
    # metadata (EXIF, XMP, ICC, text chunks, comments) can travel with it.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean


def _encode(image, target_format):
    buffer = io.BytesIO()
    options = {"quality": JPEG_QUALITY, "optimize": True} if target_format == "JPEG" else {}
    image.save(buffer, format=target_format, **options)
    return buffer.getvalue()


@dataclass(frozen=True)
class CleanPhoto:
    """A photo after clean_photo(): its re-encoded bytes and pixel size."""

    data: bytes
    extension: str
    width: int
    height: int

    def as_file(self):
        """The photo as a file named at random (the uploaded name may say who
        or where), marked so that it is not cleaned a second time."""
        photo = ContentFile(self.data, name=f"{secrets.token_urlsafe(18)}.{self.extension}")
        photo.newsroom_clean = True
        return photo


def clean_photo(upload):
    """Decode, check, straighten and re-encode one photo; raises ImageRejected."""
    image = _decode(upload)
    target_format, extension = ACCEPTED_FORMATS[image.format]
    clean = _clean_pixels(image, target_format)
    return CleanPhoto(_encode(clean, target_format), extension, clean.width, clean.height)


# What Pillow reports of a file's metadata; a clean photo has none of it.
METADATA_KEYS = {"exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc"}


def is_clean(name):
    """Whether a stored photo already is what clean_photo() makes: an accepted
    format, within the size limit, with no metadata. Unreadable files are not."""
    try:
        with default_storage.open(name) as stored:
            image = Image.open(stored, formats=list(ACCEPTED_FORMATS))
            return (
                image.format == ACCEPTED_FORMATS[image.format][0]
                and max(image.size) <= settings.NEWSROOM_UPLOAD_MAX_SIDE
                and not image.getexif()
                and not METADATA_KEYS & set(image.info)
                and not getattr(image, "text", None)
            )
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return False


def store_upload(upload):
    """Clean an uploaded photo, store it under an unguessable name and make its
    renditions (the same set as a cover's).

    Returns (name in storage, width, height). Raises ImageRejected with a
    message for the journalist when the file is refused or cannot be stored.
    """
    photo = clean_photo(upload)
    folder = timezone.localdate().strftime(f"{UPLOADS}/%Y/%m")
    try:
        stored = photo.as_file()
        name = default_storage.save(f"{folder}/{stored.name}", stored)
    except OSError:
        logger.exception("Could not store an uploaded photo")
        raise ImageRejected(
            _(
                "Máy chủ không lưu được ảnh lúc này (ổ đĩa đầy hoặc không ghi được). "
                "Bài viết của bạn không bị ảnh hưởng; vui lòng báo quản trị viên."
            )
        ) from None
    # Made now, while the journalist waits, so no reader ever waits for them; a
    # failure is logged and the photo is shown as it is stored. From the bytes
    # in hand: the stored file is not read back.
    _write_renditions(name, Image.open(io.BytesIO(photo.data)))
    return name, photo.width, photo.height


def rendition_name(source_name, width, extension):
    """Where the rendition of `source_name` at `width` lives: renditions/<source>-<width>w.<ext>."""
    source = PurePosixPath(source_name)
    return str(PurePosixPath("renditions") / source.parent / f"{source.stem}-{width}w.{extension}")


def _write(name, data):
    """Store a rendition under its own name. Two workers making the same one at
    once store equal bytes; the later one's copy is kept under another name and
    never linked (both storages refuse to overwrite)."""
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(data))


def renditions_complete(name):
    """Whether every rendition of the photo `name` exists. A stored name never
    gets another file, so once the set is complete it stays so: the answer is
    remembered (in the cache, and in this process) rather than asked of the
    storage, an S3 request, on every page that shows the photo."""
    if name in _complete:
        return True
    if cache.get(_complete_key(name)) or default_storage.exists(
        rendition_name(name, RENDITION_WIDTHS[-1], "jpg")
    ):
        _remember_complete(name)
        return True
    return False


def _complete_key(name):
    return f"renditions:{hashlib.blake2b(name.encode(), digest_size=16).hexdigest()}"


def _remember_complete(name):
    cache.set(_complete_key(name), True, COMPLETE_SECONDS)
    _complete[name] = True
    if len(_complete) > COMPLETE_REMEMBERED:
        _complete.popitem(last=False)


def make_renditions(name):
    """Make the missing renditions of the photo stored as `name`; True when they all exist.

    Every width is made, but never wider than the photo: a rendition named for
    a width the photo does not reach has the photo's own size, and pages do not
    offer it (rendition_sources). The largest is written last, so its presence
    means the set is complete. A missing or unreadable source is logged and
    gives no renditions.
    """
    if renditions_complete(name):
        return True
    try:
        with default_storage.open(name) as source:
            image = _decode(source)
    except (OSError, ImageRejected):
        logger.warning("Photo %s cannot be read; serving it without renditions", name)
        return False
    if not _write_renditions(name, image):
        return False
    _remember_complete(name)
    return True


def _write_renditions(name, image):
    """Write every rendition of the photo `name` from its decoded `image`; True when done."""
    image = _clean_pixels(image, "JPEG")
    try:
        for width in RENDITION_WIDTHS:
            resized = image
            if image.width > width:
                height = round(image.height * width / image.width)
                resized = image.resize((width, height), Image.Resampling.LANCZOS)
            for extension, image_format in RENDITION_FORMATS:
                _write(rendition_name(name, width, extension), _encode(resized, image_format))
    except OSError:
        logger.exception("Could not write renditions of %s", name)
        return False
    return True


def rendered_size(name):
    """(width, height) of the largest JPEG rendition of `name`: the size readers
    get, and its shape. None while the set is not complete (or the file is gone)."""
    try:
        with default_storage.open(rendition_name(name, RENDITION_WIDTHS[-1], "jpg")) as largest:
            return Image.open(largest, formats=["JPEG"]).size
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
        return None


def rendition_sources(name, width, height):
    """What a <picture> needs for the photo `name` of `width` × `height` whose
    renditions exist: srcset strings for WebP and JPEG, plus the fallback.

    Only widths the photo reaches are offered (the smallest always is), so a
    small photo is never upscaled. Builds URLs only: no file is opened.
    """
    widths = [w for w in RENDITION_WIDTHS if not width or w <= width] or [RENDITION_WIDTHS[0]]

    def srcset(extension):
        return ", ".join(f"{default_storage.url(rendition_name(name, w, extension))} {w}w" for w in widths)

    largest = widths[-1]
    return {
        "webp": srcset("webp"),
        "jpeg": srcset("jpg"),
        "src": default_storage.url(rendition_name(name, largest, "jpg")),
        "width": largest,
        "height": round(height * largest / width) if width and height else None,
    }


def picture_sources(image_field, width, height):
    """rendition_sources() of a cover, its renditions made first if missing.

    `width` and `height` are the source's stored size, so the page knows each
    rendition's shape without opening a file. Returns None when renditions
    cannot be made: the page then shows no photo (never the original).
    """
    if not image_field or not make_renditions(image_field.name):
        return None
    return rendition_sources(image_field.name, width, height)


def shared_rendition(image_field):
    """The rendition given to crawlers and feed readers (Open Graph, JSON-LD,
    RSS): the largest JPEG, as (name in storage, URL); None without one."""
    if not image_field or not make_renditions(image_field.name):
        return None
    name = rendition_name(image_field.name, RENDITION_WIDTHS[-1], "jpg")
    return name, default_storage.url(name)


# Preparing an article's photos before it is stored (Article.fill_derived_fields()).


def clean_cover(article, field="cover_image", size_fields=("cover_width", "cover_height")):
    """Put the cleaned copy (clean_photo()) in place of a cover newly attached to
    `article` (or of another row's photo: its `field`, its pixel size kept in
    `size_fields`), before anything is stored: readers never get the uploaded
    bytes. Raises ImageRejected for a file that is refused."""
    cover = getattr(article, field)
    if not cover or cover._committed or getattr(cover.file, "newsroom_clean", False):
        return
    photo = clean_photo(cover.file)
    setattr(article, field, photo.as_file())
    setattr(article, size_fields[0], photo.width)
    setattr(article, size_fields[1], photo.height)


def _cover_size(cover, known):
    if not cover:
        return None, None
    if known[0] and (cover._committed or getattr(cover.file, "newsroom_clean", False)):
        return known
    try:
        if cover._committed:
            with cover.open("rb") as image:
                return get_image_dimensions(image)
        return get_image_dimensions(cover.file)
    except OSError:
        return None, None


def measure_photos(article):
    """Record the pixel size of `article`'s cover (when a new one arrives) and of
    each body photo whose renditions exist, so pages reserve their space without
    opening a file."""
    article.cover_width, article.cover_height = _cover_size(
        article.cover_image, (article.cover_width, article.cover_height)
    )
    article.body_photo_sizes = body_photo_sizes(article.body, article.body_photo_sizes)


def body_uploads(html):
    """Names in storage of the editor's uploads shown in a body, in order."""
    names = (photo.name for photo in body_photos(html))
    return list(dict.fromkeys(name for name in names if name and name.startswith(f"{UPLOADS}/")))


def body_photo_sizes(html, known):
    """{name: [width, height]} of each body photo whose renditions exist. A photo
    measured before (in `known`) is not opened again (a stored name never gets
    another file); one without renditions is looked for on each save, so
    `make_body_renditions` followed by a save brings it in."""
    known = known or {}
    sizes = {}
    for name in body_uploads(html):
        size = known.get(name) or rendered_size(name)
        if size:
            sizes[name] = list(size)
    return sizes
