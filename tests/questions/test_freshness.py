"""Publishing, correcting and withdrawing an answer show on the next request of
another process: the questions' writes go through the one freshness rule."""

import pytest

from questions import workflow
from tests.factories import make_editor
from tests.questions.factories import make_question, publish_question
from tests.reliability.conftest import gunicorn  # noqa: F401  (the fixture)
from tests.reliability.test_freshness_write_paths import pages, shows

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def server(gunicorn):  # noqa: F811
    return gunicorn(workers=2)


def test_publishing_editing_and_withdrawing_show_in_every_worker(server):
    editor = make_editor()
    question = make_question(title="Đăng ký khai sinh cho con")
    # Cached by every worker before it is public.
    assert shows(server, "/hoi-dap/", "Đăng ký khai sinh cho con") is False
    publish_question(question, answer="Mang giấy chứng sinh đến phường.", by=editor)
    assert shows(server, "/hoi-dap/", "Đăng ký khai sinh cho con") is True
    url = question.get_absolute_url()
    assert shows(server, url, "Mang giấy chứng sinh đến phường.") is True
    workflow.answer(
        question,
        body="Đăng ký trực tuyến trên cổng dịch vụ công.",
        department=question.answered_by,
        by=editor,
    )
    assert shows(server, url, "Đăng ký trực tuyến trên cổng dịch vụ công.") is True
    workflow.unpublish(question, by=editor)
    assert shows(server, "/hoi-dap/", "Đăng ký khai sinh cho con") is False
    assert pages(server, url) == {404}
