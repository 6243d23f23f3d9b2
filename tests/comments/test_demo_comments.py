"""seed_demo shows the comment features: newsroom replies and a discussion long
enough to page through."""

import pytest
from django.core.management import call_command

from articles.conf import COMMENT_PAGE_PARAM
from articles.models import Article
from comments.conf import COMMENTS_PER_PAGE
from comments.models import Comment, Reply

pytestmark = pytest.mark.django_db


def test_the_demo_has_newsroom_replies_and_a_paged_discussion(client):
    call_command("seed_demo", verbosity=0)
    replies = list(Reply.objects.select_related("comment"))
    assert len(replies) >= 3
    assert all(reply.comment.status == Comment.Status.APPROVED for reply in replies)
    paged = max(Article.objects.published(), key=lambda article: article.comment_count)
    assert paged.comment_count > 2 * COMMENTS_PER_PAGE
    html = client.get(paged.get_absolute_url()).content.decode()
    assert f"?{COMMENT_PAGE_PARAM}=2#binh-luan" in html
    answered = replies[0].comment.article
    assert "Tòa soạn trả lời" in client.get(answered.get_absolute_url()).content.decode()
    call_command("seed_demo", verbosity=0)  # again: nothing doubles
    assert Reply.objects.count() == len(replies)
    assert Article.objects.get(pk=paged.pk).comment_count == paged.comment_count
