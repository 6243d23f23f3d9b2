"""Reader-facing forms of the articles app."""
from django import forms
from django.utils.translation import gettext_lazy as _


class ArchiveDayForm(forms.Form):
    """The "Các bài đã đăng" date picker: one local calendar day."""

    ngay = forms.DateField(
        label=_("Các bài đã đăng ngày"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Vui lòng chọn ngày."),
            "invalid": _("Ngày không hợp lệ. Vui lòng chọn ngày theo dạng ngày/tháng/năm."),
        },
    )
