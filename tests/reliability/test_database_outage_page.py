"""When the database cannot be reached, readers get a clean Vietnamese 503, never a 500."""

import pytest
from django.db import InterfaceError, OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client

from comments.models import Comment
from tests.factories import comment_data, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    article = make_article()
    return {
        "home": ("get", "/", {}),
        "article": ("get", article.get_absolute_url(), {}),
        "section": ("get", article.section.get_absolute_url(), {}),
        "comment": ("post", f"/binh-luan/{article.pk}/gui/", comment_data()),
    }


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
@pytest.mark.parametrize("page", ["home", "article", "section", "comment"])
def test_database_outage_answers_503_in_vietnamese(pages, monkeypatch, page, error):
    method, url, data = pages[page]

    def database_gone(self, sql, params=None):
        raise error("server closed the connection unexpectedly")

    monkeypatch.setattr(CursorWrapper, "execute", database_gone)
    response = getattr(Client(raise_request_exception=False), method)(url, data)
    monkeypatch.undo()

    assert response.status_code == 503
    html = response.content.decode()
    assert "Trang tạm thời gián đoạn" in html
    assert "Traceback" not in html and "OperationalError" not in html
    assert response["Retry-After"] == "30"
    assert Comment.objects.count() == 0


def test_other_errors_still_get_the_500_page(monkeypatch):
    def broken(self, sql, params=None):
        raise ZeroDivisionError

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = Client(raise_request_exception=False).get("/")
    monkeypatch.undo()
    assert response.status_code == 500
    assert "Hệ thống đang gặp sự cố" in response.content.decode()
