"""A phone number typed with letters is refused with the usual Vietnamese
message, on the comment form and the question form, never stored as the
keypad digits the letters stand for."""

import pytest

from comments.models import Comment
from comments.text import to_e164
from questions.models import Question
from tests.factories import comment_data
from tests.questions.factories import question_data

pytestmark = pytest.mark.django_db

MESSAGE = "Số điện thoại không đúng. Nhập số Việt Nam, ví dụ 0912 345 678."
LETTERED = [
    "0912abc678",
    "0912-HELLO-8",
    "0912 345 67O",
    "+84 912 345 67l",
    "0912345678 ext 12",
    "０９１２３４５６７８x",
]


@pytest.mark.parametrize("phone", LETTERED)
def test_letters_are_refused(client, post_url, phone):
    response = client.post(post_url, comment_data(phone=phone))
    assert response.status_code == 400
    assert MESSAGE in response.content.decode()
    response = client.post("/hoi-dap/dat-cau-hoi/", question_data(phone=phone))
    assert response.status_code == 400
    assert MESSAGE in response.content.decode()
    assert Comment.objects.count() == 0 and Question.objects.count() == 0


@pytest.mark.parametrize(
    "phone", ["0912 345 678", "0912.345.678", "(+84) 912-345-678", "０９１２３４５６７８"]
)
def test_the_usual_ways_of_writing_a_number_pass(phone):
    assert to_e164(phone) == "+84912345678"
