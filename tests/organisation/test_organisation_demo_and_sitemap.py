"""seed_demo_organisation fills every portal's pages and leaders, once; the
sitemap lists each portal's published pages."""

import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command

from organisation.models import Leader, Page
from tests.factories import first_site, make_site

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_the_demo_fills_every_portal_once(client):
    ward = make_site("phuong-dong-thanh.example.vn", "Cổng thông tin điện tử phường Đông Thành")
    call_command("seed_demo_organisation")
    call_command("seed_demo_organisation")
    for site in (first_site(), ward):
        assert Page.objects.for_site(site).count() == 7
        assert list(Leader.objects.for_site(site).values_list("name", flat=True)) == [
            "Bùi Huyền Mai",
            "Nguyễn Đức Thắng",
            "Trần Thị Thu Hà",
        ]
    page = client.get("/gioi-thieu/lanh-dao/", HTTP_HOST="phuong-dong-thanh.example.vn").content.decode()
    assert "do Cổng thông tin điện tử phường Đông Thành công bố" in page
    assert "Bùi Huyền Mai" in page
    assert client.get("/gioi-thieu/lien-he/").status_code == 200


def test_the_sitemap_lists_the_portals_published_pages(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    top = Page(site=first_site(), title="Cơ cấu tổ chức")
    top.save()
    Page(site=first_site(), title="Văn phòng", parent=top).save()
    Page(site=first_site(), title="Bản nháp", is_published=False).save()
    Page(site=ward, title="Của phường").save()
    response = client.get("/sitemap-gioi-thieu.xml")
    found = [element.findtext(f"{SITEMAP}loc") for element in ET.fromstring(response.content)]
    assert found == [
        "http://testserver/gioi-thieu/",
        "http://testserver/gioi-thieu/co-cau-to-chuc/",
        "http://testserver/gioi-thieu/co-cau-to-chuc/van-phong/",
    ]
