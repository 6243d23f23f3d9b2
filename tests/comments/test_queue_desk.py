"""The moderators' desk: the approved list newest first (to find a comment just
approved and reply to it), the keys listed on screen, and a reader's data erased
from the admin by those with the right, recorded in each comment's history."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from comments import moderation
from comments.models import Comment, ModerationRecord
from tests.factories import make_comment, make_moderator

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:comments_comment_changelist")
Status = Comment.Status


def titles_in_order(html, titles):
    return sorted(titles, key=html.index)


def test_the_approved_list_can_be_read_newest_first(client, article):
    now = timezone.now()
    for hours, title in [(5, "Ý kiến sáng nay"), (1, "Ý kiến vừa duyệt"), (30, "Ý kiến hôm qua")]:
        make_comment(
            article, title=title, status=Status.APPROVED, received_at=now - datetime.timedelta(hours=hours)
        )
    client.force_login(make_moderator())
    titles = ["Ý kiến hôm qua", "Ý kiến sáng nay", "Ý kiến vừa duyệt"]
    oldest_first = client.get(QUEUE, {"trang_thai": "approved"}).content.decode()
    assert titles_in_order(oldest_first, titles) == titles
    newest_first = client.get(QUEUE, {"trang_thai": "approved", "thu_tu": "moi-nhat"}).content.decode()
    assert titles_in_order(newest_first, titles) == titles[::-1]
    assert "Mới nhất trước" in newest_first and "Cũ nhất trước" in newest_first


def test_the_queue_lists_its_keyboard_shortcuts(client, article):
    make_comment(article)
    client.force_login(make_moderator())
    html = client.get(QUEUE).content.decode()
    assert 'aria-controls="phim-tat"' in html and 'aria-expanded="false"' in html
    for key, does in [
        ("j", "bình luận tiếp theo"),
        ("a", "duyệt bình luận đang chọn"),
        ("s", "đánh dấu rác"),
    ]:
        assert f"<dt><kbd>{key}</kbd></dt><dd>{does}</dd>" in html


def with_erase_right(user):
    user.user_permissions.add(Permission.objects.get(codename="erase_commenter_data"))
    return type(user).objects.get(pk=user.pk)


def test_erasing_a_readers_data_from_the_admin_reaches_all_their_comments_and_is_recorded(client, article):
    asked = make_comment(article, name="Nguyễn Văn Hùng", phone="+84912345678", user_agent="UA")
    same_phone = make_comment(
        article, name="Hùng", phone="+84912345678", user_agent="UA", status=Status.APPROVED
    )
    other = make_comment(article, name="Lê Minh Tuấn", phone="+84987654321")
    moderator = with_erase_right(make_moderator())
    client.force_login(moderator)
    response = client.post(
        QUEUE + "?trang_thai=tat-ca",
        {"action": "erase_commenters", "_selected_action": [asked.pk], "index": 0},
    )
    assert response.status_code == 302
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert said and said[0].startswith("Đã xóa tên, số điện thoại, IP và trình duyệt trong 2 bình luận")
    for comment in (asked, same_phone):
        comment.refresh_from_db()
        assert (comment.name, comment.phone, comment.ip_address, comment.user_agent) == (
            "Bạn đọc",
            "",
            None,
            "",
        )
        record = ModerationRecord.objects.get(comment=comment)
        assert record.actor == moderator and record.from_status == record.to_status == comment.status
        assert "xóa dữ liệu cá nhân" in record.reason
        assert "Nguyễn Văn Hùng" not in str(record.changes) and "0912" not in record.reason
    other.refresh_from_db()
    assert other.name == "Lê Minh Tuấn" and other.phone == "+84987654321"
    page = client.get(reverse("admin:comments_comment_change", args=[asked.pk])).content.decode()
    assert "Đã xóa dữ liệu cá nhân của người gửi theo yêu cầu." in page


def test_without_the_right_the_action_is_not_offered_nor_obeyed(client, article):
    comment = make_comment(article, name="Nguyễn Văn Hùng", phone="+84912345678")
    client.force_login(make_moderator())
    assert "erase_commenters" not in client.get(QUEUE).content.decode()
    client.post(QUEUE, {"action": "erase_commenters", "_selected_action": [comment.pk], "index": 0})
    comment.refresh_from_db()
    assert comment.name == "Nguyễn Văn Hùng"
    with pytest.raises(moderation.PermissionDenied):
        moderation.erase_commenters([comment], by=make_moderator())
    assert not ModerationRecord.objects.exists()
