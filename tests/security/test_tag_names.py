"""Tags get the comments' text rules: control and bidi characters are refused
where a journalist types them, never kept; invisible characters make no
look-alike tag; a name that grows when case-folded still fits its key."""

import pytest
from django import forms

from articles.models import Tag
from articles.tagging import TagAutocomplete, TagNamesField
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def picker():
    return TagNamesField(widget=TagAutocomplete(Tag._meta.get_field("name"), admin_site=None))


@pytest.mark.parametrize("name", ["Đô\x00thị", "Đô thị\x07", "Đô \u202ethị", "Đô\u2066 thị", "\x1bĐô thị"])
def test_control_and_bidi_characters_are_refused_with_a_message(name):
    with pytest.raises(forms.ValidationError) as refused:
        picker().clean([name])
    assert "ký tự điều khiển" in str(refused.value)


@pytest.mark.parametrize(
    "hidden", ["\u200b", "\u2060", "\u00ad", "\ufeff", "\u200d", "\u202e", "\x00", "\x07"]
)
def test_invisible_or_control_characters_make_no_other_tag(hidden):
    article = make_article()
    article.tags.add("Đô thị")
    article.tags.add(f"Đô{hidden} thị", f"Đô t{hidden}hị", f"{hidden}Đô thị")
    assert list(Tag.objects.values_list("name", "slug")) == [("Đô thị", "do-thi")]


def test_a_name_that_grows_when_folded_is_saved():
    article = make_article()
    for name in ["ß" * 100, "ﬃ" * 100, "ΐ" * 100]:
        article.tags.add(name)
    assert Tag.objects.count() == 3
    assert all(len(tag.key) <= 300 for tag in Tag.objects.all())
    assert picker().clean(["ß" * 100]) == ["ß" * 100]
