"""Search is case- and accent-insensitive for Vietnamese, and ranks as promised."""

import datetime
import unicodedata

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def titles(query):
    return [article.title for article in Article.objects.published().search(query)]


@pytest.fixture
def articles():
    section = make_section("Tin tức")
    for title, hours in [
        ("Đảng bộ quận tổng kết năm", 5),
        ("Người dân đang chờ mưa", 1),
        ("Hòa giải ở cơ sở", 3),
        ("Khu phố hoà thuận", 4),
        ("Tin ngắn trong ngày", 2),
    ]:
        make_article(
            title=title,
            section=section,
            published_at=ago(hours),
            lead="Chiều 14/5, tin của quận.",
            body="<p>Nội dung.</p>",
        )


@pytest.mark.parametrize(
    "query, expected",
    [
        ("dang bo", ["Đảng bộ quận tổng kết năm"]),
        ("ĐẢNG BỘ", ["Đảng bộ quận tổng kết năm"]),
        ("Đảng", ["Đảng bộ quận tổng kết năm", "Người dân đang chờ mưa"]),
        ("đang", ["Người dân đang chờ mưa", "Đảng bộ quận tổng kết năm"]),
        ("dang", ["Người dân đang chờ mưa", "Đảng bộ quận tổng kết năm"]),
        # "hoà" and "hòa" are two spellings of one word: both exact, newest first.
        ("hoà", ["Hòa giải ở cơ sở", "Khu phố hoà thuận"]),
        ("hòa", ["Hòa giải ở cơ sở", "Khu phố hoà thuận"]),
        ("hoa", ["Hòa giải ở cơ sở", "Khu phố hoà thuận"]),
        (unicodedata.normalize("NFD", "Đảng bộ"), ["Đảng bộ quận tổng kết năm"]),
        ("bộ tổng", ["Đảng bộ quận tổng kết năm"]),
        ("bộ khác", []),
        ("mưa!!", ["Người dân đang chờ mưa"]),
    ],
)
def test_search_table(articles, query, expected):
    assert titles(query) == expected


def test_whole_words_only(articles):
    """ "bo" is the syllable bộ/bò/bổ, never the start of "bong"."""
    make_article(title="Bóng đá phong trào")
    assert titles("bo") == ["Đảng bộ quận tổng kết năm"]


def test_title_match_ranks_above_lead_and_body_then_newest_first():
    section = make_section()
    make_article(title="Tin sáng", lead="Hội nghị của Đảng bộ.", section=section, published_at=ago(1))
    make_article(title="Tin chiều", body="<p>Đảng bộ họp.</p>", section=section, published_at=ago(2))
    make_article(title="Đảng bộ họp", section=section, published_at=ago(30))
    make_article(title="Dang bo cu", section=section, published_at=ago(3))
    # Typed with accents: its exact spellings anywhere before a look-alike title.
    assert titles("Đảng bộ") == ["Đảng bộ họp", "Tin sáng", "Tin chiều", "Dang bo cu"]
    assert titles("dang bo") == ["Dang bo cu", "Đảng bộ họp", "Tin sáng", "Tin chiều"]


def test_body_words_are_found_without_their_tags():
    make_article(title="Tin", body="<p>Ủy ban</p><p>nhân dân</p><table><tr><td>phường</td></tr></table>")
    assert titles("ban nhan") == ["Tin"]
    assert titles("uy ban phuong") == ["Tin"]
    assert titles("bannhan") == []


def test_only_published_articles_are_found():
    make_article(title="Bản nháp về Đảng bộ", status=Article.Status.DRAFT)
    make_article(title="Bài hẹn giờ về Đảng bộ", published_at=ago(-5))
    make_article(title="Bài đã đăng về Đảng bộ")
    assert titles("dang bo") == ["Bài đã đăng về Đảng bộ"]


def test_an_edit_is_searchable_at_once():
    article = make_article(title="Tiêu đề cũ")
    article.title = "Lễ hội đường phố"
    article.save()
    assert titles("le hoi") == ["Lễ hội đường phố"]
    assert titles("tieu de cu") == []


def test_empty_or_punctuation_query_finds_nothing(articles):
    assert titles("") == []
    assert titles("  ?! ") == []
