"""The word index behind search gives exactly the plain whole-word rule's
results, follows every kind of write, and never reads a query as syntax."""

import datetime

import pytest
from django.db import connection
from django.db.models import Case, Value, When
from django.utils import timezone

from articles.models import Article
from articles.search import SEARCH_COLUMNS, has_all_words, query_words
from tests.factories import make_article, make_section, make_user

pytestmark = pytest.mark.django_db


def titles(query):
    return [article.title for article in Article.objects.published().search(query)]


def titles_by_plain_rule(query):
    """The search as the `LIKE '% word %'` rule alone ranks it, no index used."""
    exact, folded = query_words(query)
    ranks = [When(has_all_words("search_title_exact", exact, "plain"), then=Value(3))]
    if exact != folded:  # typed with accents: its exact spellings anywhere come next
        ranks.append(When(has_all_words("search_text", exact, "plain"), then=Value(2)))
    ranks.append(When(has_all_words("search_title", folded, "plain"), then=Value(1)))
    results = (
        Article.objects.published()
        .filter(has_all_words("search_text", folded, "plain"))
        .annotate(rank=Case(*ranks, default=Value(0)))
        .order_by("-rank", "-published_at", "-pk")
    )
    return [article.title for article in results]


def test_the_database_uses_its_word_index():
    """SQLite and PostgreSQL answer from an index, so the plain rule below is a
    real comparison, not the same SQL twice."""
    assert connection.vendor in ("sqlite", "postgresql")
    sql = str(Article.objects.search("phường").query)
    assert "LIKE" not in sql.upper()


@pytest.mark.parametrize(
    "query",
    [
        "phuong",
        "phường",
        "dang bo",
        "Đảng bộ",
        "bo",
        "bong",
        "hoa",
        "hoà",
        "hòa",
        "uy ban nhan dan",
        "2024",
        "số_liệu",
        "so_lieu",
        "so",
        "lieu",
        "and",
        "OR",
        "NOT bo",
        "near",
        "search_text",
        "bo*",
        '"bo"',
        "bo OR bong",
        "tin",
        "tin ngắn",
        "không có",
        "du",
        "liệu",
        "dữ_liệu",
    ],
)
def test_index_gives_the_plain_rules_results_in_the_same_order(query):
    section = make_section()
    now = timezone.now()
    texts = [
        ("Đảng bộ phường tổng kết", "Chiều 14/5 năm 2024.", "<p>Ủy ban nhân dân phường.</p>"),
        ("Dang bo cu", "Tin cũ.", "<p>Không có gì.</p>"),
        ("Bóng đá phong trào", "Tin thể thao.", "<p>Đội bóng của phường.</p>"),
        ("Hòa giải ở cơ sở", "Khu phố hoà thuận.", "<p>Tin ngắn.</p>"),
        ("Bò sữa và NOT or AND", "near bo* search_text", '<p>"bo" OR bong</p>'),
        ("Bảng số_liệu 2024", "Tin số liệu.", "<p>Bộ số liệu.</p>"),
        ("Phuong an moi", "Tin.", "<p>Phương án.</p>"),
        ("Tệp dữ_liệu", "Tin.", "<p>Nội dung.</p>"),
    ]
    for hours, (title, lead, body) in enumerate(texts, start=1):
        make_article(
            title=title,
            lead=lead,
            body=body,
            section=section,
            published_at=now - datetime.timedelta(hours=hours),
        )
    assert titles(query) == titles_by_plain_rule(query)


def test_syntax_in_a_query_is_only_words():
    make_article(title="Tin về bộ ngành", lead="Chiều 14/5.")
    for query in ['bo"', "bo*", "bo ||", "(bo", "bo:", "(bo)", "^bo", "{bo}", "bo;"]:
        assert titles(query) == ["Tin về bộ ngành"], query
    assert titles("OR") == []


def test_bulk_created_articles_are_found():
    section, author = make_section(), make_user()
    batch = []
    for number in range(3):
        article = Article(
            title=f"Lễ hội đường phố kỳ {number}",
            lead="Chiều 14/5.",
            body="<p>Đường hoa.</p>",
            section=section,
            author=author,
            status=Article.Status.PUBLISHED,
            published_at=timezone.now() - datetime.timedelta(hours=number + 1),
        )
        article.fill_derived_fields()
        batch.append(article)
    Article.objects.bulk_create(batch)
    assert titles("le hoi") == ["Lễ hội đường phố kỳ 0", "Lễ hội đường phố kỳ 1", "Lễ hội đường phố kỳ 2"]
    assert titles("duong hoa") == titles("le hoi")


def test_updated_articles_are_found_by_their_new_words_only():
    article = make_article(title="Chợ Tết phường", lead="Chiều 14/5.")
    Article.objects.filter(pk=article.pk).update(**dict(zip(SEARCH_COLUMNS, ["", "", ""], strict=True)))
    assert titles("cho tet") == []
    article.title = "Hội chợ xuân"
    article.save()
    assert titles("hoi cho xuan") == ["Hội chợ xuân"]
    assert titles("tet") == []


def test_deleted_articles_are_not_found():
    keep = make_article(title="Phường mới", lead="Chiều 14/5.")
    make_article(title="Phường cũ", lead="Chiều 14/5.").delete()
    Article.objects.filter(title="Phường mới").exclude(pk=keep.pk).delete()
    assert titles("phuong") == ["Phường mới"]
