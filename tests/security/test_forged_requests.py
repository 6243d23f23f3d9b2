"""Requests a form never sends: no CSRF token, another site's origin, a foreign
Host, and admin POSTs by a role that may not make them. Each is refused in
Vietnamese and changes nothing."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from articles import workflow
from articles.models import Article
from tests.factories import (
    comment_data,
    make_article,
    make_comment,
    make_editor,
    make_journalist,
    make_moderator,
    make_user,
)
from tests.security.snapshot import snapshot

pytestmark = pytest.mark.django_db
CSRF_MESSAGE = "Phiên làm việc đã hết hạn"


def test_comment_without_csrf_token_is_refused(article, post_url):
    client = Client(enforce_csrf_checks=True)
    data = comment_data()
    before = snapshot()
    response = client.post(post_url, data)
    assert response.status_code == 403
    assert CSRF_MESSAGE in response.content.decode()
    assert snapshot() == before, "nothing stored and the captcha not spent"


def test_comment_from_another_sites_origin_is_refused(article, post_url):
    client = Client(enforce_csrf_checks=True)
    # The form's script gets its token with the captcha.
    token = client.get("/binh-luan/ma-xac-nhan/").json()["csrf_token"]
    data = comment_data(csrfmiddlewaretoken=token)
    before = snapshot()
    response = client.post(post_url, data, HTTP_ORIGIN="https://tin-gia.example.com")
    assert response.status_code == 403
    assert CSRF_MESSAGE in response.content.decode()
    assert snapshot() == before
    # The same token from our own origin is fine: it was the origin that was refused.
    assert client.post(post_url, data, HTTP_ORIGIN="http://testserver").status_code == 302


def test_admin_login_without_csrf_token_is_refused():
    make_user("bientap")
    response = Client(enforce_csrf_checks=True).post(
        "/quan-tri/login/", {"username": "bientap", "password": "test-pass-123"}
    )
    assert response.status_code == 403
    assert CSRF_MESSAGE in response.content.decode()
    assert not Session.objects.exists()


def test_comment_to_a_foreign_host_is_refused(client, post_url):
    data = comment_data()
    before = snapshot()
    response = client.post(post_url, data, HTTP_HOST="tin-gia.example.com")
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
    assert snapshot() == before


# Forged admin requests --------------------------------------------------------


@pytest.fixture
def newsroom():
    """A journalist's article waiting for review, a colleague's draft with a
    revision, a pending comment, and one user of every role."""
    journalist, colleague = make_journalist("phongvien"), make_journalist("dongnghiep")
    moderator = make_moderator("kiemduyet")
    waiting = make_article(author=journalist, status=Article.Status.REVIEW, published_at=None)
    draft = make_article(author=colleague, status=Article.Status.DRAFT, title="Bản nháp của đồng nghiệp")
    revision = workflow.save_revision(draft, colleague)
    draft.title = "Bản nháp đã sửa"
    draft.save()
    comment = make_comment(make_article())
    users = {
        "journalist": journalist,
        "moderator": moderator,
        "editor": make_editor("bientap"),
        "reader": make_user("docgia", is_staff=False),
        "anonymous": None,
    }
    return {"users": users, "waiting": waiting, "draft": draft, "revision": revision, "comment": comment}


def changelist_action(model, name, obj):
    return f"/quan-tri/{model}/", {"action": name, "_selected_action": [obj.pk], "index": 0}


FORGED = {
    "journalist-publishes-by-action": (
        "journalist",
        lambda w: changelist_action("articles/article", "publish_now", w["waiting"]),
        302,
    ),
    "journalist-restores-a-colleagues-revision": (
        "journalist",
        lambda w: (reverse("admin:articles_article_restore", args=[w["draft"].pk, w["revision"].pk]), {}),
        403,
    ),
    "journalist-edits-a-colleagues-draft": (
        "journalist",
        lambda w: (reverse("admin:articles_article_change", args=[w["draft"].pk]), {"title": "Bị sửa trộm"}),
        403,
    ),
    "moderator-edits-an-article": (
        "moderator",
        lambda w: (
            reverse("admin:articles_article_change", args=[w["waiting"].pk]),
            {"title": "Bị sửa trộm"},
        ),
        403,
    ),
    "editor-approves-a-comment": (
        "editor",
        lambda w: (reverse("admin:comments_comment_decide", args=[w["comment"].pk, "approved"]), {}),
        403,
    ),
    "journalist-approves-comments-by-action": (
        "journalist",
        lambda w: changelist_action("comments/comment", "approve_comments", w["comment"]),
        403,
    ),
    "reader-publishes-by-action": (
        "reader",
        lambda w: changelist_action("articles/article", "publish_now", w["waiting"]),
        302,
    ),
    "anonymous-marks-spam": (
        "anonymous",
        lambda w: (reverse("admin:comments_comment_decide", args=[w["comment"].pk, "spam"]), {}),
        302,
    ),
}


@pytest.mark.parametrize("who, request_for, status", FORGED.values(), ids=FORGED.keys())
def test_forged_admin_post_by_the_wrong_role_changes_nothing(client, newsroom, who, request_for, status):
    user = newsroom["users"][who]
    if user:
        client.force_login(user)
    url, data = request_for(newsroom)
    before = snapshot()
    response = client.post(url, data)
    assert response.status_code == status
    if status == 403:
        assert "Không có quyền truy cập" in response.content.decode()
    elif user is None or not user.is_staff:
        assert "/quan-tri/login/" in response["Location"]
    assert snapshot() == before
