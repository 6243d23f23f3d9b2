"""Tòa soạn trả lời: moderators and editors answer an approved comment; the answer
shows under it, with its time, only while the comment itself is shown, and every
reply is recorded like a decision."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from comments import moderation
from comments.models import Comment, ModerationRecord, Reply
from tests.factories import make_comment, make_editor, make_journalist, make_moderator

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


@pytest.fixture
def comment(article):
    comment = make_comment(article, title="Đèn đường hỏng", body="Đèn ngõ 12 tắt cả tuần.")
    moderation.approve([comment], by=make_moderator("thuha"))
    return comment


def reply_url(comment):
    return reverse("admin:comments_comment_reply", args=[comment.pk])


def page(client, article):
    return client.get(article.get_absolute_url()).content.decode()


def test_the_reply_shows_under_its_comment_with_its_local_time(client, article, comment):
    page(client, article)  # cached before the reply
    moderation.reply(
        comment,
        by=make_moderator(),
        body="Phường đã báo điện lực.\nSẽ sửa trong tuần.",
        now=datetime.datetime(2024, 5, 14, 14, 11, tzinfo=UTC),
    )
    html = page(client, article)
    reply_at = html.index("Tòa soạn trả lời")
    assert html.index("Đèn ngõ 12 tắt cả tuần.") < reply_at
    assert html.index("(21:11 14/05/2024)", reply_at) > reply_at
    assert "Phường đã báo điện lực.<br>Sẽ sửa trong tuần." in html


def test_the_reply_is_escaped(client, article, comment):
    moderation.reply(comment, by=make_moderator(), body="<script>alert(1)</script>")
    html = page(client, article)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("decision", [moderation.reject, moderation.mark_spam])
def test_the_reply_leaves_and_returns_with_its_comment(client, article, comment, decision):
    moderator = make_moderator()
    moderation.reply(comment, by=moderator, body="Cảm ơn bạn đã báo.")
    assert "Cảm ơn bạn đã báo." in page(client, article)
    decision([comment], by=moderator)
    html = page(client, article)
    assert "Đèn ngõ 12" not in html and "Cảm ơn bạn đã báo." not in html
    assert "Tòa soạn trả lời" not in html
    moderation.approve([comment], by=moderator)
    html = page(client, article)
    assert "Đèn ngõ 12" in html and "Cảm ơn bạn đã báo." in html


def test_every_reply_change_and_withdrawal_is_recorded(client, article, comment):
    editor = make_editor("bientap")
    moderation.reply(comment, by=editor, body="Trả lời đầu.")
    moderation.reply(comment, by=editor, body="Trả lời đã sửa.")
    assert moderation.reply(comment, by=editor, body="Trả lời đã sửa.") is None  # nothing changed
    assert "Trả lời đã sửa." in page(client, article)
    moderation.reply(comment, by=editor, body="  ")
    assert not Reply.objects.exists()
    assert "Tòa soạn trả lời" not in page(client, article)
    records = list(ModerationRecord.objects.filter(changes__has_key="reply").order_by("pk"))
    assert [r.changes["reply"] for r in records] == [
        ["", "Trả lời đầu."],
        ["Trả lời đầu.", "Trả lời đã sửa."],
        ["Trả lời đã sửa.", ""],
    ]
    assert {r.actor for r in records} == {editor}


def test_only_an_approved_comment_gets_a_reply(article):
    waiting = make_comment(article)
    with pytest.raises(moderation.NotReplyable):
        moderation.reply(waiting, by=make_moderator(), body="Chưa được trả lời.")
    assert not Reply.objects.exists()
    assert not ModerationRecord.objects.exists()


def test_a_journalist_or_a_former_moderator_cannot_reply(comment):
    for outsider in (make_journalist("phongvien"), None, make_moderator("nghiviec", is_active=False)):
        with pytest.raises(PermissionDenied):
            moderation.reply(comment, by=outsider, body="Không được phép.")
    assert not Reply.objects.exists()


def test_moderators_and_editors_reply_from_the_admin(client, article, comment):
    for user, text in (
        (make_moderator("kiemduyet"), "Từ kiểm duyệt."),
        (make_editor("bientap"), "Từ biên tập."),
    ):
        client.force_login(user)
        form = client.get(reply_url(comment))
        assert form.status_code == 200
        assert "Đèn ngõ 12 tắt cả tuần." in form.content.decode()
        response = client.post(reply_url(comment), {"body": text}, follow=True)
        assert response.redirect_chain[0][0] == reverse("admin:comments_comment_change", args=[comment.pk])
        assert "Đã lưu câu trả lời của tòa soạn." in response.content.decode()
        assert Reply.objects.get(comment=comment).body == text
    client.logout()
    assert "Từ biên tập." in page(client, article)


def test_the_comment_page_and_the_queue_lead_to_the_reply(client, comment):
    client.force_login(make_editor("bientap"))
    change = client.get(reverse("admin:comments_comment_change", args=[comment.pk])).content.decode()
    assert f'href="{reply_url(comment)}"' in change
    queue = client.get(reverse("admin:comments_comment_changelist"), {"trang_thai": "approved"})
    assert f'href="{reply_url(comment)}"' in queue.content.decode()


def test_a_journalist_cannot_reach_or_forge_a_reply(client, comment):
    client.force_login(make_journalist("phongvien"))
    assert client.get(reply_url(comment)).status_code == 403
    assert client.post(reply_url(comment), {"body": "Giả mạo."}).status_code == 403
    assert not Reply.objects.exists()


def test_a_reply_post_without_the_csrf_token_is_refused(comment):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_moderator("kiemduyet"))
    assert client.post(reply_url(comment), {"body": "Từ trang khác."}).status_code == 403
    assert not Reply.objects.exists()


def test_a_reply_to_a_comment_no_longer_approved_is_refused_in_vietnamese(client, comment):
    moderator = make_moderator("kiemduyet")
    moderation.reject([comment], by=moderator)
    client.force_login(moderator)
    response = client.post(reply_url(comment), {"body": "Muộn rồi."})
    assert response.status_code == 200
    assert "Chỉ trả lời được bình luận đã duyệt." in response.content.decode()
    assert not Reply.objects.exists()


def test_a_deleted_comment_takes_its_reply_along(client, article, comment):
    moderation.reply(comment, by=make_moderator(), body="Sẽ xử lý.")
    moderation.delete_comments(Comment.objects.filter(pk=comment.pk))
    assert not Reply.objects.exists()
    assert "Sẽ xử lý." not in page(client, article)
