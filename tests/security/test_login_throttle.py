"""Admin login is throttled per user name and per address, in Vietnamese."""

import pytest
from django.test import Client

from tests.factories import make_user

pytestmark = pytest.mark.django_db

LOGIN = "/quan-tri/login/?next=/quan-tri/"


def fail_login(client, username, times, ip="203.0.113.5"):
    responses = []
    for _ in range(times):
        responses.append(
            client.post(LOGIN, {"username": username, "password": "sai-mat-khau"}, REMOTE_ADDR=ip)
        )
    return responses


def test_five_wrong_passwords_lock_that_user_from_that_address_even_with_the_right_one(client, settings):
    settings.AXES_FAILURE_LIMIT = 5
    make_user("bientap", is_staff=True)
    responses = fail_login(client, "bientap", 4)
    assert all(r.status_code == 200 for r in responses)
    locked = fail_login(client, "bientap", 1)[0]
    assert locked.status_code == 429
    assert "Tạm khóa đăng nhập" in locked.content.decode()

    right = Client().post(
        LOGIN, {"username": "bientap", "password": "test-pass-123"}, REMOTE_ADDR="203.0.113.5"
    )
    assert right.status_code == 429, "guessing from that address stays stopped"


def test_a_distant_attacker_cannot_lock_the_editor_out(client, settings):
    settings.AXES_FAILURE_LIMIT = 5
    make_user("bientap", is_staff=True)
    for number in range(1, 7):
        fail_login(Client(), "bientap", 5, ip=f"203.0.113.{number}")
    response = Client().post(
        LOGIN, {"username": "bientap", "password": "test-pass-123"}, REMOTE_ADDR="198.51.100.9"
    )
    assert response.status_code == 302, "the editor signs in from her own address"
    assert response["Location"] == "/quan-tri/"


def test_one_address_gets_as_many_guesses_as_before_across_user_names(client, settings):
    settings.AXES_FAILURE_LIMIT = 5
    make_user("bientap", is_staff=True)
    make_user("kiemduyet", is_staff=True)
    fail_login(client, "bientap", 3, ip="203.0.113.40")
    fail_login(client, "kiemduyet", 2, ip="203.0.113.40")
    for username in ("bientap", "kiemduyet"):
        response = Client().post(
            LOGIN, {"username": username, "password": "test-pass-123"}, REMOTE_ADDR="203.0.113.40"
        )
        assert response.status_code == 429


def test_one_address_guessing_many_users_is_locked(client, settings):
    settings.AXES_FAILURE_LIMIT = 5
    for number in range(5):
        fail_login(client, f"khach{number}", 1, ip="203.0.113.77")
    response = client.post(LOGIN, {"username": "ai-do", "password": "x"}, REMOTE_ADDR="203.0.113.77")
    assert response.status_code == 429
    other = Client().post(LOGIN, {"username": "ai-do", "password": "x"}, REMOTE_ADDR="198.51.100.20")
    assert other.status_code == 200, "another address still gets the login form"


def test_successful_login_below_the_limit_works(client):
    make_user("phongvien", is_staff=True)
    fail_login(client, "phongvien", 2)
    response = client.post(LOGIN, {"username": "phongvien", "password": "test-pass-123"})
    assert response.status_code == 302
    assert response["Location"] == "/quan-tri/"


@pytest.mark.parametrize("url", ["/quan-tri/", "/quan-tri/articles/article/"])
def test_admin_refuses_anonymous_and_non_staff(client, url):
    assert client.get(url).status_code == 302
    reader = make_user("docgia", is_staff=False)
    client.force_login(reader)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/quan-tri/login/")
