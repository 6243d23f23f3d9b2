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


def test_five_wrong_passwords_lock_the_user_even_with_the_right_one(client, settings):
    settings.AXES_FAILURE_LIMIT = 5
    make_user("bientap", is_staff=True)
    responses = fail_login(client, "bientap", 4)
    assert all(r.status_code == 200 for r in responses)
    locked = fail_login(client, "bientap", 1)[0]
    assert locked.status_code == 429
    assert "Tạm khóa đăng nhập" in locked.content.decode()

    right = Client().post(
        LOGIN, {"username": "bientap", "password": "test-pass-123"}, REMOTE_ADDR="198.51.100.9"
    )
    assert right.status_code == 429, "the user name is locked from every address"


def test_one_address_guessing_many_users_is_locked(client, settings):
    settings.AXES_FAILURE_LIMIT = 5
    for number in range(5):
        fail_login(client, f"khach{number}", 1, ip="203.0.113.77")
    response = client.post(
        LOGIN, {"username": "ai-do", "password": "x"}, REMOTE_ADDR="203.0.113.77"
    )
    assert response.status_code == 429
    other = Client().post(
        LOGIN, {"username": "ai-do", "password": "x"}, REMOTE_ADDR="198.51.100.20"
    )
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
