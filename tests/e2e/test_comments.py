"""The comment loop in a browser: a reader comments, a moderator approves with the keyboard."""

import datetime

import pytest
from captcha.models import CaptchaStore
from django.utils import timezone

from comments.models import Comment
from tests.e2e.conftest import DESKTOP, PHONE, screenshot, serious_accessibility_violations
from tests.factories import make_article, make_comment, make_moderator, make_section

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article(settings):
    # The browser posts within a second of the captcha appearing.
    settings.COMMENTS_MIN_SECONDS_TO_POST = 0
    return make_article(
        title="Phố Lạc Hồng được cải tạo",
        section=make_section("Đô thị"),
        body="<p>Quận khởi công cải tạo phố Lạc Hồng.</p>",
    )


def captcha_answer(page):
    key = page.locator("input[name=captcha_key]").input_value()
    return key, CaptchaStore.objects.get(hashkey=key).response


def wait_for_captcha(page, old_key=""):
    page.wait_for_function(
        "old => { const k = document.querySelector('input[name=captcha_key]').value; return k && k !== old; }",
        arg=old_key,
    )
    page.locator("[data-captcha-image] img").evaluate("img => img.decode()")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_reader_refreshes_the_captcha_and_comments(live_server, open_page, article, viewport):
    page = open_page(viewport=viewport)
    page.goto(live_server.url + article.get_absolute_url())
    page.get_by_label("Họ tên (*)").fill("Nguyễn Văn Hùng")  # focusing the form fetches a captcha
    wait_for_captcha(page)
    first_key, _ = captcha_answer(page)

    page.get_by_role("link", name="Lấy lại mã bảo mật").click()
    wait_for_captcha(page, first_key)
    key, answer = captcha_answer(page)
    assert page.url.endswith(article.get_absolute_url())  # no page load
    assert key != first_key

    page.get_by_label("Số điện thoại").fill("0912 345 678")
    page.get_by_label("Tiêu đề (*)").fill("Mong sớm hoàn thành")
    page.get_by_label("Nội dung (*)").fill("Bụi quá,\ncụ nhà tôi ho suốt mấy tuần nay.")
    page.get_by_label("Mã xác nhận").fill(answer)
    screenshot(page, f"comment-form-{viewport['width']}")
    assert serious_accessibility_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]

    page.get_by_role("button", name="Gửi bình luận").click()
    page.wait_for_url(f"**{article.get_absolute_url()}#binh-luan")
    notice = page.locator(".comment-notice")
    assert "Bình luận của bạn đang chờ kiểm duyệt" in notice.inner_text()
    assert notice.is_visible()
    assert page.errors == []
    comment = Comment.objects.get()
    assert (comment.status, comment.phone) == ("pending", "+84912345678")


def test_comment_form_works_with_javascript_off(live_server, open_page, article):
    page = open_page(java_script_enabled=False)
    page.goto(live_server.url + article.get_absolute_url())
    assert CaptchaStore.objects.count() == 0
    # The shared page's form needs the script for its CSRF token; without it
    # the reader is offered the form on a page of its own.
    assert not page.locator("form[data-comment-form]").is_visible()
    page.get_by_role("link", name="Viết bình luận").click()
    page.wait_for_url("**/binh-luan/*/#viet-binh-luan")
    page.get_by_role("link", name="Lấy lại mã bảo mật").click()
    page.wait_for_url("**/binh-luan/*/#viet-binh-luan")
    assert page.locator("[data-captcha-image] img").evaluate("img => img.naturalWidth") > 0
    _key, answer = captcha_answer(page)
    page.get_by_label("Họ tên (*)").fill("Trần Thị Thu Hương")
    page.get_by_label("Tiêu đề (*)").fill("Cảm ơn các bạn đoàn viên")
    page.get_by_label("Nội dung (*)").fill("Các bạn trẻ hướng dẫn rất tận tình.")
    page.get_by_label("Mã xác nhận").fill(answer)
    page.get_by_role("button", name="Gửi bình luận").click()
    page.wait_for_url(f"**{article.get_absolute_url()}#binh-luan")
    assert "đang chờ kiểm duyệt" in page.locator(".comment-notice").inner_text()
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_a_reader_over_the_captcha_limit_is_told_what_to_do(
    live_server, open_page, article, settings, viewport
):
    settings.COMMENTS_CAPTCHA_LIMIT = 1
    page = open_page(viewport=viewport)
    page.goto(live_server.url + article.get_absolute_url())
    page.get_by_label("Họ tên (*)").fill("Nguyễn Văn Hùng")
    wait_for_captcha(page)
    page.get_by_role("link", name="Lấy lại mã bảo mật").click()
    note = page.locator("[data-captcha-image] .field-error")
    note.wait_for()
    assert "Bạn đã lấy quá nhiều mã xác nhận" in note.inner_text()
    assert "phút rồi bấm" in note.inner_text()
    assert page.url.endswith(article.get_absolute_url())
    assert page.locator("input[name=captcha_key]").input_value() == ""
    screenshot(page, f"comment-captcha-limited-{viewport['width']}")
    assert serious_accessibility_violations(page) == []


