"""The day archive answers any date in Vietnamese: never an OverflowError."""

import pytest

pytestmark = pytest.mark.django_db

URL = "/bai-da-dang/"


@pytest.mark.parametrize(
    "query",
    [
        "ngay=9999-12-31",
        "ngay=0001-01-01",
        "ngay=31/12/9999",
        "ngay=01/01/0001",
        "ngay=9999-12-30",
        "ngay=0001-01-02",
        "ngay=2024-05-14&ngay=9999-12-31",
        "ngay=9999-12-31&ngay=0001-01-01",
        "ngay=0001-01-01&page=999999999999999999999",
    ],
)
def test_dates_far_from_today_get_a_vietnamese_answer(client, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 400
    assert "Chỉ xem được các ngày từ 01/01/1900 đến 31/12/2100" in response.content.decode()


@pytest.mark.parametrize("day", ["1900-01-01", "2100-12-31", "2024-05-14"])
def test_days_inside_the_range_are_listed(client, day):
    response = client.get(URL, {"ngay": day})
    assert response.status_code == 200
