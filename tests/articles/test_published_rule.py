"""Article.objects.published() is the one visibility rule, and readers see only it."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_published_with_past_time_is_public(client):
    article = make_article()
    assert list(Article.objects.published()) == [article]
    assert client.get(article.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    "status,offset",
    [
        (Article.Status.DRAFT, -1),
        (Article.Status.REVIEW, -1),
        (Article.Status.PUBLISHED, +1),  # scheduled for later
    ],
)
def test_unpublished_or_scheduled_article_is_404_to_readers(client, status, offset):
    article = make_article(status=status, published_at=timezone.now() + datetime.timedelta(hours=offset))
    assert not Article.objects.published().exists()
    response = client.get(f"/bai-viet/{article.slug}-{article.pk}/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_published_without_time_is_not_public():
    make_article(status=Article.Status.PUBLISHED, published_at=None)
    assert not Article.objects.published().exists()


def test_scheduled_article_goes_live_when_its_time_comes(client):
    when = timezone.now() + datetime.timedelta(minutes=5)
    article = make_article(published_at=when)
    assert client.get(article.get_absolute_url()).status_code == 404
    assert Article.objects.published(now=when).get() == article


def test_lists_never_show_unpublished_articles(client):
    public = make_article(title="Bài công khai")
    make_article(title="Bài nháp bí mật", section=public.section, status=Article.Status.DRAFT)
    make_article(
        title="Bài hẹn giờ bí mật",
        section=public.section,
        published_at=timezone.now() + datetime.timedelta(days=1),
    )
    for url in ["/", public.section.get_absolute_url(), public.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "bí mật" not in html, url
    day = timezone.localdate().isoformat()
    assert "bí mật" not in client.get(f"/bai-da-dang/?ngay={day}").content.decode()
