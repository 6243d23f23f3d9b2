"""Cover photos reach readers as WebP with a JPEG fallback at several widths, made once."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from articles import images
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def photo(size=(1600, 1000)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(buffer, format="JPEG")
    return ContentFile(buffer.getvalue(), name="cau-hoang-nam.jpg")


@pytest.fixture
def article():
    return make_article(
        cover_image=photo(), cover_alt="Cầu Hoàng Nam lúc thông xe", cover_caption="Ảnh: Minh Anh"
    )


def test_cover_size_is_stored_with_the_article(article):
    article.refresh_from_db()
    assert (article.cover_width, article.cover_height) == (1600, 1000)


def test_article_page_serves_a_picture_with_webp_and_jpeg_sources(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    picture = html[html.index("<picture>") : html.index("</picture>")]
    name = article.cover_image.name.rsplit("/", 1)[-1].removesuffix(".jpg")
    assert re.search(
        rf'<source type="image/webp" srcset="[^"]*{name}-480w\.webp 480w, [^"]*-800w\.webp 800w, [^"]*-1200w\.webp 1200w"',
        picture,
    )
    assert f"{name}-1200w.jpg 1200w" in picture
    assert 'alt="Cầu Hoàng Nam lúc thông xe"' in picture
    assert 'width="1200" height="750"' in picture
    assert "sizes=" in picture
    assert "Ảnh: Minh Anh" in html


def test_each_rendition_has_its_width_and_format(client, article, settings):
    client.get(article.get_absolute_url())
    for width in images.RENDITION_WIDTHS:
        for extension, image_format in images.RENDITION_FORMATS:
            path = settings.MEDIA_ROOT / images.rendition_name(article.cover_image.name, width, extension)
            with Image.open(path) as rendition:
                assert (rendition.format, rendition.width) == (image_format, width)


def test_renditions_are_made_once_and_reused(client, article, monkeypatch):
    client.get(article.get_absolute_url())
    opened = []
    monkeypatch.setattr(images.Image, "open", lambda *a, **k: opened.append(a))
    client.get(article.get_absolute_url())
    client.get("/")
    assert opened == []


def test_small_source_is_not_offered_at_widths_it_does_not_have(client):
    article = make_article(cover_image=photo((600, 400)), cover_alt="Ảnh nhỏ")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "-480w.webp 480w" in html and "800w" not in html


def test_cards_load_lazily_and_top_story_does_not(client, article):
    make_article(cover_image=photo(), cover_alt="Ảnh khác")
    html = client.get("/").content.decode()
    top = html[html.index('class="top-story"') : html.index('class="top-story__text"')]
    assert "<picture>" in top and 'loading="lazy"' not in top
    assert html.count('loading="lazy"') >= 1


def test_unreadable_stored_cover_is_not_shown_and_the_file_is_never_linked(client):
    article = make_article(cover_image="covers/2024/05/hong.jpg", cover_alt="Ảnh hỏng")
    default_storage.save(article.cover_image.name, ContentFile(b"not an image"))
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert article.cover_image.url not in response.content.decode()
