"""The article's "Từ khóa" links and /tu-khoa/<slug>/, cached like section pages."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from articles.models import Article, Tag
from tests.factories import make_article, make_editor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def test_article_page_lists_its_tags_as_links_under_the_body(client):
    article = make_article(body="<p>Thân bài.</p>", tags=["Đô thị", "Giáo dục"])
    html = client.get(article.get_absolute_url()).content.decode()
    block = html[html.index('class="tag-list"') :]
    assert html.index("Thân bài.") < html.index('class="tag-list"')
    assert "Từ khóa" in block
    assert '<a href="/tu-khoa/do-thi/" rel="tag">Đô thị</a>' in block
    assert '<a href="/tu-khoa/giao-duc/" rel="tag">Giáo dục</a>' in block


def test_an_article_without_tags_has_no_tag_block(client):
    article = make_article()
    assert 'class="tag-list"' not in client.get(article.get_absolute_url()).content.decode()


def test_tag_page_lists_only_published_articles_newest_first(client):
    older = make_article(title="Lát vỉa hè phố Lạc Hồng", tags=["Đô thị"], published_at=ago(5))
    newer = make_article(title="Cải tạo chợ Cầu Đá", tags=["Đô thị"], published_at=ago(1))
    make_article(title="Bản nháp đô thị", tags=["Đô thị"], status=Article.Status.DRAFT)
    make_article(
        title="Hẹn giờ đô thị", tags=["Đô thị"], published_at=timezone.now() + datetime.timedelta(hours=1)
    )
    make_article(title="Không có từ khóa")
    response = client.get("/tu-khoa/do-thi/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="page-title">Từ khóa: Đô thị</h1>' in html
    assert html.index(newer.title) < html.index(older.title)
    for hidden in ("Bản nháp đô thị", "Hẹn giờ đô thị", "Không có từ khóa"):
        assert hidden not in html


def test_tag_page_is_paginated_like_a_section(client):
    for hour in range(14):
        make_article(title=f"Tin đô thị {hour:02d}", tags=["Đô thị"], published_at=ago(hour + 1))
    first = client.get("/tu-khoa/do-thi/").content.decode()
    assert first.count('class="card card--wide"') == 12
    assert "Trang 1 / 2" in first
    second = client.get("/tu-khoa/do-thi/?page=2").content.decode()
    assert second.count('class="card card--wide"') == 2
    assert "Tin đô thị 13" in second
    # Past the last page: the last page, at its own address (articles/pagecache.py).
    response = client.get("/tu-khoa/do-thi/?page=99")
    assert response.status_code == 302 and response["Location"] == "/tu-khoa/do-thi/?page=2"


def test_unknown_tag_or_tag_without_published_articles_is_404(client):
    make_article(status=Article.Status.DRAFT, tags=["Chưa đăng"])
    assert client.get("/tu-khoa/khong-co/").status_code == 404
    assert client.get("/tu-khoa/chua-dang/").status_code == 404


def test_tagging_an_article_shows_on_the_tag_page_at_once(client):
    make_article(title="Tin đã có", tags=["Đô thị"])
    article = make_article(title="Tin mới gắn từ khóa")
    assert "Tin mới gắn từ khóa" not in client.get("/tu-khoa/do-thi/").content.decode()
    article.tags.add("Đô thị")
    article.save()  # tags change through article saves (the admin's form)
    assert "Tin mới gắn từ khóa" in client.get("/tu-khoa/do-thi/").content.decode()


def test_tag_renamed_in_the_admin_shows_at_once(client):
    article = make_article(tags=["Đô thị"])
    tag = Tag.objects.get()
    assert "Đô thị" in client.get(article.get_absolute_url()).content.decode()
    assert "Đô thị" in client.get("/tu-khoa/do-thi/").content.decode()
    editor = Client()
    editor.force_login(make_editor())
    response = editor.post(
        f"/quan-tri/articles/tag/{tag.pk}/change/", {"name": "Đô thị văn minh", "slug": "do-thi"}
    )
    assert response.status_code == 302
    assert "Đô thị văn minh" in client.get(article.get_absolute_url()).content.decode()
    assert "Từ khóa: Đô thị văn minh" in client.get("/tu-khoa/do-thi/").content.decode()


def test_tag_deleted_in_the_admin_leaves_every_page_at_once(client):
    article = make_article(tags=["Đô thị"])
    tag = Tag.objects.get()
    assert client.get("/tu-khoa/do-thi/").status_code == 200
    assert "/tu-khoa/do-thi/" in client.get(article.get_absolute_url()).content.decode()
    editor = Client()
    editor.force_login(make_editor())
    response = editor.post(f"/quan-tri/articles/tag/{tag.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Tag.objects.exists()
    assert client.get("/tu-khoa/do-thi/").status_code == 404
    assert "/tu-khoa/do-thi/" not in client.get(article.get_absolute_url()).content.decode()


def test_tag_page_queries_are_few_cold_and_one_warm(client, django_assert_max_num_queries):
    for hour in range(30):
        make_article(tags=["Đô thị", f"Phường {hour % 4}"], published_at=ago(hour + 1))
    # content state, tag, count, page of articles
    with django_assert_max_num_queries(4):
        assert client.get("/tu-khoa/do-thi/").status_code == 200
    with django_assert_max_num_queries(1):
        assert client.get("/tu-khoa/do-thi/").status_code == 200
