"""The reader's comment form: Vietnamese input rules and the captcha check."""

import datetime

from django import forms
from django.core import signing
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from comments.captcha import use_captcha
from comments.text import clean_text, to_e164
from newsroom.portals import signs_as_newsroom
from newsroom.vietnamese import NFCCharField

_STARTED_SALT = "comments.form-started"
# The longest comment body, in characters as stored (NFC, line ends as "\n").
BODY_LIMIT = 3000


def started_token(at):
    """A signed token of the moment the comment form was first shown to a reader."""
    return signing.dumps(at.timestamp(), salt=_STARTED_SALT)


def started_at(token):
    """The moment in a token from started_token(), or None if it is missing or forged."""
    try:
        timestamp = signing.loads(token or "", salt=_STARTED_SALT)
        return datetime.datetime.fromtimestamp(float(timestamp), tz=datetime.UTC)
    except (signing.BadSignature, TypeError, ValueError, OverflowError):
        return None


class AnswerInput(forms.TextInput):
    """A text box that never shows what was typed: a spent captcha's answer is no use."""

    def format_value(self, value):
        return None


class CommentForm(forms.Form):
    name = NFCCharField(label=_("Họ tên (*)"), max_length=100)
    phone = NFCCharField(label=_("Số điện thoại"), max_length=30, required=False)
    title = NFCCharField(label=_("Tiêu đề (*)"), max_length=200)
    # No max_length on the field: the browser would cut a longer paste without
    # a word (a textarea's maxlength). The limit is said beside the box, counted
    # down as one types (static/js/comment-length.js), and checked in
    # clean_body() on the text as stored, which refuses, never cuts.
    body = NFCCharField(
        label=_("Nội dung (*)"),
        widget=forms.Textarea(attrs={"rows": 6, "data-limit": BODY_LIMIT}),
        help_text=_("Tối đa %(limit)d ký tự.") % {"limit": BODY_LIMIT},
    )
    captcha_key = forms.CharField(required=False, widget=forms.HiddenInput)
    # When the form was first shown (signed): the minimum time to post counts from
    # it, not from the latest captcha, which a wrong answer renews.
    started = forms.CharField(required=False, widget=forms.HiddenInput(attrs={"data-started": ""}))
    captcha = forms.CharField(
        label=_("Mã xác nhận (chữ số trong ảnh hoặc chữ số nghe được)"),
        max_length=32,
        required=False,
        widget=AnswerInput,
    )
    # The honeypot: hidden from people by CSS, filled in by naive bots.
    website = forms.CharField(label=_("Trang web (để trống)"), required=False)

    def __init__(self, *args, now=None, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.now = now
        self.started_at = None
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
        self.fields["body"].widget.attrs["aria-describedby"] = self["body"].auto_id + "_help"
        self.fields["phone"].widget.attrs.update({"inputmode": "tel", "autocomplete": "tel"})
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["captcha"].widget.attrs.update(
            {
                "autocomplete": "off",
                "autocapitalize": "off",
                "spellcheck": "false",
                "inputmode": "numeric",
                "required": True,
            }
        )
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def clean_name(self):
        name = self._required_text("name")
        if signs_as_newsroom(name):
            raise forms.ValidationError(
                _("Tên này là tên của tòa soạn hoặc cổng thông tin. Vui lòng ký bằng tên của bạn."),
                code="newsroom_name",
            )
        return name

    def clean_title(self):
        return self._required_text("title")

    def clean_body(self):
        body = self._required_text("body", multiline=True)
        if len(body) > BODY_LIMIT:
            raise forms.ValidationError(
                self.fields["name"].error_messages["max_length"],
                params={"limit_value": BODY_LIMIT, "show_value": len(body)},
                code="max_length",
            )
        return body

    def _required_text(self, name, multiline=False):
        # Text made only of invisible characters is empty once they are stripped.
        value = clean_text(self.cleaned_data[name], multiline=multiline)
        if not value:
            raise forms.ValidationError(self.fields[name].error_messages["required"], code="required")
        return value

    def clean_started(self):
        self.started_at = started_at(self.cleaned_data["started"])
        return self.cleaned_data["started"]

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
        # A form with mistakes goes no further: its captcha is spent here, right or
        # wrong, and it comes back with a new one. A form without them leaves the
        # captcha to moderation.submit_comment, which spends it in the transaction
        # that stores the comment it buys.
        if (
            self.errors
            and use_captcha(
                self.cleaned_data.get("captcha_key", ""), self.cleaned_data.get("captcha", ""), now=self.now
            )
            is None
        ):
            self.captcha_refused()
        return self.cleaned_data

    def captcha_refused(self):
        """Mark the captcha's answer wrong (or its key spent or expired)."""
        self.add_error(
            "captcha",
            forms.ValidationError(
                _("Mã xác nhận không đúng hoặc đã hết hạn. Vui lòng nhập mã mới."), code="captcha"
            ),
        )
