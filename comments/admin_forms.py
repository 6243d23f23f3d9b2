"""The forms of a comment's admin page: a moderator's edit and the newsroom's reply."""

from django import forms
from django.utils.translation import gettext_lazy as _

from comments.models import Comment
from comments.text import clean_text
from newsroom.vietnamese import NFCCharField


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Tòa soạn trả lời"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "class": "vLargeTextField"}),
        help_text=_("Hiện dưới bình luận, cùng với bình luận. Để trống để gỡ câu trả lời."),
    )

    def clean_body(self):
        return clean_text(self.cleaned_data["body"], multiline=True)


class CommentEditForm(forms.ModelForm):
    reason = NFCCharField(label=_("Lý do (ghi vào lịch sử)"), max_length=300, required=False)

    class Meta:
        model = Comment
        fields = ["title", "body"]

    def clean_title(self):
        return clean_text(self.cleaned_data["title"])

    def clean_body(self):
        return clean_text(self.cleaned_data["body"], multiline=True)
