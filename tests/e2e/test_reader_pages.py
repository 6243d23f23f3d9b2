"""Readers' pages in a real browser, at phone and desktop widths."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from articles.management.commands._demo_images import make_picture
from tests.e2e.conftest import DESKTOP, PHONE, screenshot, serious_accessibility_violations
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(settings):
    settings.NEWSROOM_SERVE_MEDIA = True
    section = make_section("Tin tức - Sự kiện")
    articles = []
    for i in range(12):
        article = make_article(
            title=f"Đảng bộ phường Đông Thành tổng kết công tác năm, bài số {i}",
            section=section,
            lead="Chiều 14/5, đại biểu các chi bộ đã dự hội nghị với tinh thần đổi mới.",
            body=(
                "<p>Một đoạn nội dung khá dài để kiểm tra việc xuống dòng trên điện thoại: "
                "Ủy ban nhân dân quận đề nghị các phường chủ động rà soát, cập nhật.</p>"
                "<table><tr><th>Chỉ tiêu</th><th>Kết quả năm nay so với năm trước</th></tr>"
                "<tr><td>Thu ngân sách</td><td>tăng 9 phần trăm</td></tr></table>"
            ),
            byline="Minh Anh",
            cover_alt="Toàn cảnh hội nghị",
            cover_caption="Quang cảnh hội nghị tổng kết",
            published_at=timezone.now() - datetime.timedelta(hours=i + 1),
        )
        article.cover_image.save(f"anh-{i}.jpg", ContentFile(make_picture(seed=i, width=600, height=400)))
        articles.append(article)
    return articles


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
@pytest.mark.parametrize("page_name", ["home", "article"])
def test_reader_page_loads_cleanly(live_server, open_page, site, viewport, page_name):
    url = live_server.url + ("/" if page_name == "home" else site[3].get_absolute_url())
    page = open_page(viewport=viewport)
    response = page.goto(url)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    screenshot(page, f"{page_name}-{viewport['width']}")

    assert page.errors == []
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= viewport["width"], "the page scrolls sideways"
    assert serious_accessibility_violations(page) == []


def test_article_page_shows_the_portal_parts(live_server, open_page, site):
    page = open_page(viewport=PHONE)
    page.goto(live_server.url + site[3].get_absolute_url())
    assert page.get_by_role("heading", level=1).inner_text().startswith("Đảng bộ phường")
    assert page.get_by_role("heading", name="Các bài mới đăng").is_visible()
    assert page.get_by_role("heading", name="Các bài đã đăng").is_visible()
    cover = page.locator(".article__cover img")
    assert cover.get_attribute("alt") == "Toàn cảnh hội nghị"
    assert cover.evaluate("img => img.naturalWidth") > 0, "the cover photo did not load"


def test_date_picker_opens_the_day(live_server, open_page, site):
    page = open_page()
    page.goto(live_server.url + site[0].get_absolute_url())
    day = timezone.localtime(site[5].published_at).date()
    page.get_by_label("Các bài đã đăng ngày").fill(day.isoformat())
    page.get_by_role("button", name="Xem").click()
    page.wait_for_url("**/bai-da-dang/?ngay=*")
    assert page.get_by_role("heading", level=1).inner_text() == (f"Các bài đã đăng ngày {day:%d/%m/%Y}")
    assert page.get_by_role("link", name=site[5].title).count() >= 1


def test_keyboard_user_can_skip_to_content(live_server, open_page, site):
    page = open_page()
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
