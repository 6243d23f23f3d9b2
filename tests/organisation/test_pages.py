"""/gioi-thieu/: the portal's own pages, nested one level, old slugs redirecting, each portal its own."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from newsroom.models import Portal
from organisation.models import Leader, Page
from tests.factories import first_site, make_site

pytestmark = pytest.mark.django_db


def make_page(title, site=None, **fields):
    page = Page(site=site or first_site(), title=title, **fields)
    page.full_clean()
    page.save()
    return page


def test_the_index_lists_pages_with_their_sub_pages(client):
    structure = make_page("Cơ cấu tổ chức", summary="Các phòng, ban", position=2)
    make_page("Chức năng, nhiệm vụ", position=1)
    make_page("Văn phòng HĐND và UBND", parent=structure)
    page = client.get(reverse("organisation:index")).content.decode()
    assert (
        page.index("Chức năng, nhiệm vụ")
        < page.index("Cơ cấu tổ chức")
        < page.index("Văn phòng HĐND và UBND")
    )
    assert 'href="/gioi-thieu/co-cau-to-chuc/van-phong-hdnd-va-ubnd/"' in page
    assert "Các phòng, ban" in page


def test_a_page_shows_its_sanitised_body(client):
    make_page(
        "Chức năng, nhiệm vụ", body="<p>Ủy ban nhân dân là cơ quan hành chính.</p><script>alert(1)</script>"
    )
    page = client.get("/gioi-thieu/chuc-nang-nhiem-vu/").content.decode()
    assert "<p>Ủy ban nhân dân là cơ quan hành chính.</p>" in page
    assert "alert(1)" not in page


def test_a_renamed_page_keeps_its_old_addresses(client):
    parent = make_page("Cơ cấu tổ chức")
    child = make_page("Phòng Kinh tế", parent=parent)
    child.slug = "phong-kinh-te-ha-tang"
    child.save()
    parent.slug = "to-chuc-bo-may"
    parent.save()
    for old in ("/gioi-thieu/co-cau-to-chuc/phong-kinh-te/", "/gioi-thieu/phong-kinh-te/"):
        response = client.get(old)
        assert response.status_code == 301
        assert response["Location"] == "/gioi-thieu/to-chuc-bo-may/phong-kinh-te-ha-tang/"
    assert client.get("/gioi-thieu/co-cau-to-chuc/")["Location"] == "/gioi-thieu/to-chuc-bo-may/"
    assert client.get("/gioi-thieu/to-chuc-bo-may/phong-kinh-te-ha-tang/").status_code == 200


def test_a_new_page_may_take_a_slug_another_page_left(client):
    old = make_page("Lịch sử")
    old.slug = "lich-su-hinh-thanh"
    old.save()
    newer = make_page("Lịch sử", summary="Trang mới")
    assert newer.slug == "lich-su"
    assert client.get("/gioi-thieu/lich-su/").status_code == 200
    assert client.get("/gioi-thieu/lich-su-hinh-thanh/").status_code == 200


def test_pages_nest_one_level_only():
    top = make_page("Cơ cấu tổ chức")
    child = make_page("Văn phòng", parent=top)
    with pytest.raises(ValidationError) as refused:
        make_page("Tổ văn thư", parent=child)
    assert "các trang chỉ lồng một cấp" in str(refused.value)
    top.parent = make_page("Giới thiệu chung")
    with pytest.raises(ValidationError, match="đang có trang con"):
        top.full_clean()


def test_hidden_pages_and_their_children_are_not_shown(client):
    hidden = make_page("Bản nháp", is_published=False)
    make_page("Con của bản nháp", parent=hidden)
    assert client.get("/gioi-thieu/ban-nhap/").status_code == 404
    assert client.get("/gioi-thieu/ban-nhap/con-cua-ban-nhap/").status_code == 404
    assert "Bản nháp" not in client.get("/gioi-thieu/").content.decode()


def test_an_unknown_page_is_a_vietnamese_404(client):
    response = client.get("/gioi-thieu/khong-co/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_each_portal_shows_only_its_own_pages_and_leaders(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    make_page("Lãnh đạo", kind=Page.Kind.LEADERS)
    make_page("Lãnh đạo", site=ward, kind=Page.Kind.LEADERS)
    make_page("Chỉ của phường", site=ward)
    Leader(site=first_site(), name="Bùi Huyền Mai", title="Chủ tịch UBND quận").save()
    Leader(site=ward, name="Nguyễn Đức Thắng", title="Chủ tịch UBND phường").save()
    ours = client.get("/gioi-thieu/lanh-dao/").content.decode()
    theirs = client.get("/gioi-thieu/lanh-dao/", HTTP_HOST="phuong-dong-thanh.example.vn").content.decode()
    assert "Bùi Huyền Mai" in ours and "Nguyễn Đức Thắng" not in ours
    assert "Nguyễn Đức Thắng" in theirs and "Bùi Huyền Mai" not in theirs
    assert client.get("/gioi-thieu/chi-cua-phuong/").status_code == 404
    assert "Chỉ của phường" not in client.get("/gioi-thieu/").content.decode()


def test_the_leaders_page_lists_name_position_duties_and_public_contacts(client):
    make_page("Lãnh đạo", kind=Page.Kind.LEADERS)
    Leader(
        site=first_site(),
        name="Bùi Huyền Mai",
        title="Chủ tịch Ủy ban nhân dân",
        duties="Lãnh đạo, điều hành chung.",
        phone="024 3825 3536",
        email="chutich@example.gov.vn",
    ).save()
    page = client.get("/gioi-thieu/lanh-dao/").content.decode()
    for text in (
        "Bùi Huyền Mai",
        "Chủ tịch Ủy ban nhân dân",
        "Lãnh đạo, điều hành chung.",
        "024 3825 3536",
        'href="mailto:chutich@example.gov.vn"',
    ):
        assert text in page


def test_the_contacts_page_shows_the_portal_profile_the_map_and_the_request_point(client):
    Portal.objects.update_or_create(
        site=first_site(),
        defaults={
            "name": "UBND quận Hoàng Nam",
            "short_name": "HNP",
            "address": "Số 1 phố Lạc Hồng",
            "phone": "024 3825 0000",
            "email": "ubnd@hoangnam.gov.vn",
        },
    )
    make_page(
        "Liên hệ",
        kind=Page.Kind.CONTACT,
        map_url="https://www.openstreetmap.org/#map=18/21.02/105.85",
        body="<h2>Đầu mối tiếp nhận yêu cầu cung cấp thông tin</h2><p>Bộ phận Một cửa.</p>",
    )
    from newsroom.portals import forget_portals

    forget_portals()
    page = client.get(reverse("organisation:contact")).content.decode()
    assert reverse("organisation:contact") == "/gioi-thieu/lien-he/"
    for text in (
        "Số 1 phố Lạc Hồng",
        "024 3825 0000",
        "ubnd@hoangnam.gov.vn",
        'href="https://www.openstreetmap.org/#map=18/21.02/105.85"',
        "Đầu mối tiếp nhận yêu cầu cung cấp thông tin",
    ):
        assert text in page


def test_a_page_may_not_take_the_contact_address():
    with pytest.raises(ValidationError, match="dành cho trang Liên hệ"):
        make_page("Liên hệ")


def test_every_pages_footer_links_the_organisation_and_its_contacts(client):
    make_page("Chức năng, nhiệm vụ")
    home = client.get("/").content.decode()
    footer = home[home.index('<footer class="site-footer">') :]
    assert 'href="/gioi-thieu/"' in footer and 'href="/gioi-thieu/lien-he/"' in footer
