"""The moderation workflow checks the actor's rights itself, whoever calls it."""

import pytest
from django.core.exceptions import PermissionDenied

from comments import moderation
from comments.models import Comment, ModerationRecord
from tests.factories import make_comment, make_moderator, make_user

pytestmark = pytest.mark.django_db


def test_only_a_moderator_may_decide(article):
    comment = make_comment(article)
    for outsider in (make_user("phongvien"), None, make_moderator("nghiviec", is_active=False)):
        with pytest.raises(PermissionDenied):
            moderation.approve([comment], by=outsider)
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PENDING
    assert not ModerationRecord.objects.exists()
    assert moderation.approve([comment], by=make_moderator("thuha"))
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.APPROVED


def test_only_someone_allowed_to_change_comments_may_edit_one(article):
    comment = make_comment(article, title="Tiêu đề gốc")
    with pytest.raises(PermissionDenied):
        moderation.edit_comment(comment, by=make_user("phongvien"), title="Đã sửa", body=comment.body)
    assert Comment.objects.get(pk=comment.pk).title == "Tiêu đề gốc"
    moderation.edit_comment(comment, by=make_moderator("thuha"), title="Đã sửa", body=comment.body)
    assert Comment.objects.get(pk=comment.pk).title == "Đã sửa"
