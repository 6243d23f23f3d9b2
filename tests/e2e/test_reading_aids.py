"""Reading aids in a browser: A− / A+ and "Tương phản cao" work from the keyboard,
are announced, persist from page to page in localStorage only, and shift nothing
when the next page opens with them (CLS 0)."""

import pytest

from tests.e2e.conftest import PHONE, accessibility_violations, screenshot
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db(transaction=True)

LAYOUT_SHIFT = """() => new Promise(done => {
    let total = 0;
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) { if (!entry.hadRecentInput) total += entry.value; }
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => done(total), 500);
})"""


def root_font_size(page):
    return page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")


def tab_to(page, name):
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()").startswith(name):
            return
    raise AssertionError(f"{name} not reached by Tab")


def test_text_size_and_contrast_work_by_keyboard_and_follow_the_reader(live_server, open_page):
    section = make_section("Văn hóa - Xã hội")
    first = make_article(title="Lễ hội văn hóa phường Đông Thành", section=section)
    second = make_article(title="Khai giảng lớp học tiếng Anh miễn phí", section=section)
    page = open_page(viewport=PHONE)
    page.goto(live_server.url + first.get_absolute_url())
    assert root_font_size(page) == 16

    tab_to(page, "A+")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert root_font_size(page) == 20
    assert page.locator("[data-reading-aids-status]").text_content() == "Cỡ chữ bây giờ là 125%"
    contrast = page.get_by_role("button", name="Tương phản cao")
    assert contrast.get_attribute("aria-pressed") == "false"
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert contrast.get_attribute("aria-pressed") == "true"
    assert page.locator("[data-reading-aids-status]").text_content() == "Đã bật tương phản cao"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    assert page.context.cookies() == [], "kept in the browser, never sent to the server"
    assert page.evaluate("localStorage.getItem('nr-co-chu')") == "2"

    page.goto(live_server.url + second.get_absolute_url())
    page.wait_for_load_state("networkidle")
    assert root_font_size(page) == 20
    assert page.get_by_role("button", name="Tương phản cao").get_attribute("aria-pressed") == "true"
    assert page.evaluate(LAYOUT_SHIFT) == 0
    screenshot(page, "reading-aids-large-contrast-375")
    assert accessibility_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    tab_to(page, "A−")
    for _ in range(3):
        page.keyboard.press("Enter")
    assert root_font_size(page) == 14
    assert page.get_by_role("button", name="A− giảm cỡ chữ").get_attribute("aria-disabled") == "true"
    assert page.evaluate("document.activeElement.textContent.trim()").startswith("A−"), "focus stays"


def test_a_page_without_a_stored_choice_does_not_shift(live_server, open_page):
    article = make_article(title="Lễ hội văn hóa phường Đông Thành")
    page = open_page(viewport=PHONE)
    page.goto(live_server.url + article.get_absolute_url())
    page.wait_for_load_state("networkidle")
    assert page.evaluate(LAYOUT_SHIFT) == 0
    assert page.get_by_role("group", name="Hỗ trợ đọc").is_visible()
