"""Weeks and entries of a portal's schedule, for the schedule's tests."""

import datetime

from schedule.models import Entry, Week
from tests.factories import first_site


def make_week(year, number, site=None, published=True):
    week = Week(site=site or first_site(), year=year, number=number, is_published=published)
    week.save()
    return week


def make_entry(week, day=0, at="08:00", until=None, content="Giao ban đầu tuần", **fields):
    """An entry on the `day`-th day of `week` (0: Monday)."""
    entry = Entry(
        week=week,
        date=week.start + datetime.timedelta(days=day),
        starts_at=datetime.time.fromisoformat(at),
        ends_at=datetime.time.fromisoformat(until) if until else None,
        content=content,
        chair=fields.pop("chair", "Chủ tịch Ủy ban nhân dân"),
        place=fields.pop("place", "Phòng họp tầng 2"),
        **fields,
    )
    entry.save()
    return entry
