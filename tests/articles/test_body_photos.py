"""Photos in an article's body reach readers as covers do: WebP and JPEG renditions
at the widths the photo reaches, with its size, lazy below the first screen, and
never the uploaded original; a photo without renditions stays a plain <img>."""

import io
import logging
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from PIL import Image

from articles import images
from tests.factories import make_article, make_upload, photo_figure

pytestmark = pytest.mark.django_db


def rendition_url(url, width, extension):
    name = url.removeprefix("/media/")
    return "/media/" + images.rendition_name(name, width, extension)


def body_of(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    start = html.index('<div class="article__body">')
    return html[start : html.index("</div>", start)]  # the sanitiser lets no <div> in


@pytest.fixture
def upload():
    return make_upload(size=(1600, 1000))


def test_a_1600px_upload_is_offered_at_480_800_1200_in_webp_and_jpeg_with_its_size(client, upload):
    article = make_article(body="<p>Mở đầu.</p>" + photo_figure(upload))
    body = body_of(client, article)
    webp = ", ".join(f"{rendition_url(upload, w, 'webp')} {w}w" for w in (480, 800, 1200))
    jpeg = ", ".join(f"{rendition_url(upload, w, 'jpg')} {w}w" for w in (480, 800, 1200))
    assert f'<source type="image/webp" srcset="{webp}" sizes="' in body
    assert f'<img src="{rendition_url(upload, 1200, "jpg")}" srcset="{jpeg}" sizes="' in body
    assert 'alt="Cầu Hoàng Nam lúc thông xe" width="1200" height="750"' in body
    assert upload not in body, "the uploaded original is never linked"


def test_the_figure_and_its_caption_are_kept_around_the_picture(client, upload):
    article = make_article(body=photo_figure(upload, caption="Ảnh: Quang Huy", classes="image image-center"))
    body = body_of(client, article)
    assert re.search(
        r'<figure class="image image-center"><picture>\s*<source [^>]+>\s*<img [^>]+>\s*</picture>'
        r"<figcaption>Ảnh: Quang Huy</figcaption></figure>",
        body,
    ), body


def test_renditions_are_made_when_the_photo_is_uploaded(upload, settings):
    name = upload.removeprefix("/media/")
    for width in images.RENDITION_WIDTHS:
        for extension, image_format in images.RENDITION_FORMATS:
            with Image.open(settings.MEDIA_ROOT / images.rendition_name(name, width, extension)) as rendition:
                assert (rendition.format, rendition.size) == (image_format, (width, width * 10 // 16))


def test_a_small_upload_is_not_upscaled(client, settings):
    upload = make_upload(size=(600, 400))
    name = upload.removeprefix("/media/")
    for width in images.RENDITION_WIDTHS:
        with Image.open(settings.MEDIA_ROOT / images.rendition_name(name, width, "webp")) as rendition:
            assert rendition.width <= 600
    body = body_of(client, make_article(body=photo_figure(upload)))
    assert "480w" in body and "800w" not in body and "1200w" not in body


def test_sizes_follow_the_column_and_half_of_it_for_a_floated_photo(client, upload):
    body = body_of(
        client, make_article(body=photo_figure(upload) + photo_figure(upload, classes="image image-left"))
    )
    sizes = re.findall(r'<img [^>]*sizes="([^"]+)"', body)
    # A phone of 3x or more asks for 2x (articles/templatetags/article_images.py).
    dense = "(max-width: 40rem) and (min-resolution: 2.5dppx) "
    assert sizes == [
        f"{dense}calc((100vw - 4.5rem) * 2 / 3), "
        "(min-width: 69.75rem) 44rem, (min-width: 64rem) calc(100vw - 25.75rem), "
        "(min-width: 48.5rem) 44rem, calc(100vw - 4.5rem)",
        f"{dense}calc((50vw - 2.25rem) * 2 / 3), "
        "(min-width: 69.75rem) 22rem, (min-width: 64rem) calc(50vw - 12.875rem), "
        "(min-width: 48.5rem) 22rem, calc(50vw - 2.25rem)",
    ]


def test_an_uncaptioned_aligned_photo_keeps_its_class(client, upload):
    body = body_of(
        client, make_article(body=f'<p><img class="image-right" src="{upload}" alt="Chợ"> Chữ</p>')
    )
    assert re.search(r'<p><picture>\s*<source [^>]+>\s*<img [^>]*alt="Chợ" class="image-right"', body), body


def test_the_first_photo_is_not_lazy_in_an_article_without_a_cover(client, upload):
    body = body_of(client, make_article(body=photo_figure(upload) + "<p>Giữa.</p>" + photo_figure(upload)))
    first, second = re.findall(r"<img [^>]+>", body)
    assert 'loading="lazy"' not in first and 'decoding="async"' in first
    assert 'loading="lazy"' in second


def test_every_body_photo_is_lazy_under_a_cover(client, upload):
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (200, 100, 0)).save(buffer, format="JPEG")
    cover = ContentFile(buffer.getvalue(), name="bia.jpg")
    article = make_article(body=photo_figure(upload), cover_image=cover, cover_alt="Ảnh bìa")
    body = body_of(client, article)
    assert 'loading="lazy"' in re.search(r"<img [^>]+>", body).group(0)


def test_a_photo_stored_without_renditions_stays_a_plain_img(client):
    name = default_storage.save("uploads/2023/01/cu.jpg", ContentFile(b"\xff\xd8 old bytes"))
    article = make_article(body=photo_figure(f"/media/{name}"))
    body = body_of(client, article)
    assert "<picture>" not in body
    # The sanitiser writes attributes in no fixed order: compare them as a set.
    (tag,) = re.findall(r"<img [^>]+>", body)
    attributes = set(re.findall(r'(\w+)="([^"]*)"', tag))
    assert attributes >= {
        ("src", f"/media/{name}"),
        ("alt", "Cầu Hoàng Nam lúc thông xe"),
        ("width", "1600"),
        ("height", "1000"),
        ("loading", "lazy"),
    }


def test_a_missing_file_gives_a_plain_img_and_the_page_still_answers(client, upload):
    article = make_article(body=photo_figure("/media/uploads/2024/05/khong-con.jpg") + photo_figure(upload))
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    body = body_of(client, article)
    assert re.search(r'<img [^>]*src="/media/uploads/2024/05/khong-con.jpg"', body)
    assert body.count("<picture>") == 1


def test_the_page_opens_no_file_to_offer_body_photos(client, upload, monkeypatch):
    article = make_article(body=photo_figure(upload))

    def no_storage_access(*args, **kwargs):
        raise AssertionError("the page read the storage")

    for method in ("exists", "open", "size"):
        monkeypatch.setattr(storages["default"], method, no_storage_access)
    assert "<picture>" in body_of(client, article)


def test_photos_measured_once_are_not_opened_on_the_next_save(upload, monkeypatch):
    article = make_article(body=photo_figure(upload))
    name = upload.removeprefix("/media/")
    assert article.body_photo_sizes == {name: [1200, 750]}
    opened = []
    monkeypatch.setattr(images, "rendered_size", lambda name: opened.append(name))
    article.title = "Tiêu đề mới"
    article.save()
    assert opened == [] and article.body_photo_sizes == {name: [1200, 750]}


def test_a_photo_taken_out_of_the_body_is_forgotten_on_save(upload):
    article = make_article(body=photo_figure(upload))
    article.body = "<p>Bỏ ảnh.</p>"
    article.save()
    article.refresh_from_db()
    assert article.body_photo_sizes == {}


def test_article_page_with_body_photos_keeps_its_query_budget(client, upload, django_assert_max_num_queries):
    article = make_article(body="".join(photo_figure(upload) for _ in range(5)))
    # (10 of the article page, and the documents it links: the documents app's part)
    with django_assert_max_num_queries(11):
        assert client.get(article.get_absolute_url()).status_code == 200


def test_an_unreadable_upload_is_logged_when_renditions_are_made(caplog):
    name = default_storage.save("uploads/2024/05/hong.jpg", ContentFile(b"not a photo"))
    with caplog.at_level(logging.WARNING, logger="newsroom.images"):
        assert images.make_renditions(name) is False
    assert name in caplog.text
