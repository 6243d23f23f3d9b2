"""Newsroom replies and pages of comments in a browser, at phone and desktop widths."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from comments import moderation
from comments.counts import recount_comments
from comments.models import Comment
from tests.e2e.conftest import DESKTOP, PHONE, screenshot
from tests.factories import make_article, make_moderator, make_section

pytestmark = pytest.mark.django_db(transaction=True)


def axe_findings(page):
    return [
        f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']]}"
        for v in Axe().run(page).response["violations"]
    ]


def fits(page, viewport):
    return page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


@pytest.fixture
def discussion():
    article = make_article(
        title="Phố Lạc Hồng được cải tạo",
        section=make_section("Đô thị"),
        body="<p>Quận khởi công cải tạo phố Lạc Hồng.</p>",
        published_at=timezone.now() - datetime.timedelta(days=2),
    )
    start = timezone.now() - datetime.timedelta(days=1)
    Comment.objects.bulk_create(
        Comment(
            article=article,
            name=f"Bạn đọc {n}",
            title=f"Ý kiến thứ {n}",
            body=f"Nội dung ý kiến {n}.",
            status=Comment.Status.APPROVED,
            received_at=start + datetime.timedelta(minutes=n),
        )
        for n in range(1, 26)
    )
    recount_comments([article.pk])
    return article


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_reader_sees_the_reply_and_pages_through_comments(live_server, open_page, discussion, viewport):
    first = Comment.objects.get(title="Ý kiến thứ 1")
    moderation.reply(first, by=make_moderator(), body="Phường đã tiếp nhận và sẽ trả lời bạn trong tuần.")
    page = open_page(viewport=viewport)
    page.goto(live_server.url + discussion.get_absolute_url() + "#binh-luan")
    assert page.locator("#binh-luan-heading").inner_text() == "Bình luận (25)"
    reply = page.locator(f"#binh-luan-{first.pk} .comment__reply")
    assert reply.is_visible()
    assert reply.inner_text().startswith("Tòa soạn trả lời (")
    assert page.locator(".comment").count() == 20
    reply.scroll_into_view_if_needed()
    screenshot(page, f"comment-reply-{viewport['width']}")
    assert axe_findings(page) == [] and fits(page, viewport)

    page.get_by_role("link", name="Bình luận sau ›").click()
    page.wait_for_url("**?binh-luan=2#binh-luan")
    assert page.locator(".comment").count() == 5
    assert page.locator(".comment__title").first.inner_text() == "Ý kiến thứ 21"
    screenshot(page, f"comment-page-2-{viewport['width']}")
    assert axe_findings(page) == [] and fits(page, viewport)
    page.get_by_role("link", name="‹ Bình luận trước").click()
    assert page.locator(".comment__title").first.inner_text() == "Ý kiến thứ 1"
    assert page.errors == []


def test_comment_pages_work_without_javascript(live_server, open_page, discussion):
    page = open_page(viewport=PHONE, java_script_enabled=False)
    page.goto(live_server.url + discussion.get_absolute_url())
    page.get_by_role("link", name="Bình luận sau ›").click()
    assert page.locator(".comment__title").first.inner_text() == "Ý kiến thứ 21"


def test_moderator_replies_from_a_phone(live_server, open_page, discussion):
    make_moderator("thuha")
    comment = Comment.objects.get(title="Ý kiến thứ 3")
    page = open_page(viewport=PHONE)
    page.goto(live_server.url + "/quan-tri/")
    page.get_by_label("Tên đăng nhập").fill("thuha")
    page.get_by_label("Mật khẩu").fill("test-pass-123")
    page.locator("input[type=submit]").click()
    page.goto(live_server.url + f"/quan-tri/comments/comment/{comment.pk}/change/")
    page.get_by_role("link", name="Trả lời bạn đọc").click()
    assert page.get_by_text("Nội dung ý kiến 3.").is_visible()
    page.get_by_label("Tòa soạn trả lời").fill("Cảm ơn bạn, tòa soạn đã chuyển ý kiến tới phường.")
    screenshot(page, "comment-reply-admin-375")
    assert fits(page, PHONE)
    assert axe_findings(page) == []
    page.get_by_role("button", name="Lưu câu trả lời").click()
    assert "Đã lưu câu trả lời của tòa soạn." in page.locator(".messagelist").inner_text()

    reader = open_page(viewport=PHONE)
    reader.goto(live_server.url + discussion.get_absolute_url())
    assert (
        "Cảm ơn bạn, tòa soạn đã chuyển ý kiến tới phường."
        in reader.locator(f"#binh-luan-{comment.pk}").inner_text()
    )
