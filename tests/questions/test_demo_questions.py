"""The demo's Hỏi đáp: every portal gets answered and waiting questions, once."""

import pytest
from django.core.management import call_command

from questions.models import Question
from tests.factories import first_site, make_editor, make_site

pytestmark = pytest.mark.django_db


def test_every_portal_gets_published_and_waiting_questions_and_a_second_run_adds_nothing(client):
    ward = make_site()
    for site in (first_site(), ward):
        make_editor(site=site)
    call_command("seed_demo_questions", stdout=None)
    counts = {
        site.pk: (
            Question.objects.published(site).count(),
            Question.objects.for_site(site).awaiting_answer().count(),
        )
        for site in (first_site(), ward)
    }
    assert counts == {first_site().pk: (4, 2), ward.pk: (4, 2)}
    total = Question.objects.count()
    call_command("seed_demo_questions", stdout=None)
    assert Question.objects.count() == total
    html = client.get("/hoi-dap/").content.decode()
    assert "Tuyển sinh lớp 1 theo nơi tạm trú" in html
    assert "Thủ tục tách thửa đất ở cho con" not in html
