"""The schedule's and the organisation's writes show on the next request of
every other process, with each process's own cache or with Redis (their rows
are content sources of the token, and the writes call
the one freshness rule)."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from organisation.models import Page
from schedule.models import Entry, Week
from tests.factories import first_site
from tests.reliability.test_freshness_write_paths import shows

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def server(gunicorn):
    return gunicorn(workers=2)


def test_schedule_edits_show_in_every_worker(server):
    call_command("seed_demo_schedule")
    assert shows(server, "/lich-cong-tac/", "Tiếp công dân định kỳ") is True
    iso = timezone.localdate().isocalendar()
    entry = Entry.objects.get(week__year=iso.year, week__number=iso.week, content="Tiếp công dân định kỳ")
    entry.content = "Tiếp công dân đột xuất"
    entry.save()
    assert shows(server, "/lich-cong-tac/", "Tiếp công dân đột xuất") is True
    assert shows(server, "/lich-cong-tac/lich.ics", "Tiếp công dân đột xuất") is True
    Week.objects.get(site=first_site(), year=iso.year, number=iso.week).delete()
    assert shows(server, "/lich-cong-tac/", "Tiếp công dân") is False


def test_organisation_edits_show_in_every_worker(server):
    call_command("seed_demo_organisation")
    assert shows(server, "/gioi-thieu/", "Danh mục thông tin công khai") is True
    page = Page.objects.get(site=first_site(), slug="danh-muc-thong-tin-cong-khai")
    page.title = "Thông tin công khai"
    page.slug = "thong-tin-cong-khai"
    page.save()
    assert shows(server, "/gioi-thieu/", "Danh mục thông tin công khai") is False
    assert shows(server, "/gioi-thieu/thong-tin-cong-khai/", "Thông tin công khai") is True
    assert shows(server, "/gioi-thieu/danh-muc-thong-tin-cong-khai/", "Thông tin công khai") is True
