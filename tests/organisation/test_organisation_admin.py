"""Editors write their portal's pages and leaders in the admin; no other portal's."""

import pytest
from django.urls import reverse

from organisation.models import Leader, Page
from tests.factories import first_site, give_role, make_editor, make_journalist, make_site

pytestmark = pytest.mark.django_db


def page_data(site, **fields):
    return {
        "site": site.pk,
        "title": "Chức năng, nhiệm vụ",
        "slug": "",
        "kind": "duties",
        "summary": "",
        "body": "<p>Ủy ban nhân dân là cơ quan hành chính nhà nước ở địa phương.</p>",
        "map_url": "",
        "position": "1",
        "is_published": "on",
        **fields,
    }


def test_an_editor_writes_a_page_of_their_portal(client):
    editor = make_editor(is_staff=True)
    client.force_login(editor)
    response = client.post(reverse("admin:organisation_page_add"), page_data(first_site()))
    assert response.status_code == 302
    page = Page.objects.get()
    assert (page.site_id, page.slug) == (first_site().pk, "chuc-nang-nhiem-vu")
    assert client.get("/gioi-thieu/chuc-nang-nhiem-vu/").status_code == 200


def test_a_third_level_is_refused_in_the_form(client):
    top = Page(site=first_site(), title="Cơ cấu tổ chức")
    top.save()
    child = Page(site=first_site(), title="Văn phòng", parent=top)
    child.save()
    client.force_login(make_editor(is_staff=True))
    response = client.post(reverse("admin:organisation_page_add"), page_data(first_site(), parent=child.pk))
    assert response.status_code == 200
    assert (
        "Chọn một lựa chọn hợp lệ" in response.content.decode()
        or "chỉ lồng một cấp" in response.content.decode()
    )
    assert Page.objects.count() == 2


def test_another_portals_pages_and_leaders_stay_out_of_reach(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    theirs = Page(site=ward, title="Của phường")
    theirs.save()
    leader = Leader(site=ward, name="Nguyễn Đức Thắng", title="Chủ tịch UBND phường")
    leader.save()
    client.force_login(make_editor(is_staff=True))
    assert client.get(reverse("admin:organisation_page_change", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("admin:organisation_leader_change", args=[leader.pk])).status_code == 404
    assert "Của phường" not in client.get(reverse("admin:organisation_page_changelist")).content.decode()
    # A forged form naming the other portal is refused; nothing is stored there.
    client.post(reverse("admin:organisation_page_add"), page_data(ward, title="Giả mạo"))
    assert not Page.objects.filter(title="Giả mạo").exists()


def test_a_journalist_role_elsewhere_gives_no_right_to_write_there(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    editor = give_role(make_editor(is_staff=True), "journalist", ward)
    client.force_login(editor)
    response = client.post(reverse("admin:organisation_page_add"), page_data(ward, title="Không được phép"))
    assert response.status_code == 403
    assert not Page.objects.filter(title="Không được phép").exists()


def test_journalists_do_not_write_the_organisation_pages(client):
    client.force_login(make_journalist(is_staff=True))
    assert client.get(reverse("admin:organisation_page_add")).status_code == 403
    assert client.get(reverse("admin:organisation_leader_add")).status_code == 403
