"""Home, section pages, 404 and 500 as readers see them."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def test_home_shows_top_story_and_latest_by_section(client):
    politics = make_section("Chính quyền", position=1)
    culture = make_section("Văn hóa", position=2)
    now = timezone.now()
    for i in range(6):
        make_article(
            title=f"Chính quyền {i}",
            section=politics,
            published_at=now - datetime.timedelta(hours=i + 2),
        )
    make_article(title="Văn hóa 0", section=culture, published_at=now - datetime.timedelta(hours=9))
    html = client.get("/").content.decode()
    assert "Chính quyền 0" in html and "Văn hóa 0" in html
    assert "Chính quyền 3" in html
    assert "Chính quyền 4" not in html  # four per section on the home page
    assert html.index("Chính quyền 0") < html.index("Văn hóa 0")


def test_top_story_is_the_newest_with_a_photo(client, tmp_path, settings):
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path
    section = make_section()
    make_article(title="Tin mới không ảnh", section=section)
    with_photo = make_article(
        title="Tin có ảnh",
        section=section,
        cover_alt="Ảnh minh họa",
        published_at=timezone.now() - datetime.timedelta(hours=5),
    )
    with_photo.cover_image.save("anh.jpg", ContentFile(b"not-needed-for-listing"))
    html = client.get("/").content.decode()
    top = html.split('class="top-story"')[1].split("</article>")[0]
    assert "Tin có ảnh" in top


def test_section_page_is_paginated_newest_first(client):
    section = make_section("Kinh tế")
    now = timezone.now()
    for i in range(15):
        make_article(
            title=f"Kinh tế số {i:02d}", section=section, published_at=now - datetime.timedelta(hours=i + 1)
        )
    first = client.get(section.get_absolute_url()).content.decode()
    assert "Kinh tế số 00" in first and "Kinh tế số 11" in first
    assert "Kinh tế số 12" not in first
    assert "Trang 1 / 2" in first
    second = client.get(section.get_absolute_url() + "?page=2").content.decode()
    assert "Kinh tế số 12" in second and "Kinh tế số 14" in second


def test_unknown_pages_get_the_vietnamese_404(client):
    for url in ["/khong-co-trang-nay/", "/chuyen-muc/khong-co/", "/bai-viet/abc-99999/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Không tìm thấy trang" in response.content.decode()
        assert response["Content-Type"] == "text/html; charset=utf-8"


def test_server_error_gets_the_vietnamese_500(monkeypatch):
    from articles import views

    def explode(request):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "home", explode)
    from django.urls import clear_url_caches

    clear_url_caches()
    import importlib

    import articles.urls
    import newsroom.urls

    importlib.reload(articles.urls)
    importlib.reload(newsroom.urls)
    try:
        response = Client(raise_request_exception=False).get("/")
        assert response.status_code == 500
        assert "Hệ thống đang gặp sự cố" in response.content.decode()
    finally:
        monkeypatch.undo()
        importlib.reload(articles.urls)
        importlib.reload(newsroom.urls)
        clear_url_caches()
