"""Searching from the header form, at phone and desktop widths."""

import datetime

import pytest
from django.utils import timezone

from tests.e2e.conftest import DESKTOP, PHONE, screenshot, serious_accessibility_violations
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def articles():
    section = make_section("Tin tức - Sự kiện")
    for i in range(12):
        make_article(
            title=f"Đảng bộ phường Đông Thành tổng kết công tác năm, bài số {i}",
            section=section,
            lead="Chiều 14/5, đại biểu các chi bộ đã dự hội nghị với tinh thần đổi mới.",
            body="<p>Ủy ban nhân dân quận đề nghị các phường chủ động rà soát, cập nhật.</p>",
            published_at=timezone.now() - datetime.timedelta(hours=i + 1),
        )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_header_search_shows_highlighted_results(live_server, open_page, articles, viewport):
    page = open_page(viewport=viewport)
    page.goto(live_server.url + "/")
    page.get_by_role("searchbox", name="Tìm kiếm bài viết").fill("dang bo dong thanh")
    page.get_by_role("button", name="Tìm", exact=True).click()
    page.wait_for_url("**/tim-kiem/?q=*")

    assert page.get_by_role("heading", level=1).inner_text() == "Tìm kiếm"
    assert (
        page.get_by_role("main").get_by_role("status").inner_text()
        == "Tìm thấy 12 bài viết cho “dang bo dong thanh”."
    )
    first = page.locator(".search-result").first
    assert first.locator("mark").all_inner_texts()[:4] == ["Đảng", "bộ", "Đông", "Thành"]
    assert page.get_by_role("link", name="Trang sau ›").is_visible()
    screenshot(page, f"search-{viewport['width']}")

    assert page.errors == []
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert serious_accessibility_violations(page) == []

    page.get_by_role("link", name="Trang sau ›").click()
    assert page.locator(".search-result").count() == 2


def test_over_long_query_shows_the_error_in_the_page(live_server, open_page, articles):
    page = open_page(viewport=PHONE)
    response = page.goto(live_server.url + "/tim-kiem/?q=" + "a" * 201)
    assert response.status == 400
    assert "Từ khóa quá dài" in page.locator(".field-error").inner_text()
    assert serious_accessibility_violations(page) == []
