"""The demo a newsroom is shown is believable: comments arrive after their article and
before now and are decided after they arrive; leads open with their article's day;
bodies have sub-headings as the portal's do, and captioned photos offered as renditions."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article
from comments.models import Comment

pytestmark = pytest.mark.django_db

LEAD_DAY = re.compile(r"^(?:Sáng|Trưa|Chiều|Tối|Đêm)(?: chủ nhật| thứ \w+)? (\d{1,2})/(\d{1,2})")


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))
    return timezone.now()


def test_demo_comments_are_never_from_the_future_nor_decided_before_arrival(demo):
    comments = list(Comment.objects.select_related("article"))
    assert len(comments) > 20
    for comment in comments:
        assert comment.article.published_at <= comment.received_at <= demo, comment.title
        if comment.decided_at:
            assert comment.received_at <= comment.decided_at <= demo, comment.title
        for record in comment.records.all():
            assert record.created_at >= comment.received_at


def test_demo_leads_open_with_their_articles_day(demo):
    dated = 0
    for article in Article.objects.exclude(published_at=None):
        match = LEAD_DAY.match(article.lead)
        if not match:
            continue
        dated += 1
        local = timezone.localtime(article.published_at).date()
        said = (int(match.group(1)), int(match.group(2)))
        allowed = {(d.day, d.month) for d in (local, local - datetime.timedelta(days=1))}
        assert said in allowed, (article.lead[:40], local)
    assert dated > 20


def test_demo_bodies_have_subheadings(demo):
    articles = list(Article.objects.all())
    assert articles
    assert all("<h2>" in article.body for article in articles)


def test_demo_bodies_have_captioned_photos_offered_as_renditions(demo, client):
    article = Article.objects.published().filter(body__contains="<figcaption>").first()
    assert article.body_photo_sizes and all(size == [1200, 800] for size in article.body_photo_sizes.values())
    html = client.get(article.get_absolute_url()).content.decode()
    body = html[html.index('<div class="article__body">') :]
    assert re.search(
        r"<figure [^>]*><picture>\s*<source type=\"image/webp\" srcset=\"[^\"]*-1200w\.webp 1200w\"", body
    )
    assert "<figcaption>" in body and "/media/uploads/demo/" not in body
