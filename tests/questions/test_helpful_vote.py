""" "Câu trả lời có hữu ích không?": once per address, no cookie, no account; a
GET writes nothing; only staff see the figures."""

import pytest
from django.test import Client

from questions.models import HelpfulVote
from tests.factories import make_editor, make_site
from tests.questions.factories import make_department, make_question, publish_question

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(db):
    return publish_question(make_question(title="Lịch tiêm chủng mở rộng"))


def vote_url(question):
    return f"/hoi-dap/{question.pk}/huu-ich/"


def test_a_vote_counts_once_per_address(question):
    first = Client(REMOTE_ADDR="198.51.100.7")
    response = first.post(vote_url(question), {"huu-ich": "co"}, follow=True)
    assert "Cảm ơn bạn đã cho biết ý kiến" in response.content.decode()
    # Again from the same address, even with the cookies gone and the other button.
    again = Client(REMOTE_ADDR="198.51.100.7").post(vote_url(question), {"huu-ich": "khong"}, follow=True)
    assert "Bạn đã cho biết ý kiến về câu trả lời này rồi." in again.content.decode()
    Client(REMOTE_ADDR="198.51.100.8").post(vote_url(question), {"huu-ich": "khong"})
    assert sorted(HelpfulVote.objects.values_list("is_helpful", flat=True)) == [False, True]
    assert not first.cookies.get("sessionid")


def test_the_address_itself_is_not_stored(question):
    Client(REMOTE_ADDR="198.51.100.7").post(vote_url(question), {"huu-ich": "co"})
    assert "198.51.100.7" not in HelpfulVote.objects.get().voter


def test_a_get_writes_nothing(client, question):
    assert client.get(vote_url(question)).status_code == 405
    client.get(question.get_absolute_url())
    assert HelpfulVote.objects.count() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "http://phuong-khac.testserver"},
        {"HTTP_SEC_FETCH_SITE": "none"},
        {"HTTP_ORIGIN": "https://tin-gia.example.com"},  # a browser that sends no Sec-Fetch-Site
        {"HTTP_ORIGIN": "null"},
    ],
)
def test_a_post_from_another_site_is_refused(question, headers):
    response = Client().post(vote_url(question), {"huu-ich": "co"}, **headers)
    assert response.status_code == 403
    assert HelpfulVote.objects.count() == 0


def test_a_post_from_the_portal_s_own_page_counts(question):
    Client().post(
        vote_url(question),
        {"huu-ich": "co"},
        HTTP_SEC_FETCH_SITE="same-origin",
        HTTP_ORIGIN="http://testserver",
    )
    assert HelpfulVote.objects.count() == 1


def test_unpublished_and_other_portals_questions_take_no_vote(client):
    waiting = make_question()
    ward = make_site()
    theirs = publish_question(make_question(site=ward), department=make_department(site=ward))
    assert client.post(vote_url(waiting), {"huu-ich": "co"}).status_code == 404
    assert client.post(vote_url(theirs), {"huu-ich": "co"}).status_code == 404
    assert HelpfulVote.objects.count() == 0


def test_only_staff_see_the_figures(question):
    for number in range(3):
        Client(REMOTE_ADDR=f"198.51.100.{number}").post(vote_url(question), {"huu-ich": "co"})
    Client(REMOTE_ADDR="198.51.100.9").post(vote_url(question), {"huu-ich": "khong"})
    assert "3 / 1" not in Client().get(question.get_absolute_url()).content.decode()
    staff = Client()
    staff.force_login(make_editor())
    assert "3 / 1" in staff.get("/quan-tri/questions/question/").content.decode()
