"""manage.py add_site and add_staff: portals and their staff from the command line."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site
from django.core.management import CommandError, call_command

from newsroom.models import Portal, PortalRole
from tests.factories import first_site

pytestmark = pytest.mark.django_db


def test_add_site_creates_a_ward_of_its_province_that_answers_at_once(client):
    call_command(
        "add_site",
        "phuong-ba-dinh.example.vn",
        "Cổng thông tin điện tử phường Ba Đình",
        short_name="BĐ",
        parent=first_site().domain,
    )
    portal = Portal.objects.get(site__domain="phuong-ba-dinh.example.vn")
    assert (portal.name, portal.short_name, portal.parent.site_id) == (
        "Cổng thông tin điện tử phường Ba Đình",
        "BĐ",
        first_site().pk,
    )
    assert "phường Ba Đình" in client.get("/", HTTP_HOST="phuong-ba-dinh.example.vn").content.decode()


def test_add_site_again_updates_the_portal(client):
    call_command("add_site", "xa-a.example.vn", "Xã A", short_name="XA")
    call_command("add_site", "XA-A.example.vn", "Cổng thông tin điện tử xã A", short_name="XA")
    assert Site.objects.filter(domain="xa-a.example.vn").count() == 1
    assert Portal.objects.get(site__domain="xa-a.example.vn").name == "Cổng thông tin điện tử xã A"


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["http://xa.vn/", "Xã", "--short-name", "X"], "không phải tên miền"),
        (["xa.example.vn:8000", "Xã", "--short-name", "X"], "không phải tên miền"),
        (
            ["xa.example.vn", "Xã", "--short-name", "X", "--parent", "khong-co.example.vn"],
            "Không có cổng nào",
        ),
        (["xa.example.vn", "  ", "--short-name", "X"], "không được để trống"),
    ],
)
def test_add_site_refuses_bad_input_in_vietnamese_and_stores_nothing(arguments, message):
    before = Site.objects.count()
    with pytest.raises(CommandError, match=message):
        call_command("add_site", *arguments)
    assert Site.objects.count() == before


def test_add_staff_creates_the_user_with_the_role_on_that_portal_only():
    call_command("add_site", "xa-b.example.vn", "Xã B", short_name="XB")
    call_command("add_staff", "btv_xa_b", site="xa-b.example.vn", role="editor", password="Mat-khau-dai-123")
    user = get_user_model().objects.get(username="btv_xa_b")
    ward = Site.objects.get(domain="xa-b.example.vn")
    assert user.is_staff and user.check_password("Mat-khau-dai-123")
    assert list(PortalRole.objects.filter(user=user).values_list("site__domain", "role")) == [
        ("xa-b.example.vn", "editor")
    ]
    assert user.has_perm("articles.publish_article", ward)
    assert not user.has_perm("articles.publish_article", first_site())
    assert not user.is_superuser


def test_add_staff_refuses_a_weak_password_and_an_unknown_portal():
    with pytest.raises(CommandError, match="Không có cổng nào"):
        call_command("add_staff", "ai_do", site="khong-co.example.vn", role="editor")
    with pytest.raises(CommandError, match="Mật khẩu chưa dùng được"):
        call_command("add_staff", "ai_do", site=first_site().domain, role="editor", password="123")
    assert not get_user_model().objects.filter(username="ai_do").exists()
