"""The moderation queue by keyboard: "?" lists the keys, and after a decision the
comment that followed the decided one is chosen, not the first row again."""

import datetime

import pytest
from django.utils import timezone

from comments.models import Comment
from tests.e2e.conftest import DESKTOP
from tests.e2e.test_newsroom_editing import log_in
from tests.factories import make_article, make_comment, make_moderator

pytestmark = pytest.mark.django_db(transaction=True)


def chosen_title(page):
    return page.locator("#result_list tr.comment-current th").inner_text()


def test_keys_are_listed_and_the_next_comment_is_chosen_after_a_decision(live_server, open_page):
    article = make_article(title="Cầu đi bộ qua sông Ngân")
    now = timezone.now()
    for hours, title in [(3, "Ý kiến thứ nhất"), (2, "Ý kiến thứ hai"), (1, "Ý kiến thứ ba")]:
        make_comment(article, title=title, received_at=now - datetime.timedelta(hours=hours))
    page = open_page(viewport=DESKTOP)
    log_in(page, live_server.url, make_moderator("kiemduyet_phim"))
    page.goto(live_server.url + "/quan-tri/comments/comment/")

    help_button = page.get_by_role("button", name="? Phím tắt")
    assert help_button.get_attribute("aria-expanded") == "false"
    page.keyboard.press("?")
    assert help_button.get_attribute("aria-expanded") == "true"
    assert page.get_by_role("heading", name="Phím tắt trong hàng chờ").is_visible()
    page.keyboard.press("Escape")
    assert not page.get_by_role("heading", name="Phím tắt trong hàng chờ").is_visible()

    assert chosen_title(page) == "Ý kiến thứ nhất"
    page.keyboard.press("j")
    assert chosen_title(page) == "Ý kiến thứ hai"
    with page.expect_navigation():
        page.keyboard.press("a")
    assert "Đã duyệt 1 bình luận" in page.locator(".messagelist").inner_text()
    assert chosen_title(page) == "Ý kiến thứ ba", "the one after the decided comment"
    assert Comment.objects.get(title="Ý kiến thứ hai").status == Comment.Status.APPROVED

    # With the mouse too: the row after the one whose button was pressed.
    with page.expect_navigation():
        page.locator("#result_list tbody tr").first.get_by_role("button", name="Từ chối").click()
    assert chosen_title(page) == "Ý kiến thứ ba"
    assert page.get_by_role("link", name="Mới nhất trước").is_visible()
