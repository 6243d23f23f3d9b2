"""The week's schedule, printed, fits one A4 page: a full demo week of entries."""

import re

import pytest
from django.core.management import call_command

from tests.e2e.conftest import DESKTOP

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_week_prints_on_one_a4_page(live_server, open_page):
    call_command("seed_demo_schedule")
    page = open_page(viewport=DESKTOP)
    page.goto(live_server.url + "/lich-cong-tac/")
    page.wait_for_load_state("networkidle")
    assert page.locator(".schedule-entry").count() == 10
    pdf = page.pdf(format="A4", print_background=False)
    pages = re.findall(rb"/Type\s*/Page[^s]", pdf)
    assert len(pages) == 1
    # On paper: the schedule, without the links to other weeks or the search box.
    page.emulate_media(media="print")
    assert not page.locator(".schedule-nav").is_visible()
    assert page.locator(".schedule-entry__changed").first.is_visible()