def test_moderator_approves_from_the_queue_with_the_keyboard(live_server, open_page, article):
    make_moderator("thuha")
    now = timezone.now()
    make_comment(
        article,
        title="Ý kiến chưa duyệt",
        received_at=now - datetime.timedelta(hours=2),
        phone="+84912345678",
    )
    make_comment(
        article,
        title="Cầu đẹp quá",
        body="Tối qua cả nhà tôi đi dạo trên cầu mới.",
        received_at=now - datetime.timedelta(minutes=30),
        flags="links",
    )

    reader = open_page(viewport=PHONE)
    reader.goto(live_server.url + article.get_absolute_url())
    assert reader.get_by_text("Cầu đẹp quá").count() == 0

    page = open_page()
    page.goto(live_server.url + "/quan-tri/")
    page.get_by_label("Tên đăng nhập").fill("thuha")
    page.get_by_label("Mật khẩu").fill("test-pass-123")
    page.locator("input[type=submit]").click()
    page.goto(live_server.url + "/quan-tri/comments/comment/")
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 2
    assert "comment-current" in rows.nth(0).get_attribute("class")
    page.keyboard.press("j")
    assert "comment-current" in rows.nth(1).get_attribute("class")
    screenshot(page, "comment-queue-1280")
    with page.expect_navigation():
        page.keyboard.press("a")
    assert page.locator("#result_list tbody tr").count() == 1
    assert "Đã duyệt 1 bình luận" in page.locator(".messagelist").inner_text()
    # The admin's only console error is the browser asking for /favicon.ico.
    assert [e for e in page.errors if "404" not in e] == []

    reader.reload()
    assert reader.get_by_text("Cầu đẹp quá").is_visible()
    assert "1 bình luận" in reader.locator(".comment-count").inner_text()
    assert Comment.objects.get(title="Cầu đẹp quá").records.get().actor.username == "thuha"


def test_the_comment_box_counts_down_and_never_cuts_a_paste(live_server, open_page, article):
    page = open_page(viewport=PHONE)
    page.goto(live_server.url + article.get_absolute_url())
    note = page.locator("#id_body_help")
    assert note.inner_text() == "Tối đa 3000 ký tự."
    box = page.get_by_label("Nội dung (*)")
    box.fill("Xin chào")
    page.wait_for_function("() => document.getElementById('id_body_help').textContent.startsWith('Còn')")
    assert note.inner_text() == "Còn 2992 / 3000 ký tự."
    box.fill("Ý kiến rất dài. " * 625)  # a 10,000-character paste is kept whole
    page.wait_for_function("() => document.getElementById('id_body_help').textContent.startsWith('Quá')")
    assert len(box.input_value()) == 10_000
    assert "Quá 6999 ký tự" in note.inner_text()
    screenshot(page, "comment-box-375")
    assert page.errors == []
