""" "Các bài mới đăng" and "Các bài đã đăng" under an article: right articles,
right order, at most ten, only published."""

import datetime
import re

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def list_titles(html, list_id):
    """Titles, in page order, of the list whose heading has id `list_id`."""
    block = re.search(rf'id="{list_id}".*?</section>', html, re.S).group(0)
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', block)


@pytest.fixture
def timeline():
    """25 published articles an hour apart, oldest first, plus hidden ones between."""
    section = make_section()
    start = timezone.now() - datetime.timedelta(days=3)
    articles = [
        make_article(
            title=f"Tin thứ {i:02d}",
            section=section,
            published_at=start + datetime.timedelta(hours=i),
        )
        for i in range(25)
    ]
    make_article(title="Nháp ở giữa", section=section, status=Article.Status.DRAFT)
    make_article(
        title="Hẹn giờ tương lai",
        section=section,
        published_at=timezone.now() + datetime.timedelta(hours=2),
    )
    return articles


def test_newer_list_shows_the_ten_that_came_next_newest_first(client, timeline):
    html = client.get(timeline[5].get_absolute_url()).content.decode()
    assert list_titles(html, "bai-moi-dang") == [f"Tin thứ {i:02d}" for i in range(15, 5, -1)]


def test_older_list_shows_the_ten_before_newest_first(client, timeline):
    html = client.get(timeline[20].get_absolute_url()).content.decode()
    assert list_titles(html, "bai-da-dang") == [f"Tin thứ {i:02d}" for i in range(19, 9, -1)]


def test_lists_are_short_near_the_ends(client, timeline):
    newest = client.get(timeline[-1].get_absolute_url()).content.decode()
    assert list_titles(newest, "bai-moi-dang") == []
    assert "Chưa có bài nào." in newest
    oldest = client.get(timeline[2].get_absolute_url()).content.decode()
    assert list_titles(oldest, "bai-da-dang") == ["Tin thứ 01", "Tin thứ 00"]


def test_same_publish_time_is_ordered_by_id_without_loss(client):
    section = make_section()
    when = timezone.now() - datetime.timedelta(hours=3)
    a, b, c = (make_article(title=t, section=section, published_at=when) for t in "ABC")
    html = client.get(b.get_absolute_url()).content.decode()
    assert list_titles(html, "bai-moi-dang") == ["C"]
    assert list_titles(html, "bai-da-dang") == ["A"]


def test_hidden_articles_never_appear_in_the_lists(client, timeline):
    html = client.get(timeline[-1].get_absolute_url()).content.decode()
    assert "Nháp ở giữa" not in html
    assert "Hẹn giờ tương lai" not in html
