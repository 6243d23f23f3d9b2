"""A moderator who sees phones masked cannot read them through the queue's
search, digit by digit; one who may see them finds a commenter by the whole
number only, however it is typed."""

import pytest
from django.contrib.auth.models import Permission

from tests.factories import make_article, make_comment, make_moderator

pytestmark = pytest.mark.django_db

QUEUE = "/quan-tri/comments/comment/"


@pytest.fixture
def comments():
    article = make_article()
    make_comment(article, title="Của số này", phone="+84934567890")
    make_comment(article, title="Người khác", phone="+84987654321")


def titles_found(client, term):
    html = client.get(QUEUE, {"q": term}).content.decode()
    return {title for title in ("Của số này", "Người khác") if title in html}


PARTS = ["4567", "+84934", "0934", "934567", "890", "84934567890"[:8], "0934 567", "+8493456789"]


def test_without_the_right_no_search_reaches_the_phone(client, comments):
    client.force_login(make_moderator())
    for term in [*PARTS, "0934 567 890", "+84934567890", "84934567890"]:
        assert titles_found(client, term) == set(), term


def test_with_the_right_only_a_whole_number_finds(client, comments):
    moderator = make_moderator()
    moderator.user_permissions.add(Permission.objects.get(codename="view_full_phone"))
    client.force_login(moderator)
    for term in PARTS:
        assert titles_found(client, term) == set(), term
    for term in ["0934 567 890", "+84934567890", "0934.567.890", "(+84) 934 567 890"]:
        assert titles_found(client, term) == {"Của số này"}, term
