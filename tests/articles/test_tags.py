"""Tags ("Từ khóa"): one tag per name however it is typed, slugs like articles'."""

import unicodedata

import pytest

from articles.models import Tag
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_tag_slug_is_made_like_an_article_slug():
    assert Tag.objects.create(name="Đô thị").slug == "do-thi"
    assert Tag.objects.create(name="Cải cách hành chính").slug == "cai-cach-hanh-chinh"


def test_names_differing_in_case_spacing_or_unicode_form_are_one_tag():
    article = make_article(tags=["Đô thị"])
    decomposed = unicodedata.normalize("NFD", "đô thị")
    assert decomposed != "đô thị"
    other = make_article(tags=["  ĐÔ   THỊ ", decomposed])
    other.tags.add("đô thị")
    assert Tag.objects.count() == 1
    tag = Tag.objects.get()
    assert tag.name == "Đô thị", "the first spelling is kept"
    assert list(other.tags.all()) == [tag]
    assert list(article.tags.all()) == [tag]


def test_a_new_name_is_stored_in_nfc_with_single_spaces():
    article = make_article(tags=[unicodedata.normalize("NFD", "  Lễ   hội  đình ")])
    assert [tag.name for tag in article.tags.all()] == ["Lễ hội đình"]
    assert unicodedata.is_normalized("NFC", Tag.objects.get().name)


def test_different_names_with_the_same_slug_get_distinct_slugs():
    first = Tag.objects.create(name="Đỗ Thị")
    second = Tag.objects.create(name="Đô thị")
    assert first.slug == "do-thi"
    assert second.slug == "do-thi-1"
    assert second.get_absolute_url() == "/tu-khoa/do-thi-1/"


def test_blank_names_are_ignored():
    article = make_article(tags=["Đô thị", "   ", ""])
    assert [tag.name for tag in article.tags.all()] == ["Đô thị"]
