"""The week a reader asks for (?tuan=2026-W50)."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from schedule.models import FIRST_YEAR, LAST_YEAR, weeks_in

WEEK_PARAM = "tuan"
# Lenient on purpose: "2026-w5", "2026W05", " 2026 - W50 " are the same week,
# answered by a redirect to its one spelling ("2026-W05").
WEEK_PATTERN = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$")


def week_param(year, number):
    """The one spelling of a week in a link: ISO 8601's "2026-W05"."""
    return f"{year}-W{number:02d}"


class WeekForm(forms.Form):
    tuan = forms.CharField(required=False, max_length=40)

    def clean_tuan(self):
        """(year, number) of the week asked for. A spelling that is no week is
        "invalid"; a week the calendar or the schedule does not have is "missing"."""
        value = self.cleaned_data["tuan"]
        found = WEEK_PATTERN.match(value)
        if found is None:
            raise ValidationError(
                _("“%(value)s” không phải một tuần. Hãy ghi năm và số tuần, ví dụ 2026-W50.")
                % {"value": value},
                code="invalid",
            )
        year, number = int(found[1]), int(found[2])
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise ValidationError(
                _("Lịch công tác chỉ có các tuần từ năm %(first)s đến năm %(last)s.")
                % {"first": FIRST_YEAR, "last": LAST_YEAR},
                code="missing",
            )
        if not 1 <= number <= weeks_in(year):
            raise ValidationError(
                _("Năm %(year)s không có tuần %(number)s: năm này có %(count)s tuần.")
                % {"year": year, "number": number, "count": weeks_in(year)},
                code="missing",
            )
        return year, number
