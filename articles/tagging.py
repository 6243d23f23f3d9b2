"""Picking tags in the admin: Django admin's own autocomplete (select2), where a
name that does not exist yet can be typed and added.

The options carry tag names, not ids, so a picked tag and a newly typed one
arrive alike; Article.tags turns names into tags (one tag per name, whatever
the case, spacing or Unicode form) when the form is saved.
"""

import json

from django import forms
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.core.exceptions import BadRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from articles.models import Tag
from newsroom.vietnamese import clean_label, control_characters, label_key

NAME_MAX_LENGTH = Tag._meta.get_field("name").max_length


class TagNameAutocompleteView(AutocompleteJsonView):
    """The admin's autocomplete answers (same checks, same search), with names
    as values; asked about a field that is not a tag field, a 400."""

    def process_request(self, request):
        term, model_admin, source_field, to_field_name = super().process_request(request)
        if getattr(source_field, "related_model", None) is not Tag:
            raise BadRequest("not a tag field")
        return term, model_admin, source_field, to_field_name

    def serialize_result(self, tag, to_field_name):
        return {"id": tag.name, "text": tag.name}


class TagAutocomplete(AutocompleteSelectMultiple):
    """Select2 in "tags" mode: Enter or a comma after a new name adds it."""

    def get_url(self):
        return reverse("admin:articles_tag_names")

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        attrs["data-tags"] = "true"
        attrs["data-token-separators"] = json.dumps([","])
        # Each tag has its own "×"; select2's clear-all one would sit as a <span>
        # among the list items of its <ul> (axe: list).
        attrs["data-allow-clear"] = "false"
        return attrs

    def optgroups(self, name, value, attr=None):
        chosen = [
            self.create_option(name, item, item, True, index)
            for index, item in enumerate(v for v in value if v)
        ]
        return [(None, chosen, 0)]


class TagNamesField(forms.MultipleChoiceField):
    """Tag names, cleaned: NFC, spaces collapsed, each tag once."""

    def __init__(self, *, widget, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(widget=widget, **kwargs)

    def prepare_value(self, value):
        return [getattr(tag, "name", tag) for tag in value or []]

    def to_python(self, value):
        typed = super().to_python(value)
        if any(control_characters(name) for name in typed):
            # The comments' rule (comments/text.py): refused, not silently mended.
            raise forms.ValidationError(
                _("Từ khóa có ký tự điều khiển không hợp lệ, vui lòng gõ lại."), code="control_character"
            )
        names = {}
        for name in map(clean_label, typed):
            if name:
                names.setdefault(label_key(name), name)
        return list(names.values())

    def validate(self, value):
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        too_long = [name for name in value if len(name) > NAME_MAX_LENGTH]
        if too_long:
            raise forms.ValidationError(
                _("Từ khóa “%(name)s” quá dài: tối đa %(limit)d ký tự."),
                params={"name": too_long[0][:30] + "…", "limit": NAME_MAX_LENGTH},
            )


class TagForm(forms.ModelForm):
    """Renaming or adding a tag in the admin: a name another tag already has,
    however it is typed, is refused with a clear message."""

    class Meta:
        model = Tag
        fields = ["site", "name", "slug"]

    def clean_name(self):
        name = clean_label(self.cleaned_data["name"])
        site = self.cleaned_data.get("site") or self.instance.site_id
        same = Tag.objects.for_site(site).filter(key=label_key(name)).exclude(pk=self.instance.pk).first()
        if same is not None:
            raise forms.ValidationError(
                _("Đã có từ khóa “%(name)s”."), params={"name": same.name}, code="duplicate"
            )
        return name
