"""Each request's portal comes from its Host header; a host that is no portal's
gets the Vietnamese 400 page and nothing of any portal."""

from unittest.mock import patch

import pytest
from django.contrib.sites.models import Site

from newsroom.portals import UNKNOWN_HOST_RELOAD, forget_portals, portals
from tests.factories import make_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def ward(db):
    return make_site("phuong-a.example.vn", "Cổng thông tin điện tử phường A", short_name="PA")


@pytest.mark.parametrize("host", ["testserver", "127.0.0.1", "localhost:8000", "[::1]:8000", "LOCALHOST"])
def test_first_portal_answers_on_its_domain_and_the_loopback_names(client, host):
    response = client.get("/", HTTP_HOST=host)
    assert response.status_code == 200
    assert "Cổng thông tin điện tử quận Hoàng Nam" in response.content.decode()


def test_another_portal_answers_on_its_own_domain_with_its_own_name(client, ward):
    for host in ("phuong-a.example.vn", "Phuong-A.example.vn:8000"):
        response = client.get("/", HTTP_HOST=host)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Cổng thông tin điện tử phường A" in html
        assert "quận Hoàng Nam" not in html


@pytest.mark.parametrize(
    "host",
    ["tin-gia.example.com", "phuong-a.example.vn.evil.com", "evil.com:80@testserver", "x" * 300, "", "[::2]"],
)
def test_a_host_that_is_no_portal_gets_400_and_no_portal(client, ward, host):
    response = client.get("/", HTTP_HOST=host)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Không có cổng thông tin nào ở địa chỉ này" in html or "Yêu cầu không hợp lệ" in html
    assert "Hoàng Nam" not in html and "phường A" not in html
    assert response["Cache-Control"] == "no-store"


def test_a_new_portal_answers_at_once_in_the_process_that_added_it(client):
    assert client.get("/", HTTP_HOST="xa-moi.example.vn").status_code == 400
    make_site("xa-moi.example.vn", "Cổng thông tin điện tử xã Mới", short_name="XM")
    assert client.get("/", HTTP_HOST="xa-moi.example.vn").status_code == 200


def test_a_removed_domain_stops_answering(client, ward):
    assert client.get("/", HTTP_HOST="phuong-a.example.vn").status_code == 200
    Site.objects.filter(pk=ward.pk).update(domain="phuong-a-moi.example.vn")
    forget_portals()
    assert client.get("/", HTTP_HOST="phuong-a.example.vn").status_code == 400
    assert client.get("/", HTTP_HOST="phuong-a-moi.example.vn").status_code == 200


def test_unknown_hosts_cost_no_query(client, ward, django_assert_num_queries):
    client.get("/", HTTP_HOST="phuong-a.example.vn")
    with django_assert_num_queries(0):
        for number in range(20):
            assert client.get("/", HTTP_HOST=f"bia-{number}.example.vn").status_code == 400


def test_a_wildcard_in_allowed_hosts_is_refused_at_start():
    """A pattern would hand every unknown subdomain to the first portal."""
    from tests.test_settings import load_settings

    result = load_settings(DJANGO_DEBUG="1", DJANGO_ALLOWED_HOSTS="tin.example.vn,.example.vn")
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS lists exact names of the first portal" in result.stderr
    assert (
        load_settings(DJANGO_DEBUG="1", DJANGO_ALLOWED_HOSTS="tin.example.vn,www.tin.example.vn").returncode
        == 0
    )


def test_exact_names_in_allowed_hosts_are_the_first_portals(client, settings, ward):
    settings.NEWSROOM_FIRST_PORTAL_HOSTS = ["www.hoangnam.example.vn"]
    forget_portals()
    assert "Hoàng Nam" in client.get("/", HTTP_HOST="www.hoangnam.example.vn").content.decode()
    assert client.get("/", HTTP_HOST="khac.hoangnam.example.vn").status_code == 400


@pytest.mark.parametrize("host", ["10.0.0.5", "10.0.0.5:8000", "[fd00::5]:8000", "app-1.internal"])
def test_the_health_check_answers_whatever_host_the_load_balancer_names(client, ward, host):
    """A load balancer asks each server by its own address, which no portal has."""
    response = client.get("/healthz", HTTP_HOST=host)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert "Hoàng Nam" not in response.content.decode()
    # Nothing else answers on such a host.
    assert client.get("/healthz/", HTTP_HOST=host).status_code == 400
    assert client.get("/", HTTP_HOST=host).status_code == 400


def test_a_portal_added_by_another_process_answers_within_seconds(client):
    """Another process (add_site on the console, another app server) added it:
    this process's list does not have it yet."""
    assert client.get("/", HTTP_HOST="xa-khac.example.vn").status_code == 400
    with patch("newsroom.portals.forget_portals"):
        make_site("xa-khac.example.vn", "Cổng thông tin điện tử xã Khác", short_name="XK")
    assert client.get("/", HTTP_HOST="xa-khac.example.vn").status_code == 400  # read a moment ago
    portals().loaded_at -= UNKNOWN_HOST_RELOAD + 1  # seconds pass
    assert client.get("/", HTTP_HOST="xa-khac.example.vn").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_ward_deleted_with_its_schedule_leaves_the_province_serving(client):
    """Its weeks and their entries go with it (articles, questions and documents
    would keep it: they are protected); each of their deletions marks the ward's
    content changed, and nothing of that stops the deletion."""
    from django.test import Client

    from tests.factories import make_user
    from tests.schedule.factories import make_entry, make_week

    ward = make_site("phuong-xoa.example.vn", "Cổng thông tin điện tử phường Sẽ Xoá", short_name="PX")
    make_entry(make_week(2026, 10, site=ward), content="Họp giao ban phường")
    assert client.get("/lich-cong-tac/", HTTP_HOST="phuong-xoa.example.vn").status_code == 200
    admin = Client()
    admin.force_login(make_user(is_staff=True, is_superuser=True))
    deleted = admin.post(f"/quan-tri/sites/site/{ward.pk}/delete/", {"post": "yes"})
    assert deleted.status_code == 302, deleted.content.decode()[-3000:]
    assert not Site.objects.filter(pk=ward.pk).exists()
    assert client.get("/", HTTP_HOST="phuong-xoa.example.vn").status_code == 400
    for url in ("/", "/hoi-dap/", "/van-ban/", "/lich-cong-tac/"):
        assert client.get(url).status_code == 200, url
