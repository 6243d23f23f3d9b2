""" "Tin liên quan": articles sharing tags first (most shared first), then the
same section's articles sharing title words."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def related_titles(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    if 'id="tin-lien-quan"' not in html:
        return []
    block = html.split('id="tin-lien-quan"')[1].split("</section>")[0]
    return [part.split("</a>")[0].split(">")[-1] for part in block.split("<li>")[1:]]


def ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def test_related_are_same_section_sharing_words_most_shared_first(client):
    section = make_section()
    article = make_article(title="Đảng bộ phường Đông Thành tổng kết năm", section=section)
    make_article(title="Phường Đông Thành tổng vệ sinh", section=section, published_at=ago(5))
    make_article(title="Đảng bộ Đông Thành đại hội", section=section, published_at=ago(9))
    make_article(title="Tổng kết mùa giải bóng đá", section=section, published_at=ago(2))
    make_article(title="Chợ đêm mở cửa", section=section, published_at=ago(3))
    make_article(title="Đảng bộ Đông Thành ở chuyên mục khác", published_at=ago(1))
    make_article(title="Bản nháp Đảng bộ Đông Thành", section=section, status=Article.Status.DRAFT)
    assert related_titles(client, article) == [
        "Đảng bộ Đông Thành đại hội",
        "Phường Đông Thành tổng vệ sinh",
        "Tổng kết mùa giải bóng đá",
    ]


def test_accents_are_ignored_and_at_most_five(client):
    section = make_section()
    article = make_article(title="Lễ hội hoa xuân", section=section)
    for i in range(7):
        make_article(
            title=f"Hoà nhạc mùa {'xuân' if i % 2 else 'thu'} {i}", section=section, published_at=ago(i + 2)
        )
    assert related_titles(client, article) == [
        "Hoà nhạc mùa xuân 1",
        "Hoà nhạc mùa xuân 3",
        "Hoà nhạc mùa xuân 5",
        "Hoà nhạc mùa thu 0",
        "Hoà nhạc mùa thu 2",
    ]


def test_common_words_alone_do_not_relate(client):
    section = make_section()
    article = make_article(title="Quận và phường của người dân", section=section)
    make_article(title="Phường và quận của chúng ta", section=section)
    assert related_titles(client, article) == []


def test_related_sits_between_the_article_and_the_newer_list(client):
    section = make_section()
    article = make_article(title="Lễ hội hoa xuân", section=section, byline="Minh Anh")
    make_article(title="Hoa xuân về phố", section=section)
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.index("Minh Anh") < html.index("Tin liên quan") < html.index("Các bài mới đăng")


def test_articles_sharing_tags_come_first_most_shared_first(client):
    section = make_section()
    article = make_article(title="Đông Thành cải tạo phố", section=section, tags=["Đô thị", "Đông Thành"])
    make_article(title="Đông Thành mở chợ đêm", section=section, published_at=ago(1))
    make_article(title="Quy hoạch ven sông", tags=["Đô thị"], published_at=ago(2))
    make_article(title="Lát lại vỉa hè", tags=["đô  THỊ", "Đông Thành"], published_at=ago(3))
    make_article(title="Bản nháp đô thị", tags=["Đô thị"], status=Article.Status.DRAFT)
    assert related_titles(client, article) == [
        "Lát lại vỉa hè",
        "Quy hoạch ven sông",
        "Đông Thành mở chợ đêm",
    ]
