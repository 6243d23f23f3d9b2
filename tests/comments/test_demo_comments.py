"""seed_demo shows the comment features: newsroom replies and a discussion long
enough to page through. Every demo comment sits on the article its data names
and speaks of that article's topic."""

import re

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags

from articles.conf import COMMENT_PAGE_PARAM
from articles.management.commands._demo_articles import ARTICLES
from articles.models import Article
from comments.conf import COMMENTS_PER_PAGE
from comments.management.commands._demo_comments import THREADS, WARD_THREADS
from comments.models import Comment, Reply
from newsroom.vietnamese import vietnamese_slugify

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


def test_every_demo_comment_names_a_demo_article_readers_can_see():
    public = {vietnamese_slugify(text["title"]) for text in ARTICLES if "status" not in text}
    assert [thread["slug"] for thread in THREADS if thread["slug"] not in public] == []
    names = [(thread["slug"], c["name"], c["title"]) for thread in THREADS for c in thread["comment"]]
    assert len(names) == len(set(names)), "a comment is known by its article, name and title"


def test_every_demo_comment_is_on_its_articles_topic(settings, tmp_path):
    """Each comment's `about` words are in what the reader sees of the comment and
    of the article it was seeded on: move a comment to another story, or write
    it about something else, and this fails."""
    settings.MEDIA_ROOT = tmp_path
    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))
    written = {
        (c["name"], c["title"]): (thread["slug"], c.get("about"))
        for thread in [*THREADS, *WARD_THREADS]
        for c in thread["comment"]
    }
    comments = list(Comment.objects.select_related("article"))
    assert len(comments) == len(written)
    for comment in comments:
        slug, about = written[(comment.name, comment.title)]
        assert comment.article.slug == slug, comment.title
        if about is None:  # advertising, for the moderation queue to catch
            assert comment.status in (Comment.Status.SPAM, Comment.Status.PENDING), comment.title
            continue
        article = comment.article
        alts = re.findall(r'alt="([^"]*)"', article.body)
        page = " ".join([article.title, article.lead, strip_tags(article.body), *alts])
        assert about.lower() in f"{comment.title} {comment.body}".lower(), comment.title
        assert about.lower() in page.lower(), (comment.title, article.title)
