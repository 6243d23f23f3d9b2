"""Junk in the query string of a staff page (letters for ids, NUL, numbers too big
for the column) is a 400 or 404 with a Vietnamese page, never a 500, on SQLite
and on PostgreSQL, whichever admin list or view it is sent to."""

import pytest
from django.test import Client

from articles import workflow
from comments.models import Keyword
from tests.factories import make_article, make_comment, make_editor, make_user

# Not inside a test transaction: on PostgreSQL the first refused query would
# abort it and every later request of the test with it, which a server never sees.
pytestmark = pytest.mark.django_db(transaction=True)

JUNK = ["abc", "1\x00", "\x00", "99999999999999999999", "-1.5", "2024-13-45", "' OR 1=1 --"]

LISTS = {
    "/quan-tri/comments/comment/": [
        "trang_thai",
        "chuyen_muc",
        "co",
        "received_at__gte",
        "received_at__lt",
        "q",
        "p",
        "o",
        "article__id__exact",
        "status__exact",
    ],
    "/quan-tri/articles/article/": [
        "status__exact",
        "section__id__exact",
        "author__id__exact",
        "q",
        "p",
        "o",
        "published_at__year",
        "published_at__month",
        "published_at__day",
    ],
    "/quan-tri/articles/section/": ["q", "p", "o", "id__exact"],
    "/quan-tri/comments/keyword/": ["action__exact", "q", "p"],
    "/quan-tri/auth/user/": ["is_staff__exact", "groups__id__exact", "q"],
}


@pytest.fixture
def staff_client():
    client = Client(raise_request_exception=False)
    client.force_login(make_user("quantri", is_superuser=True))
    article = make_article()
    make_comment(article)
    Keyword.objects.create(word="cờ bạc")
    return client


def refused_cleanly(response):
    if response.status_code == 400:
        assert "Yêu cầu không hợp lệ" in response.content.decode()
    return response.status_code < 500


@pytest.mark.parametrize("url", LISTS)
def test_admin_lists_answer_junk_filters_without_a_500(staff_client, url):
    failures = []
    for name in LISTS[url]:
        for value in JUNK:
            response = staff_client.get(url, {name: value})
            if not refused_cleanly(response):
                failures.append((name, value, response.status_code))
    assert failures == []


def test_revision_compare_answers_junk_ids_without_a_500():
    editor = make_editor()
    article = make_article()
    revision = workflow.save_revision(article, editor)
    client = Client(raise_request_exception=False)
    client.force_login(editor)
    url = f"/quan-tri/articles/article/{article.pk}/phien-ban/so-sanh/"
    for a, b in [
        ("abc", revision.pk),
        (revision.pk, "x"),
        ("\x00", "1"),
        ("99999999999999999999", revision.pk),
        ("1.5", "2"),
        ("", ""),
    ]:
        response = client.get(url, {"a": a, "b": b})
        assert refused_cleanly(response), (a, b, response.status_code)


def test_a_junk_parameter_on_a_staff_page_gets_the_vietnamese_400():
    client = Client(raise_request_exception=False)
    client.force_login(make_user("quantri", is_superuser=True))
    make_comment(make_article())
    response = client.get("/quan-tri/comments/comment/", {"chuyen_muc": "abc"})
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
