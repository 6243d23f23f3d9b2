"""/lich-cong-tac/lich.ics: a calendar that subscribed sees edits as changes of the same events."""

import datetime

import icalendar
import pytest
import time_machine

from tests.factories import make_site
from tests.schedule.factories import make_entry, make_week

pytestmark = pytest.mark.django_db

VN = datetime.timezone(datetime.timedelta(hours=7))


@pytest.fixture(autouse=True)
def _in_week_50():
    with time_machine.travel(datetime.datetime(2026, 12, 8, 9, 0, tzinfo=VN), tick=True):
        yield


def events(client, **headers):
    response = client.get("/lich-cong-tac/lich.ics", **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}, calendar


def test_each_entry_is_an_event_in_hanoi_time_with_its_zone(client):
    week = make_week(2026, 50)
    entry = make_entry(
        week, day=1, at="08:00", until="11:00", content="Tiếp công dân định kỳ", place="Trụ sở"
    )
    found, calendar = events(client)
    event = (
        found[f"{entry.uid}@localhost"] if f"{entry.uid}@localhost" in found else next(iter(found.values()))
    )
    assert str(event["SUMMARY"]) == "Tiếp công dân định kỳ"
    assert str(event["LOCATION"]) == "Trụ sở"
    start = event.decoded("DTSTART")
    assert start == datetime.datetime(2026, 12, 8, 8, 0, tzinfo=VN)
    assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert event.decoded("DTEND") == datetime.datetime(2026, 12, 8, 11, 0, tzinfo=VN)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]


def test_uids_carry_the_portal_domain(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    entry = make_entry(make_week(2026, 50, site=ward))
    found, _calendar = events(client, HTTP_HOST="phuong-dong-thanh.example.vn")
    assert list(found) == [f"{entry.uid}@phuong-dong-thanh.example.vn"]


def test_an_edit_keeps_the_uid_and_raises_sequence_and_last_modified(client):
    week = make_week(2026, 50)
    entry = make_entry(week, at="14:00", content="Làm việc với tổ dân phố")
    other = make_entry(week, day=2, content="Hội nghị sơ kết")
    before, _calendar = events(client)
    with time_machine.travel(datetime.datetime(2026, 12, 8, 10, 0, tzinfo=VN), tick=False):
        entry.starts_at = datetime.time(15, 0)
        entry.content = "Làm việc với tổ dân phố (dời giờ)"
        entry.save()
    after, _calendar = events(client)
    assert set(after) == set(before) and len(after) == 2
    uid = next(uid for uid in after if uid.startswith(str(entry.uid)))
    assert str(after[uid]["SUMMARY"]) == "Làm việc với tổ dân phố (dời giờ)"
    assert after[uid].decoded("DTSTART") == datetime.datetime(2026, 12, 7, 15, 0, tzinfo=VN)
    assert after[uid]["SEQUENCE"] == before[uid]["SEQUENCE"] + 1
    assert after[uid].decoded("LAST-MODIFIED") > before[uid].decoded("LAST-MODIFIED")
    unchanged = next(uid for uid in after if uid.startswith(str(other.uid)))
    assert after[unchanged]["SEQUENCE"] == before[unchanged]["SEQUENCE"]


def test_the_feed_carries_only_the_portals_published_weeks(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    ours = make_entry(make_week(2026, 50), content="Việc của quận")
    make_entry(make_week(2026, 50, site=ward), content="Việc của phường")
    make_entry(make_week(2026, 51, published=False), content="Bản nháp")
    found, _calendar = events(client)
    assert [str(event["SUMMARY"]) for event in found.values()] == ["Việc của quận"]
    assert all(uid.startswith(str(ours.uid)) for uid in found)
