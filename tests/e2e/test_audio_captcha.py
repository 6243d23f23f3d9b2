"""The captcha read aloud in a browser: "Nghe mã xác nhận" plays the current
challenge in place, and follows the captcha when a reader asks for a new one."""

import pytest

from tests.e2e.conftest import PHONE, accessibility_violations, screenshot
from tests.e2e.test_comments import wait_for_captcha
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_listen_link_plays_the_current_captcha_and_follows_a_refresh(live_server, open_page):
    article = make_article(title="Phố Lạc Hồng được cải tạo")
    page = open_page(viewport=PHONE)
    page.goto(live_server.url + article.get_absolute_url())
    page.get_by_label("Họ tên (*)").fill("Nguyễn Văn Hùng")
    wait_for_captcha(page)
    first_key = page.locator("input[name=captcha_key]").input_value()
    listen = page.get_by_role("link", name="Nghe mã xác nhận")
    assert first_key in listen.get_attribute("href")

    listen.focus()
    page.keyboard.press("Enter")
    player = page.locator("audio.comment-captcha__player")
    player.wait_for()
    page.wait_for_function("() => document.querySelector('audio').readyState >= 1")
    # The whole reading: an introduction, then six digits spoken twice.
    assert player.evaluate("audio => audio.duration") > 15
    assert page.url.endswith(article.get_absolute_url()), "played in place"

    page.get_by_role("link", name="Lấy lại mã bảo mật").click()
    wait_for_captcha(page, first_key)
    key = page.locator("input[name=captcha_key]").input_value()
    assert key in listen.get_attribute("href") and first_key not in listen.get_attribute("href")
    screenshot(page, "comment-captcha-audio-375")
    assert accessibility_violations(page) == []
