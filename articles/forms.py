"""Reader-facing forms of the articles app."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from articles.search import MAX_QUERY_LENGTH
from newsroom.vietnamese import nfc


class ArchiveDayForm(forms.Form):
    """The "Các bài đã đăng" date picker: one local calendar day.

    Days are limited to a range any news can have: near the ends of Python's
    calendar the day's bounds in UTC do not exist (OverflowError).
    """

    FIRST_DAY = datetime.date(1900, 1, 1)
    LAST_DAY = datetime.date(2100, 12, 31)

    ngay = forms.DateField(
        label=_("Các bài đã đăng ngày"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"],
        widget=forms.DateInput(
            attrs={"type": "date", "min": FIRST_DAY.isoformat(), "max": LAST_DAY.isoformat()},
            format="%Y-%m-%d",
        ),
        error_messages={
            "required": _("Vui lòng chọn ngày."),
            "invalid": _("Ngày không hợp lệ. Vui lòng chọn ngày theo dạng ngày/tháng/năm."),
        },
    )

    def clean_ngay(self):
        day = self.cleaned_data["ngay"]
        if not self.FIRST_DAY <= day <= self.LAST_DAY:
            raise forms.ValidationError(
                _("Chỉ xem được các ngày từ %(first)s đến %(last)s."),
                params={
                    "first": self.FIRST_DAY.strftime("%d/%m/%Y"),
                    "last": self.LAST_DAY.strftime("%d/%m/%Y"),
                },
                code="out_of_range",
            )
        return day


class SearchForm(forms.Form):
    """The search box: any text up to MAX_QUERY_LENGTH characters, in NFC."""

    q = forms.CharField(
        label=_("Từ khóa"),
        required=False,
        widget=forms.SearchInput(attrs={"maxlength": MAX_QUERY_LENGTH}),
        error_messages={
            "null_characters_not_allowed": _("Từ khóa có ký tự không hợp lệ."),
        },
    )

    def clean_q(self):
        # Measured after NFC: a query typed in decomposed Unicode is no longer.
        query = nfc(self.cleaned_data["q"])
        if len(query) > MAX_QUERY_LENGTH:
            raise forms.ValidationError(
                _("Từ khóa quá dài: tối đa %(limit)d ký tự, bạn đã nhập %(length)d."),
                params={"limit": MAX_QUERY_LENGTH, "length": len(query)},
            )
        return query
