"""Staff lists read at a glance: compact local dates, time first as on the site
("08:00 28/11/2026"), the queue's cards' contents."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_article, make_comment, make_user

pytestmark = pytest.mark.django_db

LOCAL = datetime.timezone(datetime.timedelta(hours=7))


def test_article_list_shows_compact_local_dates(client):
    when = datetime.datetime(2026, 11, 28, 1, 0, tzinfo=datetime.UTC)
    make_article(title="Bài có giờ đăng", published_at=when)
    client.force_login(make_user(is_superuser=True))
    html = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "08:00 28/11/2026" in html
    assert "tháng 11 năm 2026" not in html


def test_scheduled_article_shows_its_time_compactly(client):
    when = (timezone.now() + datetime.timedelta(days=2)).astimezone(LOCAL)
    make_article(title="Bài hẹn giờ", published_at=when)
    client.force_login(make_user(is_superuser=True))
    html = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert f"Hẹn giờ {when:%H:%M %d/%m/%Y}" in html


def test_queue_shows_received_time_compactly(client):
    received = datetime.datetime(2026, 11, 28, 1, 0, tzinfo=datetime.UTC)
    make_comment(received_at=received)
    client.force_login(make_user(is_superuser=True))
    html = client.get(reverse("admin:comments_comment_changelist")).content.decode()
    assert re.search(r">\s*08:00 28/11/2026\s*<", html)


def test_article_list_shows_fifty_stories_a_page_newest_first(client):
    now = timezone.now()
    for number in range(55):
        make_article(title=f"Bài số {number}", published_at=now - datetime.timedelta(hours=number))
    client.force_login(make_user(is_superuser=True))
    first = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert first.count('name="_selected_action"') == 50
    assert "Bài số 0<" in first and "Bài số 50<" not in first
    second = client.get(reverse("admin:articles_article_changelist") + "?p=2").content.decode()
    assert second.count('name="_selected_action"') == 5
    assert "Bài số 54<" in second
