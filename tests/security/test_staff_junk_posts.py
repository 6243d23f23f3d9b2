"""Junk ids posted to the admin (bulk actions' `_selected_action`) and junk
fields asked of the autocompletes are a Vietnamese 400, never a 500, like junk
in a staff page's query string (tests/security/test_staff_junk_parameters.py);
and nothing is changed."""

import pytest
from django.test import Client

from comments.models import Comment
from tests.factories import make_article, make_comment, make_user

pytestmark = pytest.mark.django_db(transaction=True)

JUNK_IDS = ["abc", "1\x00", "\x00", "9" * 25, "-1.5", "' OR 1=1 --", "1e3", " ", "-" + "9" * 20]
ACTIONS = {
    "/quan-tri/comments/comment/": "approve_comments",
    "/quan-tri/articles/article/": "delete_selected",
    "/quan-tri/articles/section/": "delete_selected",
    "/quan-tri/articles/tag/": "delete_selected",
    "/quan-tri/auth/user/": "delete_selected",
}


@pytest.fixture
def staff_client():
    client = Client(raise_request_exception=False)
    client.force_login(make_user("quantri", is_superuser=True))
    return client


@pytest.mark.parametrize("url", ACTIONS)
def test_bulk_actions_with_junk_ids_answer_400(staff_client, url):
    comment = make_comment(make_article(tags=["Đô thị"]))
    failures = []
    for junk in JUNK_IDS:
        for selected in ([junk], [str(comment.pk), junk]):
            response = staff_client.post(
                url, {"action": ACTIONS[url], "_selected_action": selected, "index": "0"}
            )
            if response.status_code != 400 or "Yêu cầu không hợp lệ" not in response.content.decode():
                failures.append((junk, selected, response.status_code))
    assert failures == []
    assert Comment.objects.get().status == Comment.Status.PENDING


@pytest.mark.parametrize(
    "query",
    [
        {"app_label": "articles", "model_name": "article", "field_name": "title", "term": "a"},
        {"app_label": "articles", "model_name": "article", "field_name": "section", "term": "a"},
        {"app_label": "articles", "model_name": "article", "field_name": "khong-co", "term": "a"},
        {"app_label": "khong", "model_name": "co", "field_name": "tags", "term": "a"},
        {"app_label": "articles", "model_name": "article", "field_name": "tags\x00", "term": "a"},
        {"term": "a"},
    ],
)
def test_the_tag_picker_asked_about_another_field_answers_400(staff_client, query):
    response = staff_client.get("/quan-tri/articles/tag/goi-y/", query)
    assert response.status_code in (400, 403), response.status_code
    assert response.status_code == 403 or "Yêu cầu không hợp lệ" in response.content.decode()
