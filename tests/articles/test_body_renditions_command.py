"""`manage.py make_body_renditions` gives photos stored before uploads made
renditions theirs, readers see them on the next request, and running it again
changes nothing."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image

from articles import images
from tests.factories import make_article, photo_figure

pytestmark = pytest.mark.django_db


def old_upload(name="uploads/2023/04/cau.jpg", size=(1600, 1000)):
    """A photo stored the way uploads were before they had renditions."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (90, 140, 60)).save(buffer, format="JPEG")
    return default_storage.save(name, ContentFile(buffer.getvalue()))


def run():
    out, err = io.StringIO(), io.StringIO()
    call_command("make_body_renditions", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_old_body_photos_get_renditions_and_the_page_offers_them(client):
    name = old_upload()
    article = make_article(body=photo_figure(f"/media/{name}"))
    assert "<picture>" not in client.get(article.get_absolute_url()).content.decode()
    out, _ = run()
    assert "cho 1 ảnh" in out
    assert default_storage.exists(images.rendition_name(name, 1200, "webp"))
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<picture>" in html and 'width="1200" height="750"' in html


def test_running_it_again_changes_nothing(client):
    article = make_article(body=photo_figure(f"/media/{old_upload()}"))
    run()
    article.refresh_from_db()
    saved_at = article.updated_at
    out, _ = run()
    assert "cho 0 ảnh" in out
    article.refresh_from_db()
    assert article.updated_at == saved_at


def test_a_missing_photo_is_listed_and_the_rest_of_the_article_gets_its_renditions(client):
    name = old_upload()
    article = make_article(
        body=photo_figure("/media/uploads/2023/04/mat.jpg") + photo_figure(f"/media/{name}")
    )
    out, err = run()
    assert "uploads/2023/04/mat.jpg" in err and "1 ảnh không đọc được" in out
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.count("<picture>") == 1 and 'src="/media/uploads/2023/04/mat.jpg"' in html
