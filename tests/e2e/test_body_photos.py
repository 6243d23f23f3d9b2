"""Body photos in a real browser at phone and desktop widths: the browser picks a
rendition that fits the column (never the 1600 px upload), WebP first, and the
page does not move as the photos arrive."""

import datetime
import re

import pytest
from django.utils import timezone

from articles.management.commands._demo_images import make_picture
from tests.e2e.conftest import DESKTOP, PHONE, screenshot
from tests.e2e.test_sidebar import LAYOUT_SHIFTS
from tests.factories import make_article, make_section, make_upload, photo_figure

pytestmark = pytest.mark.django_db(transaction=True)

PARAGRAPH = (
    "<p>Theo Ban quản lý dự án, tuyến phố dài gần 800 mét được lát lại vỉa hè bằng đá "
    "tự nhiên, hạ ngầm toàn bộ đường dây và trồng thêm 120 cây xanh bóng mát.</p>"
)


@pytest.fixture
def uploads():
    return [make_upload(picture=make_picture(seed, width=1600, height=1067)) for seed in (11, 12, 13)]


@pytest.fixture
def article(settings, uploads):
    settings.NEWSROOM_SERVE_MEDIA = True
    first, second, third = uploads
    return make_article(
        title="Phố Lạc Hồng khoác áo mới sau sáu tháng cải tạo",
        section=make_section("Kinh tế"),
        lead="Sáng 14/5, quận Hoàng Nam khánh thành công trình cải tạo phố Lạc Hồng.",
        published_at=timezone.now() - datetime.timedelta(hours=1),
        body=(
            PARAGRAPH
            + photo_figure(
                first,
                alt="Vỉa hè lát đá, hai bên là cây xanh và nhà phố",
                caption="Phố Lạc Hồng sau cải tạo. Ảnh: Minh Anh",
            )
            + PARAGRAPH * 6
            + photo_figure(
                second,
                alt="Người dân đi bộ dọc bờ sông buổi chiều",
                caption="Bờ sông Ngân được nối với tuyến phố. Ảnh: Quang Huy",
            )
            + PARAGRAPH
            + f'<p><img class="image-left" src="{third}" alt="Cây xanh mới trồng trên vỉa hè"></p>'
            + PARAGRAPH * 3
        ),
        byline="Minh Anh",
    )


# (viewport, device pixels per CSS pixel, the column's CSS width as `sizes`
# says it, the rendition the browser should take for a photo across it, and for
# one floated on half of it). A 3x phone is given what 2x needs: 800 px for its
# 303 px column, not 1200 (articles/templatetags/article_images.py).
LAYOUTS = [(PHONE, 2, 303, 800, 480), (PHONE, 3, 303, 800, 480), (DESKTOP, 1, 704, 800, 480)]
MOST_DEVICE_PIXELS = 2


@pytest.mark.parametrize(
    "viewport, scale, column, chosen, chosen_floated", LAYOUTS, ids=["375", "375-3x", "1280"]
)
def test_the_browser_gets_a_rendition_that_fits_never_the_original(
    live_server, open_page, article, uploads, viewport, scale, column, chosen, chosen_floated
):
    page = open_page(viewport=viewport, device_scale_factor=scale)
    page.add_init_script(LAYOUT_SHIFTS)
    requested = []
    page.on("request", lambda request: request.resource_type == "image" and requested.append(request.url))
    page.goto(live_server.url + article.get_absolute_url())
    page.wait_for_load_state("networkidle")
    # Down to the end of the body, so the lazy photo is fetched too.
    page.locator(".article__byline").scroll_into_view_if_needed()
    page.wait_for_load_state("networkidle")
    page.eval_on_selector_all(".article__body img", "imgs => Promise.all(imgs.map((img) => img.decode()))")
    # What reading the page fetched, before the full-page screenshot (which lays
    # the page out again at its whole height) can add anything.
    fetched = list(requested)
    assert page.evaluate("window.devicePixelRatio") == scale

    photos = page.eval_on_selector_all(
        ".article__body img",
        "imgs => imgs.map((img) => ({src: img.currentSrc, loaded: img.naturalWidth > 0,"
        " box: img.getBoundingClientRect().width, lazy: img.loading}))",
    )
    expected = [(column, chosen), (column, chosen), (column / 2, chosen_floated)]
    assert len(photos) == len(expected)
    for photo, (box, rendition) in zip(photos, expected, strict=True):
        assert photo["loaded"] and photo["box"] == box, photo
        width = re.search(r"/media/renditions/uploads/.+-(\d+)w\.webp$", photo["src"])
        assert width and int(width.group(1)) == rendition >= box * min(scale, MOST_DEVICE_PIXELS), photo
    assert [photo["lazy"] for photo in photos] == ["auto", "lazy", "lazy"], (
        "no cover: the first photo is eager"
    )
    originals = [url for url in fetched if any(url.endswith(upload) for upload in uploads)]
    assert originals == []
    assert sorted(url.rsplit("-", 1)[-1] for url in fetched if "/renditions/uploads/" in url) == sorted(
        f"{rendition}w.webp" for _box, rendition in expected
    ), fetched
    assert page.evaluate("window.layoutShift") == 0
    assert page.errors == []
    screenshot(page, f"body-photos-{viewport['width']}-{scale}x")
