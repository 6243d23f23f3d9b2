"""Every write path that changes what readers see shows on the next request of
another process: the one freshness rule (articles.freshness.content_changed).

A gunicorn with two workers, each with its own cache (or Redis, when REDIS_URL
is set), has the article page cached; the change is made here, in the test's
process, through the path a person uses; every worker then serves the change.
"""

import urllib.error
import urllib.request

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from articles import workflow
from articles.models import Article
from comments import moderation
from comments.models import Comment
from tests.factories import make_article, make_comment, make_user

pytestmark = pytest.mark.django_db(transaction=True)

REQUESTS = 8  # enough to reach both workers


@pytest.fixture
def server(gunicorn):
    return gunicorn(workers=2)


def pages(server, url):
    """The page's text from every worker (several requests), or its status when not 200."""
    found = set()
    for _ in range(REQUESTS):
        try:
            with urllib.request.urlopen(server.url + url, timeout=10) as response:
                found.add(response.read().decode())
        except urllib.error.HTTPError as error:
            found.add(error.code)
    return found


def shows(server, url, text):
    """Whether every worker's page has `text` (True), none has it (False), or they differ."""
    seen = {isinstance(page, str) and text in page for page in pages(server, url)}
    return seen.pop() if len(seen) == 1 else seen


def superuser_client():
    client = Client()
    client.force_login(make_user("quantri", is_superuser=True))
    return client


@pytest.fixture
def approved(db):
    article = make_article(title="Sửa đường Lạc Hồng")
    comment = make_comment(
        article,
        name="Nguyễn Văn Hùng",
        phone="+84912345678",
        title="Mong sớm xong",
    )
    moderation.approve([comment], by=make_user("kiemduyet", is_superuser=True))
    return comment


def test_moderation_decisions_show_in_every_worker(server, approved):
    url = approved.article.get_absolute_url()
    waiting = make_comment(approved.article, title="Ý kiến đang chờ")
    assert shows(server, url, "Ý kiến đang chờ") is False
    moderation.approve([waiting], by=make_user("kd", is_superuser=True))
    assert shows(server, url, "Ý kiến đang chờ") is True
    assert shows(server, url, "2 bình luận") is True
    moderation.reject([waiting], by=make_user("kd2", is_superuser=True))
    assert shows(server, url, "Ý kiến đang chờ") is False


def test_moderator_edit_shows_in_every_worker(server, approved):
    url = approved.article.get_absolute_url()
    assert shows(server, url, "Mong sớm xong") is True
    moderation.edit_comment(
        approved,
        by=make_user("kd", is_superuser=True),
        title="Mong sớm hoàn thành",
        body=approved.body,
    )
    assert shows(server, url, "Mong sớm hoàn thành") is True


def test_newsroom_reply_from_the_admin_shows_in_every_worker(server, approved):
    url = approved.article.get_absolute_url()
    assert shows(server, url, "Tòa soạn trả lời") is False
    reply_url = reverse("admin:comments_comment_reply", args=[approved.pk])
    assert superuser_client().post(reply_url, {"body": "Phường đã nhận ý kiến."}).status_code == 302
    assert shows(server, url, "Phường đã nhận ý kiến.") is True
    moderation.reply(approved, by=make_user("kd", is_superuser=True), body="")
    assert shows(server, url, "Phường đã nhận ý kiến.") is False


def test_purge_by_phone_removes_the_name_from_every_worker(server, approved):
    url = approved.article.get_absolute_url()
    assert shows(server, url, "Nguyễn Văn Hùng") is True
    call_command("purge_commenter_data", "--phone", "0912 345 678")
    assert shows(server, url, "Nguyễn Văn Hùng") is False


def test_superuser_deleting_one_approved_comment_shows_in_every_worker(server, approved):
    url = approved.article.get_absolute_url()
    assert shows(server, url, "Mong sớm xong") is True
    response = superuser_client().post(
        reverse("admin:comments_comment_delete", args=[approved.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert shows(server, url, "Mong sớm xong") is False
    assert shows(server, url, "1 bình luận") is False
    assert Article.objects.get(pk=approved.article_id).comment_count == 0


def test_superuser_deleting_comments_in_bulk_shows_in_every_worker(server, approved):
    url = approved.article.get_absolute_url()
    assert shows(server, url, "Mong sớm xong") is True
    response = superuser_client().post(
        reverse("admin:comments_comment_changelist") + "?trang_thai=tat-ca",
        {"action": "delete_selected", "_selected_action": [approved.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Comment.objects.filter(pk=approved.pk).exists()
    assert shows(server, url, "Mong sớm xong") is False
    assert Article.objects.get(pk=approved.article_id).comment_count == 0


def test_article_edit_and_delete_show_in_every_worker(server, approved):
    article = approved.article
    neighbour = make_article(title="Tin bên cạnh", section=article.section)
    assert shows(server, article.get_absolute_url(), "Sửa đường Lạc Hồng") is True
    assert shows(server, "/", "Sửa đường Lạc Hồng") is True
    article.title = "Sửa xong đường Lạc Hồng"
    article.save()
    assert shows(server, article.get_absolute_url(), "Sửa xong đường Lạc Hồng") is True
    workflow.delete_articles(Article.objects.filter(pk=article.pk))
    assert pages(server, article.get_absolute_url()) == {404}
    assert shows(server, "/", "Sửa xong đường Lạc Hồng") is False
    assert shows(server, neighbour.get_absolute_url(), "Tin bên cạnh") is True


def test_tag_rename_and_delete_in_the_admin_show_in_every_worker(server):
    from articles.models import Tag

    article = make_article(title="Lát lại vỉa hè", tags=["Đô thị"])
    tag = Tag.objects.get()
    assert shows(server, article.get_absolute_url(), ">Đô thị</a>") is True
    assert shows(server, "/tu-khoa/do-thi/", "Lát lại vỉa hè") is True
    admin = superuser_client()
    change = admin.post(
        reverse("admin:articles_tag_change", args=[tag.pk]), {"name": "Đô thị mới", "slug": "do-thi"}
    )
    assert change.status_code == 302
    assert shows(server, article.get_absolute_url(), ">Đô thị mới</a>") is True
    delete = admin.post(reverse("admin:articles_tag_delete", args=[tag.pk]), {"post": "yes"})
    assert delete.status_code == 302
    assert shows(server, article.get_absolute_url(), "/tu-khoa/do-thi/") is False
    assert pages(server, "/tu-khoa/do-thi/") == {404}


def test_pin_and_unpin_show_in_every_worker(server):
    editor = make_user("bientap_pin", is_superuser=True)
    make_article(title="Tin thường")
    pinned = make_article(title="Tin được ghim lên đầu")
    assert shows(server, "/", 'id="tin-noi-bat"') is False
    other = make_article(title="Tin ghim thứ hai")
    workflow.pin(pinned, editor, home_position=1)
    workflow.pin(other, editor, home_position=2)
    assert shows(server, "/", 'id="tin-noi-bat"') is True
    workflow.unpin(other, editor)
    assert shows(server, "/", 'id="tin-noi-bat"') is False
