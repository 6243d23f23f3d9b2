"""Script, event-handler and SQL-looking text in comments is stored as plain text
and shown escaped; it never becomes markup or a query."""

import pytest
from django.utils.html import escape

from comments import moderation
from comments.models import Comment
from tests.factories import comment_data, make_moderator
from tests.security.snapshot import snapshot

pytestmark = pytest.mark.django_db

MARKUP = {
    "script": "<script>alert(document.cookie)</script>",
    "img-onerror": '<img src=x onerror="alert(1)">',
    "svg-onload": "<svg/onload=alert(1)>",
    "javascript-link": '<a href="javascript:alert(1)">bấm vào đây</a>',
    "attribute-break": '"><b onmouseover=alert(1)>x</b>',
}
SQL = {
    "drop-table": "'); DROP TABLE comments_comment; --",
    "always-true": "' OR '1'='1",
    "union": "1 UNION SELECT username, password FROM auth_user --",
}


def approve_and_show(client, article):
    """Approve everything (as the system) and read the article as a reader."""
    moderation.approve(Comment.objects.all(), by=make_moderator())
    return client.get(article.get_absolute_url()).content.decode()


@pytest.mark.parametrize("payload", MARKUP.values(), ids=MARKUP.keys())
@pytest.mark.parametrize("field", ["name", "title", "body"])
def test_markup_in_any_comment_field_is_stored_as_text_and_shown_escaped(
    client, article, post_url, field, payload
):
    before = snapshot()
    response = client.post(post_url, comment_data(**{field: payload}))

    assert response.status_code == 302
    comment = Comment.objects.get()
    assert getattr(comment, field) == payload
    assert comment.status == Comment.Status.PENDING
    assert snapshot()["articles"] == before["articles"], "the article is untouched"
    html = approve_and_show(client, article)
    assert payload not in html
    assert escape(payload) in html


def test_markup_in_the_phone_field_is_refused_and_nothing_stored(client, post_url):
    before = snapshot()
    payload = "<svg/onload=alert(1)>"
    response = client.post(post_url, comment_data(phone=payload))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Số điện thoại không đúng" in html
    assert payload not in html
    assert snapshot()["comments"] == before["comments"] == []


@pytest.mark.parametrize("payload", SQL.values(), ids=SQL.keys())
@pytest.mark.parametrize("field", ["title", "body"])
def test_sql_looking_text_is_stored_literally(client, article, post_url, field, payload):
    before = snapshot()
    response = client.post(post_url, comment_data(**{field: payload}))
    assert response.status_code == 302
    assert getattr(Comment.objects.get(), field) == payload
    after = snapshot()
    assert after["articles"] == before["articles"]
    assert len(after["comments"]) == 1


@pytest.mark.parametrize("payload", SQL.values(), ids=SQL.keys())
def test_sql_looking_search_finds_nothing_and_changes_nothing(client, article, payload):
    before = snapshot()
    response = client.get("/tim-kiem/", {"q": payload})
    assert response.status_code == 200
    assert article.title not in response.content.decode()
    assert snapshot() == before
