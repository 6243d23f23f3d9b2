"""The "Đặt câu hỏi" form: the comment form's fields, rules and Vietnamese
answers (comments/forms.py), with the asker's email and the field (lĩnh vực)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from comments.forms import CommentForm
from comments.text import clean_text
from questions.models import Field


class QuestionForm(CommentForm):
    email = forms.EmailField(label=_("Email"), max_length=254, required=False)
    field = forms.ModelChoiceField(
        label=_("Lĩnh vực"), queryset=Field.objects.none(), required=False, empty_label=_("— Chọn lĩnh vực —")
    )

    field_order = [
        "name",
        "phone",
        "email",
        "field",
        "title",
        "body",
        "captcha_key",
        "started",
        "captcha",
        "website",
    ]

    def __init__(self, *args, site, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].queryset = Field.objects.for_site(site)
        self.fields["field"].error_messages["invalid_choice"] = _(
            "Vui lòng chọn một lĩnh vực trong danh sách."
        )
        self.fields["email"].error_messages["invalid"] = _("Địa chỉ email không đúng, ví dụ: ten@example.vn.")
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_email(self):
        return clean_text(self.cleaned_data["email"]).lower()


class LookupForm(forms.Form):
    ma = forms.CharField(label=_("Mã tra cứu"), max_length=40, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["ma"].widget.attrs.update(
            {"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        )
