"""The newsroom's desk on a phone: the moderation queue and the article list as cards,
buttons big enough for a thumb, no sideways scrolling, and no serious axe finding."""

import datetime

import pytest
from django.utils import timezone

from comments.models import Comment
from tests.e2e.conftest import PHONE, screenshot, serious_accessibility_violations
from tests.e2e.test_newsroom_editing import log_in
from tests.factories import make_article, make_comment, make_journalist, make_moderator, make_section

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def queue():
    article = make_article(title="Cầu đi bộ qua sông Ngân", section=make_section("Đô thị"))
    now = timezone.now()
    make_comment(
        article,
        title="Cầu đẹp quá",
        name="Lê Văn Tâm",
        phone="+84912345678",
        received_at=now - datetime.timedelta(hours=3),
        flags="links",
    )
    make_comment(
        article, title="Quảng cáo", body="Mua hàng giá rẻ", received_at=now - datetime.timedelta(hours=1)
    )
    return make_moderator("thuha")


def _fits(page):
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_moderator_approves_and_rejects_with_taps_on_a_phone(live_server, open_page, queue):
    page = open_page(viewport=PHONE, has_touch=True, is_mobile=True)
    log_in(page, live_server.url, queue)
    page.goto(live_server.url + "/quan-tri/comments/comment/")
    screenshot(page, "desk-queue-375")
    assert _fits(page)
    card = page.locator("#result_list tbody tr").first
    text = card.inner_text()
    for shown in (
        "Cầu đi bộ qua sông Ngân",
        "Lê Văn Tâm",
        "091****678",
        "Cầu đẹp quá",
        "Nhiều liên kết",
        "3 giờ",
    ):
        assert shown in text
    buttons = card.locator(".comment-decision")
    for index in range(buttons.count()):
        box = buttons.nth(index).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, box
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert serious_accessibility_violations(page) == []

    with page.expect_navigation():
        card.get_by_role("button", name="Duyệt").tap()
    assert "Đã duyệt 1 bình luận" in page.locator(".messagelist").inner_text()
    with page.expect_navigation():
        page.locator("#result_list tbody tr").first.get_by_role("button", name="Từ chối").tap()
    assert "Đã từ chối 1 bình luận" in page.locator(".messagelist").inner_text()
    assert dict(Comment.objects.values_list("title", "status")) == {
        "Cầu đẹp quá": Comment.Status.APPROVED,
        "Quảng cáo": Comment.Status.REJECTED,
    }


def test_article_list_and_form_on_a_phone(live_server, open_page):
    journalist = make_journalist("minhanh")
    make_article(title="Phường Đông Thành khánh thành nhà văn hóa", author=journalist, status="draft")
    page = open_page(viewport=PHONE, has_touch=True, is_mobile=True)
    log_in(page, live_server.url, journalist)
    page.goto(live_server.url + "/quan-tri/articles/article/")
    screenshot(page, "desk-articles-375")
    assert _fits(page)
    assert "Bản nháp" in page.locator("#result_list tbody tr").first.inner_text()
    page.goto(live_server.url + "/quan-tri/articles/article/add/")
    page.wait_for_selector(".cke")
    screenshot(page, "desk-article-form-375")
    assert serious_accessibility_violations(page) == []
