"""Tags and pins in the admin: who may pick, add and pin, including forged POSTs."""

import datetime
import unicodedata

import pytest
from django.utils import timezone

from articles.models import Article, Tag
from tests.editing.test_admin_permissions import (
    ADD_URL,
    action,
    article_form,
    change_url,
    logged_in,
)
from tests.factories import make_article, make_editor, make_journalist, make_section, make_user

pytestmark = pytest.mark.django_db
Status = Article.Status
NAMES_URL = "/quan-tri/articles/tag/goi-y/"


def suggest(client, term):
    return client.get(
        NAMES_URL,
        {"term": term, "app_label": "articles", "model_name": "article", "field_name": "tags"},
    )


def test_journalist_picks_an_existing_tag_and_adds_a_new_one(client):
    Tag.objects.create(name="Đô thị")
    journalist = make_journalist()
    form = article_form(make_section(), tags=["đô  THỊ", unicodedata.normalize("NFD", "Lễ hội"), "Lễ hội"])
    response = logged_in(client, journalist).post(ADD_URL, form)
    assert response.status_code == 302
    article = Article.objects.get()
    assert sorted(tag.name for tag in article.tags.all()) == ["Lễ hội", "Đô thị"]
    assert Tag.objects.count() == 2


def test_editor_removes_a_tag_by_leaving_it_out(client):
    article = make_article(tags=["Đô thị", "Giáo dục"])
    logged_in(client, make_editor()).post(
        change_url(article),
        article_form(
            article.section,
            status=Status.PUBLISHED,
            tags=["Giáo dục"],
            published_at_0="01/01/2024",
            published_at_1="08:00:00",
        ),
    )
    assert [tag.name for tag in article.tags.all()] == ["Giáo dục"]


def test_change_form_offers_the_admin_autocomplete_with_new_names_allowed(client):
    article = make_article(author=make_journalist(), status=Status.DRAFT, tags=["Đô thị"])
    html = logged_in(client, article.author).get(change_url(article)).content.decode()
    select = html[html.index('name="tags"') - 400 : html.index('name="tags"') + 600]
    assert "admin-autocomplete" in select
    assert 'data-tags="true"' in select
    assert f'data-ajax--url="{NAMES_URL}"' in select
    assert '<option value="Đô thị" selected>Đô thị</option>' in select
    assert "admin/js/autocomplete.js" in html


def test_suggestions_are_names_matched_ignoring_case_and_unicode_form(client):
    for name in ("Đô thị", "Đô thị văn minh", "Giáo dục"):
        Tag.objects.create(name=name)
    logged_in(client, make_journalist())
    response = suggest(client, unicodedata.normalize("NFD", "ĐÔ THỊ"))
    assert response.status_code == 200
    assert response.json()["results"] == [
        {"id": "Đô thị", "text": "Đô thị"},
        {"id": "Đô thị văn minh", "text": "Đô thị văn minh"},
    ]


def test_suggestions_need_a_staff_login(client):
    Tag.objects.create(name="Đô thị")
    assert suggest(client, "đô").status_code == 302
    logged_in(client, make_user(is_staff=True))
    assert suggest(client, "đô").status_code == 403


def test_over_long_tag_name_gets_a_vietnamese_error_and_nothing_is_stored(client):
    logged_in(client, make_journalist())
    response = client.post(ADD_URL, article_form(make_section(), tags=["Rất dài " * 20]))
    assert response.status_code == 200
    assert "quá dài: tối đa 100 ký tự" in response.content.decode()
    assert not Article.objects.exists()
    assert not Tag.objects.exists()


def test_renaming_a_tag_to_another_tags_name_is_refused_in_vietnamese(client):
    Tag.objects.create(name="Đô thị")
    other = Tag.objects.create(name="Giao thông")
    logged_in(client, make_editor())
    response = client.post(
        f"/quan-tri/articles/tag/{other.pk}/change/", {"name": "  ĐÔ THỊ ", "slug": "giao-thong"}
    )
    assert response.status_code == 200
    assert "Đã có từ khóa “Đô thị”." in response.content.decode()
    other.refresh_from_db()
    assert other.name == "Giao thông"


def test_journalist_cannot_rename_or_delete_tags(client):
    tag = Tag.objects.create(name="Đô thị")
    logged_in(client, make_journalist())
    assert (
        client.post(f"/quan-tri/articles/tag/{tag.pk}/change/", {"name": "Khác", "slug": "khac"}).status_code
        == 403
    )
    assert client.post(f"/quan-tri/articles/tag/{tag.pk}/delete/", {"post": "yes"}).status_code == 403
    tag.refresh_from_db()
    assert tag.name == "Đô thị"


def pin_fields(**fields):
    return {"home_position": "", "section_position": "", "pinned_until_0": "", "pinned_until_1": "", **fields}


def test_editor_pins_to_home_and_section_until_a_time(client):
    article = make_article(author=make_journalist())
    form = article_form(
        article.section,
        status=Status.PUBLISHED,
        published_at_0="01/01/2024",
        published_at_1="08:00:00",
        **pin_fields(
            home_position="2", section_position="1", pinned_until_0="01/01/2030", pinned_until_1="08:00:00"
        ),
    )
    assert logged_in(client, make_editor()).post(change_url(article), form).status_code == 302
    article.refresh_from_db()
    assert (article.home_position, article.section_position) == (2, 1)
    assert timezone.localtime(article.pinned_until).replace(tzinfo=None) == datetime.datetime(
        2030, 1, 1, 8, 0
    )
    listing = client.get("/quan-tri/articles/article/").content.decode()
    assert "Trang chủ #2, Chuyên mục #1, đến 08:00 01/01/2030" in listing


def test_journalist_sees_no_pin_inputs_and_a_forged_pin_is_ignored(client):
    journalist = make_journalist()
    article = make_article(author=journalist, status=Status.DRAFT)
    html = logged_in(client, journalist).get(change_url(article)).content.decode()
    assert 'name="home_position"' not in html
    client.post(
        change_url(article),
        article_form(
            article.section,
            **pin_fields(
                home_position="1",
                section_position="1",
                pinned_until_0="01/01/2030",
                pinned_until_1="08:00:00",
            ),
        ),
    )
    article.refresh_from_db()
    assert (article.home_position, article.section_position, article.pinned_until) == (None, None, None)


def test_journalist_cannot_create_a_pinned_article_by_post(client):
    logged_in(client, make_journalist())
    client.post(ADD_URL, article_form(make_section(), **pin_fields(home_position="1")))
    assert Article.objects.get().home_position is None


def test_forged_unpin_action_by_journalist_changes_nothing(client):
    journalist = make_journalist()
    pinned = make_article(author=journalist, home_position=1, section_position=1)
    action(logged_in(client, journalist), "unpin", pinned)
    pinned.refresh_from_db()
    assert (pinned.home_position, pinned.section_position) == (1, 1)


def test_editor_unpins_with_the_action(client):
    pinned = make_article(home_position=1, section_position=1)
    response = action(logged_in(client, make_editor()), "unpin", pinned)
    assert response.status_code == 302
    pinned.refresh_from_db()
    assert (pinned.home_position, pinned.section_position) == (None, None)
