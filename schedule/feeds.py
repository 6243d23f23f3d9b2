"""The portal's schedule as an iCalendar feed (RFC 5545), for calendars to subscribe to.

Each entry is one event whose UID ("<entry uid>@<portal domain>") never
changes; an edit raises its SEQUENCE and LAST-MODIFIED, so a subscribed
calendar updates the event it has instead of adding another. Times carry the
portal's zone (TZID=Asia/Ho_Chi_Minh, with its VTIMEZONE).
"""

import icalendar
from django.utils.translation import gettext as _


def calendar_for(site, entries):
    """The iCalendar text (bytes) of `entries`, the portal `site`'s."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Newsroom//Lich cong tac//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Lịch công tác – %(portal)s") % {"portal": site.profile.name})
    for entry in entries:
        event = icalendar.Event()
        event.add("uid", f"{entry.uid}@{site.domain}")
        event.add("dtstamp", entry.updated_at)
        event.add("last-modified", entry.updated_at)
        event.add("sequence", entry.sequence)
        event.add("dtstart", entry.start)
        if entry.end is not None:
            event.add("dtend", entry.end)
        event.add("summary", entry.content)
        if entry.place:
            event.add("location", entry.place)
        event.add("description", "\n".join(_details(entry)))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _details(entry):
    for label, value in (
        (_("Chủ trì"), entry.chair),
        (_("Thành phần"), entry.attendees),
        (_("Đơn vị chuẩn bị"), entry.preparing_unit),
    ):
        if value:
            yield f"{label}: {value}"
    if entry.is_changed_after_publication:
        yield _("Điều chỉnh")
