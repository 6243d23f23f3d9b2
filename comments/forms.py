"""The reader's comment form: Vietnamese input rules and the captcha check."""
from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from comments import moderation
from comments.text import clean_text, to_e164

class AnswerInput(forms.TextInput):
    """A text box that never shows what was typed: a spent captcha's answer is no use."""

    def format_value(self, value):
        return None


class CommentForm(forms.Form):
    name = forms.CharField(label=_("Họ tên (*)"), max_length=100)
    phone = forms.CharField(label=_("Số điện thoại"), max_length=30, required=False)
    title = forms.CharField(label=_("Tiêu đề (*)"), max_length=200)
    body = forms.CharField(label=_("Nội dung (*)"), max_length=3000, widget=forms.Textarea(attrs={"rows": 6}))
    captcha_key = forms.CharField(required=False, widget=forms.HiddenInput)
    captcha = forms.CharField(
        label=_("Mã xác nhận"), max_length=32, required=False, widget=AnswerInput
    )
    # The honeypot: hidden from people by CSS, filled in by naive bots.
    website = forms.CharField(label=_("Trang web (để trống)"), required=False)

    def __init__(self, *args, now=None, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.now = now
        self.captcha_issued_at = None
        for field in (self.fields[name] for name in ("name", "phone", "title", "body")):
            # NUL is refused by clean_text with the same message as other control characters.
            field.validators = [
                v for v in field.validators if not isinstance(v, ProhibitNullCharactersValidator)
            ]
        for name, what in [("name", _("họ tên")), ("title", _("tiêu đề")), ("body", _("nội dung"))]:
            self.fields[name].error_messages["required"] = _("Vui lòng nhập %(what)s.") % {"what": what}
            self.fields[name].error_messages["max_length"] = _(
                "Tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d)."
            )
        self.fields["phone"].widget.attrs.update({"inputmode": "tel", "autocomplete": "tel"})
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["captcha"].widget.attrs.update(
            {"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false", "required": True}
        )
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def clean_name(self):
        return self._required_text("name")

    def clean_title(self):
        return self._required_text("title")

    def clean_body(self):
        return self._required_text("body", multiline=True)

    def _required_text(self, name, multiline=False):
        # Text made only of invisible characters is empty once they are stripped.
        value = clean_text(self.cleaned_data[name], multiline=multiline)
        if not value:
            raise forms.ValidationError(self.fields[name].error_messages["required"], code="required")
        return value

    def clean_phone(self):
        phone = clean_text(self.cleaned_data["phone"])
        if not phone:
            return ""
        try:
            return to_e164(phone)
        except ValueError:
            raise forms.ValidationError(
                _("Số điện thoại không đúng. Nhập số Việt Nam, ví dụ 0912 345 678."),
                code="invalid_phone",
            ) from None

    def clean(self):
        # The captcha is spent whatever else is wrong: the form comes back with a new one.
        self.captcha_issued_at = moderation.use_captcha(
            self.cleaned_data.get("captcha_key", ""),
            self.cleaned_data.get("captcha", ""),
            now=self.now,
        )
        if self.captcha_issued_at is None:
            self.add_error(
                "captcha",
                forms.ValidationError(
                    _("Mã xác nhận không đúng hoặc đã hết hạn. Vui lòng nhập mã mới."),
                    code="captcha",
                ),
            )
        return self.cleaned_data
