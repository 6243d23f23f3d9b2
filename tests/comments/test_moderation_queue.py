"""The moderation queue in the admin: what it shows, who may decide, and the record of it."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from comments import moderation
from comments.models import Comment, ModerationRecord
from tests.factories import make_comment, make_moderator, make_user

pytestmark = pytest.mark.django_db
QUEUE = "/quan-tri/comments/comment/"


@pytest.fixture
def moderator():
    return make_moderator("thuha", email="thuha@example.com")


@pytest.fixture
def journalist():
    user = make_user("minhanh")
    # A journalist who may read the queue, but not decide.
    user.user_permissions.add(Permission.objects.get(codename="view_comment"))
    return user


def test_moderators_group_has_exactly_the_queue_rights():
    group = Group.objects.get(name="Kiểm duyệt viên")
    rights = set(
        group.permissions.filter(content_type__app_label="comments").values_list("codename", flat=True)
    )
    assert rights == {
        "view_comment",
        "change_comment",
        "moderate_comment",
        "view_moderationrecord",
        "view_keyword",
        "add_keyword",
        "change_keyword",
        "delete_keyword",
        "reply_comment",
    }


def test_queue_opens_on_pending_oldest_first_with_counts(client, moderator, article):
    now = timezone.now()
    make_comment(article, title="Mới hơn", received_at=now - datetime.timedelta(hours=1))
    make_comment(article, title="Cũ nhất", received_at=now - datetime.timedelta(hours=5))
    make_comment(article, title="Đã duyệt rồi", status="approved")
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    assert html.index("Cũ nhất") < html.index("Mới hơn")
    assert "Đã duyệt rồi" not in html
    assert "Chờ duyệt (2)" in html and "Đã duyệt (1)" in html and "Rác (0)" in html
    assert "5 giờ" in html  # how long the oldest has waited


def test_queue_shows_masked_phone_ip_and_flags(client, moderator, article):
    make_comment(article, phone="+84912345678", ip_address="203.113.1.2", flags="links keyword")
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    assert "091****678" in html
    assert "+84912345678" not in html
    assert "203.113.1.2" in html
    assert "Nhiều liên kết" in html and "Có từ cần chú ý" in html


def test_full_phone_needs_its_own_permission(client, moderator, article):
    comment = make_comment(article, phone="+84912345678")
    moderator.user_permissions.add(Permission.objects.get(codename="view_full_phone"))
    client.force_login(moderator)
    assert "+84912345678" in client.get(QUEUE).content.decode()
    assert "+84912345678" in client.get(f"{QUEUE}{comment.pk}/change/").content.decode()


def test_change_page_hides_the_full_phone_without_permission(client, moderator, article):
    comment = make_comment(article, phone="+84912345678")
    client.force_login(moderator)
    html = client.get(f"{QUEUE}{comment.pk}/change/").content.decode()
    assert "091****678" in html and "+84912345678" not in html


def test_search_finds_a_phone_typed_the_usual_way(client, moderator, article):
    make_comment(article, title="Của số này", phone="+84912345678")
    make_comment(article, title="Người khác", phone="+84987654321")
    moderator.user_permissions.add(Permission.objects.get(codename="view_full_phone"))
    client.force_login(moderator)
    html = client.get(QUEUE, {"q": "0912 345 678"}).content.decode()
    assert "Của số này" in html and "Người khác" not in html


def test_filter_by_flag(client, moderator, article):
    make_comment(article, title="Có cờ", flags="keyword")
    make_comment(article, title="Không cờ")
    client.force_login(moderator)
    html = client.get(QUEUE, {"co": "keyword"}).content.decode()
    assert "Có cờ" in html and "Không cờ" not in html


@pytest.mark.parametrize(
    "action, status",
    [("approve_comments", "approved"), ("reject_comments", "rejected"), ("mark_spam", "spam")],
)
def test_bulk_actions_decide_and_record(client, moderator, article, action, status):
    comments = [make_comment(article), make_comment(article)]
    client.force_login(moderator)
    response = client.post(QUEUE, {"action": action, "_selected_action": [c.pk for c in comments]})
    assert response.status_code == 302
    for comment in comments:
        comment.refresh_from_db()
        assert comment.status == status
        record = comment.records.get()
        assert (record.actor, record.from_status, record.to_status) == (moderator, "pending", status)
    article.refresh_from_db()
    assert article.comment_count == (2 if status == "approved" else 0)


def test_row_button_approves_one_comment_and_returns_to_the_queue(client, moderator, article):
    comment = make_comment(article)
    client.force_login(moderator)
    url = reverse("admin:comments_comment_decide", args=[comment.pk, "approved"])
    response = client.post(url, HTTP_REFERER=f"http://testserver{QUEUE}?co=links")
    assert response["Location"] == f"http://testserver{QUEUE}?co=links"
    comment.refresh_from_db()
    assert comment.status == "approved"
    assert Article.objects.get(pk=article.pk).comment_count == 1


def test_rejecting_an_approved_comment_lowers_the_count(article, moderator):
    comment = make_comment(article)
    moderation.approve([comment], by=moderator)
    moderation.reject([comment], by=moderator, reason="Lộ thông tin cá nhân")
    article.refresh_from_db()
    assert article.comment_count == 0
    assert list(comment.records.values_list("to_status", "reason")) == [
        ("approved", ""),
        ("rejected", "Lộ thông tin cá nhân"),
    ]


def test_journalist_cannot_approve_even_by_a_forged_post(client, journalist, article):
    comment = make_comment(article)
    client.force_login(journalist)
    html = client.get(QUEUE).content.decode()
    assert "approve_comments" not in html and "comment-decision" not in html
    client.post(QUEUE, {"action": "approve_comments", "_selected_action": [comment.pk]})
    url = reverse("admin:comments_comment_decide", args=[comment.pk, "approved"])
    assert client.post(url).status_code == 403
    comment.refresh_from_db()
    assert comment.status == "pending"
    assert ModerationRecord.objects.count() == 0


def test_staff_without_comment_rights_cannot_open_the_queue(client, article):
    client.force_login(make_user("phongvien2"))
    assert client.get(QUEUE).status_code == 403


def test_moderator_corrects_a_comment_then_approves_it_and_both_are_recorded(client, moderator, article):
    comment = make_comment(article, title="Tieu de sai", body="Nội dung có số 0912345678")
    client.force_login(moderator)
    response = client.post(
        f"{QUEUE}{comment.pk}/change/",
        {
            "title": "Tiêu đề đúng",
            "body": "Nội dung có số [đã ẩn]",
            "reason": "Ẩn số điện thoại",
            "_decide": "approved",
            "records-TOTAL_FORMS": "0",
            "records-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.title, comment.status) == ("Tiêu đề đúng", "approved")
    edit, decision = comment.records.all()
    assert edit.changes == {
        "title": ["Tieu de sai", "Tiêu đề đúng"],
        "body": ["Nội dung có số 0912345678", "Nội dung có số [đã ẩn]"],
    }
    assert (edit.actor, edit.reason) == (moderator, "Ẩn số điện thoại")
    assert (decision.from_status, decision.to_status) == ("pending", "approved")
    html = client.get(f"{QUEUE}{comment.pk}/change/").content.decode()
    assert "Tieu de sai" in html and "Ẩn số điện thoại" in html


def test_deciding_twice_records_once(article, moderator):
    comment = make_comment(article)
    stale = Comment.objects.get(pk=comment.pk)
    assert moderation.approve([comment], by=moderator)
    assert moderation.reject([stale], by=moderator) == []  # another moderator decided first
    assert comment.records.count() == 1


def test_queue_page_has_the_keyboard_script(client, moderator, article):
    make_comment(article)
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    assert "js/comment-queue.js" in html
    assert 'data-key="a"' in html and 'data-key="r"' in html and 'data-key="s"' in html
