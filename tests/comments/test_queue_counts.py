"""The queue's count per status follows every new comment and every decision."""

import pytest
from django.core.cache import cache

from comments import counts, moderation
from comments.models import Comment
from tests.factories import make_article, make_comment, make_moderator

pytestmark = pytest.mark.django_db


def test_counts_follow_new_comments_and_decisions():
    cache.clear()
    article = make_article()
    first = make_comment(article)
    assert counts.status_counts(Comment.objects.all()) == {"pending": 1}
    make_comment(article)
    assert counts.status_counts(Comment.objects.all()) == {"pending": 2}
    moderation.approve([first], by=make_moderator("kiemduyet"))
    assert counts.status_counts(Comment.objects.all()) == {"pending": 1, "approved": 1}


def test_counts_are_read_once_while_nothing_changes(django_assert_max_num_queries):
    cache.clear()
    make_comment(make_article(), status=Comment.Status.SPAM)
    counts.status_counts(Comment.objects.all())
    with django_assert_max_num_queries(2):  # the two newest ids, not a count
        assert counts.status_counts(Comment.objects.all()) == {"spam": 1}
