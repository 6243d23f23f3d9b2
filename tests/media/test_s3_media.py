"""With DJANGO_MEDIA_STORAGE=s3, every photo path works against a real S3 HTTP
endpoint (moto, started by the suite on a free port): the editor's upload and
its renditions, a cover saved in the admin and its renditions, the links pages and feeds give
readers, the demo data and the backup."""

import io
import json
import re
import tarfile
import urllib.request
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from articles import images
from articles.models import Article
from tests.editing.test_admin_permissions import ADD_URL, article_form
from tests.editing.test_image_upload import picture
from tests.factories import make_article, make_editor, make_journalist, make_section

pytestmark = pytest.mark.django_db


def download(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read()


def test_editor_upload_is_stored_in_the_bucket_with_its_renditions_and_served_from_it(
    client, s3_media, moto_server, settings
):
    client.force_login(make_journalist())
    photo = SimpleUploadedFile("a.jpg", picture(size=(1600, 1000)), "image/jpeg")
    payload = client.post("/bien-tap/tai-anh/", {"upload": photo}).json()
    assert payload["uploaded"] == 1
    assert payload["url"].startswith(f"{moto_server.endpoint}/{s3_media}/uploads/")
    name = payload["url"].removeprefix(settings.MEDIA_URL)
    renditions = [
        images.rendition_name(name, width, extension)
        for width in images.RENDITION_WIDTHS
        for extension, _format in images.RENDITION_FORMATS
    ]
    assert sorted(moto_server.object_names(s3_media)) == sorted([name, *renditions])
    assert download(payload["url"]) == (
        200,
        moto_server.client().get_object(Bucket=s3_media, Key=name)["Body"].read(),
    )
    # The photo survives the body's sanitising: readers get its renditions from the bucket.
    article = make_article(body=f'<p>Tin</p><img src="{payload["url"]}" alt="Ảnh">')
    html = Client().get(article.get_absolute_url()).content.decode()
    largest = settings.MEDIA_URL + images.rendition_name(name, 1200, "jpg")
    assert f'<img src="{largest}" srcset="{settings.MEDIA_URL}renditions/' in html
    assert payload["url"] not in html and download(largest)[0] == 200


def test_cover_saved_in_the_admin_gets_its_renditions_in_the_bucket(client, s3_media, moto_server):
    client.force_login(make_editor())
    cover = SimpleUploadedFile("bia.jpg", picture(size=(1600, 1000)), "image/jpeg")
    response = client.post(ADD_URL, article_form(make_section(), cover_image=cover, cover_alt="Ảnh bìa"))
    assert response.status_code == 302
    name = Article.objects.get().cover_image.name
    expected = {name} | {
        images.rendition_name(name, width, extension)
        for width in images.RENDITION_WIDTHS
        for extension, _format in images.RENDITION_FORMATS
    }
    assert set(moto_server.object_names(s3_media)) == expected


@pytest.mark.parametrize("custom_domain", [None, "anh.hoangnam.vn"])
def test_pages_and_feeds_link_the_bucket(s3_media, moto_server, settings, custom_domain):
    if custom_domain:
        settings.STORAGES["default"]["OPTIONS"]["custom_domain"] = custom_domain
        settings.STORAGES = {**settings.STORAGES}  # tell Django the storage changed
    base = f"https://{custom_domain}/" if custom_domain else f"{moto_server.endpoint}/{s3_media}/"
    article = make_article(cover_image=ContentFile(picture(size=(1600, 1000)), name="x.jpg"), cover_alt="Ảnh")
    largest = base + images.rendition_name(article.cover_image.name, 1200, "jpg")

    client = Client()
    html = client.get(article.get_absolute_url()).content.decode()
    rss = client.get("/rss/").content.decode()
    json_ld = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert re.search(rf'<img src="{re.escape(largest)}" srcset="{re.escape(base)}renditions/', html)
    assert f'<meta property="og:image" content="{largest}">' in html
    assert json_ld["image"] == [largest]
    assert re.search(rf'<enclosure length="\d+" type="image/jpeg" url="{re.escape(largest)}"', rss)
    if not custom_domain:
        assert download(largest)[0] == 200


def test_seed_demo_stores_its_photos_in_the_bucket(s3_media, moto_server, settings):
    call_command("seed_demo", stdout=io.StringIO())
    names = moto_server.object_names(s3_media)
    article = Article.objects.exclude(cover_image="").first()
    assert article.cover_image.name in names
    assert any(name.startswith("uploads/demo/") for name in names)
    body_photo = re.search(
        r'<img [^>]*\bsrc="([^"]+)"', Article.objects.filter(body__contains="<img").first().body
    ).group(1)
    assert body_photo.startswith(settings.MEDIA_URL) and download(body_photo)[0] == 200


def test_backup_includes_the_bucket_media(s3_media, moto_server, tmp_path):
    article = make_article(cover_image=ContentFile(picture(), name="x.jpg"), cover_alt="Ảnh")
    images.make_renditions(article.cover_image.name)

    folder = Path(call_command("backup", dest=str(tmp_path / "backups")))

    with tarfile.open(folder / "media.tar.gz") as archive:
        archived = sorted(name.removeprefix("media/") for name in archive.getnames())
        stored = archive.extractfile(f"media/{article.cover_image.name}").read()
    assert archived == moto_server.object_names(s3_media) and len(archived) == 7
    assert stored == article.cover_image.open("rb").read()
