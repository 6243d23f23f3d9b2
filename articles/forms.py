"""Reader-facing forms of the articles app."""
from django import forms
from django.utils.translation import gettext_lazy as _

from articles.search import MAX_QUERY_LENGTH
from articles.vietnamese import nfc


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
