"""Public pages answer GET and HEAD only; any other method gets 405, whatever
the view, so a new public page cannot forget it."""

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import path

from comments.captcha import new_captcha
from newsroom.urls import urlpatterns as site_urlpatterns
from tests.factories import make_article

pytestmark = pytest.mark.django_db

METHODS = ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def plain_view(request):
    return HttpResponse("ok")


# A page added without thinking about methods: still GET and HEAD only.
urlpatterns = [path("trang-moi/", plain_view), *site_urlpatterns]


@pytest.fixture
def public_urls(db):
    article = make_article()
    key = new_captcha("203.0.113.1")["key"]
    return [
        "/",
        article.section.get_absolute_url(),
        article.get_absolute_url(),
        "/bai-da-dang/?ngay=2024-05-14",
        "/tim-kiem/?q=phuong",
        "/rss/",
        article.section.get_absolute_url() + "rss/",
        "/sitemap.xml",
        "/sitemap-tin-moi.xml",
        "/robots.txt",
        "/healthz",
        "/binh-luan/ma-xac-nhan/",
        f"/binh-luan/{article.pk}/",
        f"/captcha/image/{key}/",
    ]


@pytest.mark.parametrize("method", METHODS)
def test_public_pages_refuse_other_methods_with_405(public_urls, method):
    client = Client(enforce_csrf_checks=True)
    for url in public_urls:
        response = client.generic(method, url, "a=1", content_type="application/x-www-form-urlencoded")
        assert response.status_code == 405, (method, url, response.status_code)
        assert response["Allow"] == "GET, HEAD"
        assert "Phương thức không được hỗ trợ" in response.content.decode()


def test_get_and_head_still_work(client, public_urls):
    for url in public_urls:
        assert client.get(url).status_code == 200, url
        assert client.head(url).status_code == 200, url


@pytest.mark.urls(__name__)
def test_a_new_view_is_get_and_head_only_without_being_told(client):
    assert client.get("/trang-moi/").status_code == 200
    assert client.post("/trang-moi/").status_code == 405


def test_the_posting_views_and_the_admin_still_take_posts(client):
    article = make_article()
    assert client.post(f"/binh-luan/{article.pk}/gui/", {}).status_code == 400
    assert client.post("/quan-tri/login/", {"username": "x", "password": "y"}).status_code == 200
