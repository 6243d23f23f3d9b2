"""A query typed with accents means those spellings: "Đảng bộ" finds and marks
"Đảng bộ" first; the look-alikes found by folding the accents away ("đăng ký
bổ sung", "bờ sông") come after and are not marked as hits. A query typed
without accents still finds and marks every spelling."""

import datetime
import re

import pytest
from django.utils import timezone

from articles.search import highlight
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


@pytest.fixture
def articles():
    # The look-alikes are newer: only the spelling can put the exact ones first.
    make_article(title="Đăng ký bổ sung hồ sơ", lead="Hạn đăng ký bổ sung.", published_at=ago(1))
    make_article(title="Dạng bờ sông mới", lead="Đắp bờ đang làm.", published_at=ago(2))
    make_article(title="Tin phường", lead="Hội nghị Đảng bộ quận khai mạc.", published_at=ago(5))
    make_article(title="Đảng bộ quận họp", lead="Nội dung.", published_at=ago(6))


def titles(html):
    return re.findall(r'class="search-result__title"[^>]*>\s*<a[^>]*>(.*?)</a>', html, re.S)


def test_exact_spellings_come_first_and_alone_are_marked(client, articles):
    html = client.get("/tim-kiem/", {"q": "Đảng bộ"}).content.decode()
    assert "<mark>Đảng</mark> <mark>bộ</mark> quận họp" in html
    assert "Hội nghị <mark>Đảng</mark> <mark>bộ</mark> quận" in html
    marked = set(re.findall(r"<mark>(.*?)</mark>", html))
    assert marked <= {"Đảng", "bộ"}, marked
    found = [re.sub(r"<[^>]+>", "", title).strip() for title in titles(html)]
    assert found[:2] == ["Đảng bộ quận họp", "Tin phường"], found
    assert set(found[2:]) == {"Đăng ký bổ sung hồ sơ", "Dạng bờ sông mới"}


def test_a_query_without_accents_marks_every_spelling():
    assert str(highlight("Đảng bộ và đăng bờ", "dang bo")) == (
        "<mark>Đảng</mark> <mark>bộ</mark> và <mark>đăng</mark> <mark>bờ</mark>"
    )
    assert str(highlight("Đảng bộ và đăng bờ", "đảng bộ")) == "<mark>Đảng</mark> <mark>bộ</mark> và đăng bờ"
    assert str(highlight("Hoà bình", "hòa")) == "<mark>Hoà</mark> bình"  # either accent placement


def test_the_migration_rebuilds_stored_words_for_accented_queries():
    """Articles stored before accented words were kept get them from migration 0019."""
    from importlib import import_module

    from django.apps import apps

    from articles.models import Article

    article = make_article(title="Tin phường", lead="Hội nghị Đảng bộ quận.")
    Article.objects.filter(pk=article.pk).update(search_text=" tin phuong hoi nghi dang bo quan ")
    assert not Article.objects.search("Đảng bộ").filter(search_rank=2).exists()
    import_module("articles.migrations.0019_search_text_accented_words").rebuild_search_text(apps, None)
    assert Article.objects.search("Đảng bộ").filter(search_rank=2).exists()
