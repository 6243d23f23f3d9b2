"""The schedule's and the organisation's staff pages, at phone and desktop
widths: no console error, and no serious or critical axe-core finding (the bar
the admin's own pages are held to)."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from organisation.models import Page
from schedule.models import Week
from tests.e2e.conftest import DESKTOP, PHONE, screenshot, serious_accessibility_violations
from tests.e2e.test_newsroom_editing import log_in
from tests.factories import make_editor

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_staff_pages_are_accessible(live_server, open_page, viewport):
    call_command("seed_demo_schedule")
    call_command("seed_demo_organisation")
    editor = make_editor("bientap", is_staff=True)
    week = Week.objects.order_by("-year", "-number").first()
    pages = {
        "weeks": reverse("admin:schedule_week_changelist"),
        "week": reverse("admin:schedule_week_change", args=[week.pk]),
        "week-add": reverse("admin:schedule_week_add"),
        "pages": reverse("admin:organisation_page_changelist"),
        "page": reverse("admin:organisation_page_change", args=[Page.objects.get(kind="leaders").pk]),
        "leaders": reverse("admin:organisation_leader_changelist"),
        "leader-add": reverse("admin:organisation_leader_add"),
    }
    page = open_page(viewport=viewport)
    log_in(page, live_server.url, editor)
    problems = {}
    for name, path in pages.items():
        page.errors.clear()
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        screenshot(page, f"staff-{name}-{viewport['width']}")
        # The page's own errors, before axe runs: axe fetches the stylesheets'
        # @imports itself (against the page's address) and logs their 404s.
        found = [e for e in page.errors if "favicon" not in e]
        found += serious_accessibility_violations(page)
        if found:
            problems[name] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
