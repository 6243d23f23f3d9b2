"""Readers cannot sign as the newsroom or a portal: a name that folds to one of
theirs (case, accents wherever they sit, combining marks, invisible and
no-break spaces, look-alike letters of other scripts, punctuation) is refused
on the comment form and on the question form, and nothing is stored."""

import pytest

from comments.models import Comment
from newsroom.portals import forget_portals, signs_as_newsroom
from questions.models import Question
from tests.factories import comment_data, make_site
from tests.questions.factories import question_data

pytestmark = pytest.mark.django_db

DISGUISES = [
    "Tòa soạn",
    "TÒA SOẠN",
    "Toà soạn",  # the old accent placement
    "To\u0300a so\u0323an",  # combining marks
    "Tòa\u00a0soạn",  # no-break space
    "Tòa\u2060soạn",  # word joiner
    "T\u00f2a s\u043e\u1ea1n",  # a Cyrillic о
    "Tòa soạn.",
    "Tòa-soạn!",
    "Ｔòa soạn",  # full-width letter
    "Tòa soạn trả lời",
    "\u0422\u00f2\u0430 s\u043e\u1ea1n",  # Cyrillic Т and а
    "Tòa\u200bsoạn\u00ad",  # zero-width space, soft hyphen
]


@pytest.mark.parametrize("name", DISGUISES)
def test_the_newsroom_s_name_is_refused_on_comments(client, post_url, name):
    response = client.post(post_url, comment_data(name=name))
    assert response.status_code == 400
    assert "Tên này là tên của tòa soạn hoặc cổng thông tin" in response.content.decode()
    assert Comment.objects.count() == 0


def test_portal_names_are_refused_on_comments_and_questions(client, post_url, settings):
    make_site(domain="phuong-tan-lap.example.vn", name="Phường Tân Lập", short_name="PTL")
    forget_portals()
    for name in [
        settings.NEWSROOM_SITE_NAME.upper(),
        settings.NEWSROOM_SITE_SHORT_NAME.lower() + ".",
        "PHƯỜNG TÂN LẬP",
        "Phuong Tan Lap",
        "p.t.l",
        "Ban Biên Tập",
    ]:
        assert signs_as_newsroom(name), name
        response = client.post(post_url, comment_data(name=name))
        assert response.status_code == 400, name
        response = client.post("/hoi-dap/dat-cau-hoi/", question_data(name=name))
        assert response.status_code == 400, name
        assert "Tên này là tên của tòa soạn hoặc cổng thông tin" in response.content.decode()
    assert Comment.objects.count() == 0 and Question.objects.count() == 0


@pytest.mark.parametrize("name", ["Nguyễn Văn Hùng", "Toàn", "Tô Soạn Thảo", "Hà", "Đỗ Thị Lập"])
def test_readers_own_names_pass(client, post_url, name):
    assert client.post(post_url, comment_data(name=name)).status_code == 302
