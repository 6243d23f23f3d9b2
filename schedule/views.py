"""The schedule's reader pages: a week by day, and the iCalendar feed."""

import datetime

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.pagecache import public_page
from schedule.feeds import calendar_for
from schedule.forms import WEEK_PARAM, WeekForm, week_param
from schedule.models import FIRST_YEAR, LAST_YEAR, Entry, Week, week_start

DAY_NAMES = [_("Thứ Hai"), _("Thứ Ba"), _("Thứ Tư"), _("Thứ Năm"), _("Thứ Sáu"), _("Thứ Bảy"), _("Chủ nhật")]
# The feed carries the weeks from this many weeks ago onwards.
FEED_PAST_WEEKS = 8


@public_page(WEEK_PARAM)
def week(request):
    """/lich-cong-tac/: this week's schedule, or the week of ?tuan=2026-W50."""
    if WEEK_PARAM not in request.GET:
        iso = timezone.localdate().isocalendar()
        return _week_page(request, iso.year, iso.week)
    form = WeekForm(request.GET)
    if not form.is_valid():
        error = form.errors.as_data()[WEEK_PARAM][0]
        status = 404 if error.code == "missing" else 400
        return render(request, "schedule/week.html", {"error": error.messages[0]}, status=status)
    year, number = form.cleaned_data[WEEK_PARAM]
    if request.GET[WEEK_PARAM] != week_param(year, number):
        return redirect(f"{request.path}?{WEEK_PARAM}={week_param(year, number)}", permanent=True)
    return _week_page(request, year, number)


def _neighbour(monday, days):
    iso = (monday + datetime.timedelta(days=days)).isocalendar()
    return week_param(iso.year, iso.week) if FIRST_YEAR <= iso.year <= LAST_YEAR else None


def _week_page(request, year, number):
    monday = week_start(year, number)
    shown = Week.objects.published(request.site).filter(year=year, number=number).first()
    entries = list(shown.entries.in_order()) if shown else []
    days = [monday + datetime.timedelta(days=i) for i in range(7)]
    context = {
        "number": number,
        "year": year,
        # "07/12", or "28/12/2026" when the week ends in the next year.
        "start_label": monday.strftime("%d/%m" if monday.year == days[-1].year else "%d/%m/%Y"),
        "end": days[-1],
        "week": shown,
        "days": [
            (day, DAY_NAMES[day.weekday()], [entry for entry in entries if entry.date == day]) for day in days
        ],
        "previous_week": _neighbour(monday, -7),
        "next_week": _neighbour(monday, 7),
        "is_current": timezone.localdate().isocalendar()[:2] == (year, number),
        "today": timezone.localdate(),
    }
    return render(request, "schedule/week.html", context)


@public_page
def calendar(request):
    """/lich-cong-tac/lich.ics: the published entries from FEED_PAST_WEEKS weeks ago onwards."""
    since = timezone.localdate() - datetime.timedelta(weeks=FEED_PAST_WEEKS)
    entries = Entry.objects.published(request.site).filter(date__gte=since).in_order()
    return HttpResponse(calendar_for(request.site, entries), content_type="text/calendar; charset=utf-8")
