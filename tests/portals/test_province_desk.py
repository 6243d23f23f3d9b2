"""The province desk: the province's editors put a ward's published story on the
province's home page ("Tin từ cơ sở"), linking to the ward's own page; the
province's search finds every portal's stories, each naming its portal."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from articles import workflow
from articles.models import Article
from tests.factories import make_article, make_editor, make_section, make_site

pytestmark = pytest.mark.django_db
WARD = "phuong-a.example.vn"
WARD_STORIES = "/quan-tri/articles/wardstory/"


@pytest.fixture
def ward_story():
    ward = make_site(WARD, "Cổng thông tin điện tử phường A", short_name="PA")
    return make_article(title="Phường A khánh thành nhà văn hóa", section=make_section(site=ward))


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_province_editor_puts_a_ward_story_on_the_province_home(client, ward_story):
    editor = signed_in(make_editor())
    assert "Phường A khánh thành nhà văn hóa" in editor.get(WARD_STORIES).content.decode()
    home_before = client.get("/")
    editor.post(
        WARD_STORIES, {"action": "put_on_province_home", "_selected_action": [ward_story.pk], "index": 0}
    )
    assert client.get("/", HTTP_IF_NONE_MATCH=home_before["ETag"]).status_code == 200
    home = client.get("/").content.decode()
    section = home[home.index("Tin từ cơ sở") :]
    assert f'href="http://{WARD}{ward_story.get_absolute_url()}"' in section
    assert "Cổng thông tin điện tử phường A" in section
    # The story stays the ward's: not on the province's own address, canonical on the ward's.
    assert client.get(ward_story.get_absolute_url()).status_code == 404
    page = client.get(ward_story.get_absolute_url(), HTTP_HOST=WARD).content.decode()
    assert f'<link rel="canonical" href="http://{WARD}{ward_story.get_absolute_url()}">' in page

    editor.post(
        WARD_STORIES, {"action": "take_off_province_home", "_selected_action": [ward_story.pk], "index": 0}
    )
    assert "Tin từ cơ sở" not in client.get("/").content.decode()


def test_a_ward_editor_cannot_choose_the_province_home(ward_story):
    ward_editor = make_editor(site=ward_story.site)
    with pytest.raises(PermissionDenied):
        workflow.put_on_province_home(ward_story, ward_editor)
    response = signed_in(ward_editor).post(
        WARD_STORIES, {"action": "put_on_province_home", "_selected_action": [ward_story.pk], "index": 0}
    )
    assert response.status_code in (302, 403)
    assert Article.objects.get(pk=ward_story.pk).on_province_home_at is None


def test_an_unpublished_ward_story_cannot_go_on_the_province_home(ward_story):
    draft = make_article(section=ward_story.section, status=Article.Status.DRAFT)
    with pytest.raises(PermissionDenied):
        workflow.put_on_province_home(draft, make_editor())
    assert not Article.objects.from_wards(1).exists()


def test_the_province_search_finds_every_portals_stories_naming_the_portal(client, ward_story):
    make_article(title="Quận khánh thành nhà văn hóa trung tâm")
    province = client.get("/tim-kiem/?q=khanh+thanh").content.decode()
    assert f"http://{WARD}{ward_story.get_absolute_url()}" in province
    assert "Cổng thông tin điện tử phường A" in province
    ward = client.get("/tim-kiem/?q=khanh+thanh", HTTP_HOST=WARD).content.decode()
    assert ward_story.get_absolute_url() in ward
    assert "trung tâm" not in ward.split('<main id="noi-dung"', 1)[1]
