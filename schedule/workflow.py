"""Who may change a portal's schedule, and the steps that change it.

Editors ("Biên tập viên") of a portal write and publish its weeks; the admin,
its action and the demo command only call these functions, so every path
keeps a ward's editors to their ward.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from schedule.models import Entry, week_start


def can_edit(user, site=None):
    """May `user` write the schedule of the portal `site` (None: of some portal)?"""
    return user.is_active and user.has_perm("schedule.change_week", site)


def check_edit(user, site):
    """Refuse, with the reason, a change by `user` to the schedule of `site`."""
    if not can_edit(user, site):
        raise PermissionDenied(_("Bạn không soạn lịch công tác của cổng này."))


def week_before(week):
    """The ISO week before `week`, as (year, number)."""
    monday = week_start(week.year, week.number) - datetime.timedelta(days=7)
    iso = monday.isocalendar()
    return iso.year, iso.week


@transaction.atomic
def copy_previous_week(week, user=None):
    """Fill `week`, still empty, with copies of the entries of the portal's week
    before, each seven days later and with a new uid; returns how many.
    `user` None: a command's own work (the demo data)."""
    if user is not None:
        check_edit(user, week.site)
    if week.entries.exists():
        raise PermissionDenied(_("%(week)s đã có lịch: chỉ sao chép vào tuần còn trống.") % {"week": week})
    year, number = week_before(week)
    earlier = Entry.objects.filter(week__site=week.site_id, week__year=year, week__number=number).in_order()
    copies = [
        Entry(
            week=week,
            date=entry.date + datetime.timedelta(days=7),
            starts_at=entry.starts_at,
            ends_at=entry.ends_at,
            content=entry.content,
            chair=entry.chair,
            attendees=entry.attendees,
            place=entry.place,
            preparing_unit=entry.preparing_unit,
        )
        for entry in earlier
    ]
    for copy in copies:
        copy.save()
    return len(copies)
