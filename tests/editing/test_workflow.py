"""The publishing workflow's steps, called directly as the admin calls them."""

import datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from articles import workflow
from articles.models import Article
from tests.factories import make_article, make_editor, make_journalist

pytestmark = pytest.mark.django_db
Status = Article.Status


def test_roles_have_exactly_their_rights():
    journalist, editor = make_journalist(), make_editor()
    # (Other apps give the same groups rights of their own: documents, questions.)
    assert sorted(perm for perm in journalist.get_group_permissions() if perm.startswith("articles.")) == [
        "articles.add_article",
        "articles.add_tag",
        "articles.change_article",
        "articles.view_article",
        "articles.view_section",
        "articles.view_tag",
    ]
    assert {
        "articles.publish_article",
        "articles.edit_others_article",
        "articles.change_tag",
        "articles.delete_tag",
    } <= editor.get_group_permissions()
    assert "articles.delete_article" not in editor.get_group_permissions()


def test_journalist_submits_own_draft_and_it_keeps_a_revision():
    journalist = make_journalist()
    article = make_article(author=journalist, status=Status.DRAFT)
    revision = workflow.submit_for_review(article, journalist)
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    assert (revision.created_by, revision.status, revision.title) == (
        journalist,
        Status.REVIEW,
        article.title,
    )


def test_journalist_cannot_submit_someone_elses_draft():
    article = make_article(author=make_journalist(), status=Status.DRAFT)
    with pytest.raises(PermissionDenied):
        workflow.submit_for_review(article, make_journalist())
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert not article.revisions.exists()


def test_only_drafts_are_submitted():
    editor = make_editor()
    article = make_article(status=Status.PUBLISHED)
    with pytest.raises(PermissionDenied):
        workflow.submit_for_review(article, editor)
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED


@pytest.mark.parametrize("step", [workflow.publish, workflow.unpublish])
def test_journalist_can_neither_publish_nor_unpublish_even_own_article(step):
    journalist = make_journalist()
    article = make_article(author=journalist, status=Status.REVIEW)
    with pytest.raises(PermissionDenied):
        step(article, journalist)
    article.refresh_from_db()
    assert article.status == Status.REVIEW


def test_editor_publishes_now_and_readers_see_it():
    article = make_article(status=Status.REVIEW)
    workflow.publish(article, make_editor())
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_scheduled_article_goes_live_on_the_minute_without_cron(client):
    start = timezone.now().replace(second=0, microsecond=0)
    article = make_article(status=Status.REVIEW)
    with time_machine.travel(start, tick=False):
        workflow.publish(article, make_editor(), at=start + datetime.timedelta(minutes=30))
        assert client.get(article.get_absolute_url()).status_code == 404
    with time_machine.travel(start + datetime.timedelta(minutes=29, seconds=59), tick=False):
        assert client.get(article.get_absolute_url()).status_code == 404
    with time_machine.travel(start + datetime.timedelta(minutes=30), tick=False):
        assert client.get(article.get_absolute_url()).status_code == 200


def test_unpublish_takes_the_article_off_the_site(client):
    article = make_article()
    workflow.unpublish(article, make_editor())
    article.refresh_from_db()
    assert (article.status, article.published_at) == (Status.DRAFT, None)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_journalist_edits_own_draft_and_review_only():
    journalist = make_journalist()
    assert workflow.can_edit(journalist, make_article(author=journalist, status=Status.DRAFT))
    assert workflow.can_edit(journalist, make_article(author=journalist, status=Status.REVIEW))
    assert not workflow.can_edit(journalist, make_article(author=journalist, status=Status.PUBLISHED))
    assert not workflow.can_edit(journalist, make_article(status=Status.DRAFT))


def test_inactive_editor_can_do_nothing():
    editor = make_editor(is_active=False)
    assert not workflow.can_publish(editor)
    assert not workflow.can_edit(editor, make_article(status=Status.DRAFT))


def test_restore_puts_old_text_back_as_a_new_revision():
    editor = make_editor()
    article = make_article(title="Tiêu đề đầu", body="<p>Bản một</p>")
    first = workflow.save_revision(article, editor)
    article.title, article.body = "Tiêu đề sau", "<p>Bản hai</p>"
    article.save()
    workflow.save_revision(article, editor)
    workflow.restore_revision(first, editor)
    article.refresh_from_db()
    assert (article.title, article.body) == ("Tiêu đề đầu", "<p>Bản một</p>")
    assert article.revisions.count() == 3
