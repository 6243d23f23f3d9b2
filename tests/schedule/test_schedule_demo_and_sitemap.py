"""seed_demo_schedule fills this week and last week of every portal, once; the
sitemap lists each portal's published weeks."""

import datetime
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.core.management import call_command

from schedule.models import Entry, Week
from tests.factories import first_site, make_site
from tests.schedule.factories import make_week

pytestmark = pytest.mark.django_db

VN = datetime.timezone(datetime.timedelta(hours=7))
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_the_demo_fills_this_and_last_week_of_every_portal_once(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    with time_machine.travel(datetime.datetime(2027, 1, 5, 9, 0, tzinfo=VN), tick=False):
        call_command("seed_demo_schedule")
        counts = Entry.objects.count()
        call_command("seed_demo_schedule")
        assert Entry.objects.count() == counts
        page = client.get("/lich-cong-tac/", HTTP_HOST="phuong-dong-thanh.example.vn").content.decode()
    for site in (first_site(), ward):
        weeks = Week.objects.published(site).order_by("year", "number")
        assert [(w.year, w.number) for w in weeks] == [(2026, 53), (2027, 1)]
        assert all(w.entries.exists() for w in weeks)
    assert "Lịch công tác tuần 1 (từ ngày 04/01 đến ngày 10/01/2027)" in page
    assert "Tiếp công dân định kỳ" in page
    assert page.count("Điều chỉnh</strong>") == 1


def test_the_sitemap_lists_the_portals_published_weeks(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    make_week(2026, 50)
    make_week(2026, 51, published=False)
    make_week(2026, 49, site=ward)
    response = client.get("/sitemap-lich-cong-tac.xml")
    assert response.status_code == 200
    found = [element.findtext(f"{SITEMAP}loc") for element in ET.fromstring(response.content)]
    assert found == ["http://testserver/lich-cong-tac/?tuan=2026-W50"]
