"""The editor's photo upload: who may upload, what is refused, and what is stored."""

import errno
import io
import struct
import zlib

import pytest
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from articles.models import Article, ArticleRevision
from tests.factories import make_article, make_editor, make_journalist, make_user

pytestmark = pytest.mark.django_db
URL = "/bien-tap/tai-anh/"


def picture(format="JPEG", size=(64, 48), **save_options):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format=format, **save_options)
    return buffer.getvalue()


def upload(client, data, name="anh.jpg", content_type="image/jpeg"):
    return client.post(URL, {"upload": SimpleUploadedFile(name, data, content_type=content_type)})


def stored_files(settings):
    root = settings.MEDIA_ROOT / "uploads"
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


@pytest.fixture
def journalist_client(client):
    client.force_login(make_journalist())
    return client


def refused(response):
    assert response.status_code == 200
    payload = response.json()
    assert payload["uploaded"] == 0
    return payload["error"]["message"]


@pytest.mark.parametrize(
    "format, extension", [("JPEG", "jpg"), ("PNG", "png"), ("GIF", "png"), ("WEBP", "webp")]
)
def test_journalist_uploads_each_accepted_format(journalist_client, settings, format, extension):
    response = upload(journalist_client, picture(format), name="x.bin")
    payload = response.json()
    assert payload["uploaded"] == 1
    assert payload["url"].startswith("/media/uploads/") and payload["url"].endswith("." + extension)
    assert (payload["width"], payload["height"]) == (64, 48)
    assert len(stored_files(settings)) == 1


def test_stored_name_is_unguessable_and_ignores_the_uploaded_name(journalist_client):
    first = upload(journalist_client, picture(), name="../../etc/cmnd-nguyen-van-a.jpg").json()
    second = upload(journalist_client, picture(), name="cmnd-nguyen-van-a.jpg").json()
    assert "cmnd" not in first["url"] and ".." not in first["url"]
    assert first["url"] != second["url"]
    assert len(first["fileName"].split(".")[0]) >= 24


def test_exif_orientation_applied_then_all_metadata_dropped(journalist_client, settings):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 30.0)}  # GPS latitude of the reporter's home
    exif[0x010F] = "Điện thoại phóng viên"
    data = picture(size=(80, 40), exif=exif.tobytes())
    assert Image.open(io.BytesIO(data)).getexif()[0x0112] == 6
    payload = upload(journalist_client, data).json()
    stored = Image.open(default_storage.open(payload["url"].removeprefix("/media/")))
    assert stored.size == (40, 80)
    assert not stored.getexif()
    assert not {"exif", "icc_profile", "xmp", "comment"} & set(stored.info)
    assert b"GPS" not in stored_files(settings)[0].read_bytes()


def test_oversized_photo_is_scaled_down(journalist_client, settings):
    settings.NEWSROOM_UPLOAD_MAX_SIDE = 100
    payload = upload(journalist_client, picture(size=(400, 200))).json()
    assert (payload["width"], payload["height"]) == (100, 50)


def test_svg_is_refused(journalist_client, settings):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
    message = refused(upload(journalist_client, svg, name="logo.svg", content_type="image/svg+xml"))
    assert message == "Tệp không phải ảnh JPEG, PNG, GIF hoặc WebP."
    assert stored_files(settings) == []


def test_html_disguised_as_png_is_refused(journalist_client, settings):
    html = b"<html><script>alert(document.cookie)</script></html>"
    assert "không phải ảnh" in refused(
        upload(journalist_client, html, name="anh.png", content_type="image/png")
    )
    assert stored_files(settings) == []


def test_other_image_formats_are_refused(journalist_client):
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="BMP")
    assert "không phải ảnh" in refused(upload(journalist_client, buffer.getvalue(), name="a.jpg"))


def png_claiming(width, height):
    """A tiny PNG whose header claims a huge picture (a decompression bomb's shape)."""

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("width, height", [(100_000, 100_000), (8_000, 6_000)])
def test_decompression_bomb_is_refused_before_decoding(journalist_client, settings, width, height):
    message = refused(upload(journalist_client, png_claiming(width, height), name="bom.png"))
    assert message == "Ảnh có quá nhiều điểm ảnh (tối đa 40 megapixel)."
    assert stored_files(settings) == []


def test_highly_compressed_real_bomb_is_refused(journalist_client, settings):
    settings.NEWSROOM_UPLOAD_MAX_PIXELS = 1_000_000
    data = picture("PNG", size=(2000, 2000))
    assert len(data) < 50_000
    assert "quá nhiều điểm ảnh" in refused(upload(journalist_client, data, name="bom.png"))


def test_truncated_file_is_refused_cleanly(journalist_client, settings):
    data = picture(size=(400, 300), quality=95)
    message = refused(upload(journalist_client, data[: len(data) // 2]))
    assert message == "Ảnh bị hỏng hoặc tải lên chưa hết. Vui lòng thử lại."
    assert stored_files(settings) == []


def test_file_over_the_size_limit_is_refused(journalist_client, settings):
    settings.NEWSROOM_UPLOAD_MAX_BYTES = 1024 * 1024
    data = picture(size=(64, 48)) + b"\0" * (1024 * 1024)
    assert refused(upload(journalist_client, data)) == "Ảnh quá lớn (tối đa 1 MB)."


def test_missing_file_gets_a_message(journalist_client):
    assert refused(journalist_client.post(URL, {})) == "Chưa chọn ảnh để tải lên."


def test_anonymous_upload_is_refused(client, settings):
    response = upload(client, picture())
    assert response.status_code == 403
    assert response.json()["error"]["message"] == "Bạn không có quyền tải ảnh lên."
    assert stored_files(settings) == []


@pytest.mark.parametrize("user_fields", [{"is_staff": False}, {"is_staff": True}])
def test_users_without_article_rights_cannot_upload(client, settings, user_fields):
    client.force_login(make_user(**user_fields))
    assert upload(client, picture()).status_code == 403
    assert stored_files(settings) == []


def test_inactive_journalist_cannot_upload(client, settings):
    journalist = make_journalist()
    client.force_login(journalist)
    journalist.is_active = False
    journalist.save()
    assert upload(client, picture()).status_code == 403
    assert stored_files(settings) == []


def test_get_is_not_allowed(journalist_client):
    assert journalist_client.get(URL).status_code == 405


def test_upload_without_csrf_token_is_refused(settings):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_editor())
    response = upload(client, picture())
    assert response.status_code == 403
    assert stored_files(settings) == []


def test_upload_with_csrf_header_is_accepted(settings):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_editor())
    client.get("/quan-tri/articles/article/add/")
    token = client.cookies["csrftoken"].value
    response = client.post(
        URL, {"upload": SimpleUploadedFile("a.jpg", picture())}, headers={"X-CSRFToken": token}
    )
    assert response.json()["uploaded"] == 1


@pytest.mark.parametrize("failure", [errno.ENOSPC, errno.EROFS])
def test_full_or_read_only_media_gives_a_clean_error_and_keeps_the_article(
    journalist_client, monkeypatch, failure
):
    article = make_article(body="<p>Bài đang viết</p>", status=Article.Status.DRAFT)

    def broken_save(*args, **kwargs):
        raise OSError(failure, "simulated")

    monkeypatch.setattr(FileSystemStorage, "_save", broken_save)
    message = refused(upload(journalist_client, picture()))
    assert message.startswith("Máy chủ không lưu được ảnh lúc này")
    article.refresh_from_db()
    assert article.body == "<p>Bài đang viết</p>"
    assert not ArticleRevision.objects.exists()
