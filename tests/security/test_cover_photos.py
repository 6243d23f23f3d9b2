"""Cover photos go through the same cleaning as the editor's uploads, and
readers (pages, Open Graph, JSON-LD, RSS) only ever get a rendition."""

import io
import json
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from PIL import Image

from articles import images
from articles.models import Article
from tests.editing.test_admin_permissions import ADD_URL, article_form
from tests.editing.test_image_upload import png_claiming
from tests.factories import make_article, make_editor, make_section

pytestmark = pytest.mark.django_db


def phone_photo(size=(80, 40)):
    """A JPEG as a phone takes it: sideways in its pixels, with GPS and camera data."""
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 30.0)}
    exif[0x010F] = "Điện thoại phóng viên"
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def post_cover(client, data, name="nha-phong-vien.jpg"):
    client.force_login(make_editor())
    upload = SimpleUploadedFile(name, data, content_type="image/jpeg")
    return client.post(ADD_URL, article_form(make_section(), cover_image=upload, cover_alt="Ảnh bìa"))


def assert_clean(name):
    with default_storage.open(name) as stored:
        data = stored.read()
    image = Image.open(io.BytesIO(data))
    assert not image.getexif()
    assert not {"exif", "icc_profile", "xmp", "comment"} & set(image.info)
    assert b"GPS" not in data and "Điện thoại".encode() not in data
    return image


def test_cover_uploaded_in_the_admin_is_upright_and_keeps_no_metadata(client):
    response = post_cover(client, phone_photo())
    assert response.status_code == 302
    article = Article.objects.get()
    assert assert_clean(article.cover_image.name).size == (40, 80)
    assert (article.cover_width, article.cover_height) == (40, 80)
    assert "nha-phong-vien" not in article.cover_image.name


@pytest.mark.parametrize(
    "data, message",
    [
        (png_claiming(8_000, 6_000), "quá nhiều điểm ảnh"),
        (b"<html><script>alert(1)</script></html>", "ảnh"),
    ],
    ids=["too-many-pixels", "not-an-image"],
)
def test_cover_that_is_not_a_usable_photo_gets_a_vietnamese_error(client, settings, data, message):
    response = post_cover(client, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["cover_image"]
    assert any(message in error for error in errors), errors
    assert not Article.objects.exists()
    assert not (settings.MEDIA_ROOT / "covers").exists()


def test_cover_set_in_code_is_cleaned_too():
    article = make_article(cover_image=ContentFile(phone_photo(), name="x.jpg"), cover_alt="Ảnh")
    assert assert_clean(article.cover_image.name).size == (40, 80)


def public_links(article):
    """Every address of the cover that a reader or a crawler is given."""
    client = Client()
    html = client.get(article.get_absolute_url()).content.decode()
    home = client.get("/").content.decode()
    rss = client.get("/rss/").content.decode()
    json_ld = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    return {
        "og": re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1),
        "twitter": re.search(r'<meta name="twitter:image" content="([^"]+)"', html).group(1),
        "json_ld": json_ld["image"][0],
        "rss": re.search(r'<enclosure[^>]* url="([^"]+)"', rss).group(1),
        "page": html,
        "home": home,
    }


def test_public_links_point_to_a_rendition_never_the_original():
    article = make_article(cover_image=ContentFile(phone_photo((1600, 1000)), name="x.jpg"), cover_alt="Ảnh")
    links = public_links(article)
    original = article.cover_image.url
    largest = images.rendition_name(article.cover_image.name, images.RENDITION_WIDTHS[-1], "jpg")
    for key in ("og", "twitter", "json_ld", "rss"):
        assert links[key] == "http://testserver" + default_storage.url(largest), key
    assert original not in links["page"] and original not in links["home"]


def test_rss_enclosure_gives_the_rendition_size_and_type():
    article = make_article(cover_image=ContentFile(phone_photo((1600, 1000)), name="x.jpg"), cover_alt="Ảnh")
    rss = Client().get("/rss/").content.decode()
    largest = images.rendition_name(article.cover_image.name, images.RENDITION_WIDTHS[-1], "jpg")
    assert re.search(
        rf'<enclosure length="{default_storage.size(largest)}" type="image/jpeg" url="[^"]+-1200w.jpg"', rss
    ), rss


def test_covers_stored_before_cleaning_are_cleaned_by_the_command(settings):
    article = make_article(title="Bài cũ")
    # As the site stored covers before: the upload's bytes as they came.
    old_name = default_storage.save("covers/2024/05/nha-phong-vien.jpg", ContentFile(phone_photo()))
    Article.objects.filter(pk=article.pk).update(
        cover_image=old_name, cover_alt="Ảnh", cover_width=80, cover_height=40
    )

    call_command("clean_covers", stdout=io.StringIO())

    article.refresh_from_db()
    assert article.cover_image.name != old_name
    assert assert_clean(article.cover_image.name).size == (40, 80)
    assert (article.cover_width, article.cover_height) == (40, 80)
    assert not default_storage.exists(old_name), "the original with its GPS data is gone"
    call_command("clean_covers", stdout=io.StringIO())
    article.refresh_from_db()
    assert default_storage.exists(article.cover_image.name), "running it twice changes nothing"
