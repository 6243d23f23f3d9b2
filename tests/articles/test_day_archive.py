"""The date picker opens one local day (00:00 to 24:00, Asia/Ho_Chi_Minh)."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def around_midnight():
    section = make_section()
    return {
        "late": make_article(
            title="Tin lúc 23 giờ 50",
            section=section,
            published_at=datetime.datetime(2024, 5, 13, 23, 50, tzinfo=HCM),
        ),
        "after_midnight": make_article(
            title="Tin lúc 0 giờ 30",
            section=section,
            # 17:30 UTC on the 13th is 00:30 on the 14th in Hanoi.
            published_at=datetime.datetime(2024, 5, 13, 17, 30, tzinfo=datetime.UTC),
        ),
        "evening": make_article(
            title="Tin lúc 21 giờ 11",
            section=section,
            published_at=datetime.datetime(2024, 5, 14, 21, 11, tzinfo=HCM),
        ),
        "next_day": make_article(
            title="Tin ngày hôm sau",
            section=section,
            published_at=datetime.datetime(2024, 5, 15, 0, 0, tzinfo=HCM),
        ),
    }


def test_local_day_runs_midnight_to_midnight(client, around_midnight):
    html = client.get("/bai-da-dang/?ngay=2024-05-14").content.decode()
    assert "Tin lúc 0 giờ 30" in html
    assert "Tin lúc 21 giờ 11" in html
    assert "Tin lúc 23 giờ 50" not in html
    assert "Tin ngày hôm sau" not in html
    assert "Các bài đã đăng ngày 14/05/2024" in html
    # newest first within the day
    assert html.index("Tin lúc 21 giờ 11") < html.index("Tin lúc 0 giờ 30")


def test_previous_day_keeps_its_late_article(client, around_midnight):
    html = client.get("/bai-da-dang/?ngay=2024-05-13").content.decode()
    assert "Tin lúc 23 giờ 50" in html
    assert "Tin lúc 0 giờ 30" not in html


def test_day_picker_accepts_vietnamese_date_format(client, around_midnight):
    html = client.get("/bai-da-dang/?ngay=14/05/2024").content.decode()
    assert "Tin lúc 0 giờ 30" in html


def test_empty_day_says_so(client, around_midnight):
    response = client.get("/bai-da-dang/?ngay=2020-01-01")
    assert response.status_code == 200
    assert "Không có bài nào được đăng trong ngày này." in response.content.decode()


@pytest.mark.parametrize("bad", ["hôm-qua", "2024-13-45", "<script>", ""])
def test_bad_date_gets_a_vietnamese_error_not_a_crash(client, bad):
    response = client.get("/bai-da-dang/", {"ngay": bad})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ngày không hợp lệ" in html or "Vui lòng chọn ngày" in html
    assert "<script>" not in html


def test_article_page_has_the_date_picker_with_xem_button(client, around_midnight):
    html = client.get(around_midnight["evening"].get_absolute_url()).content.decode()
    assert 'action="/bai-da-dang/"' in html
    assert 'type="date"' in html
    assert ">Xem</button>" in html


def test_a_mistyped_day_is_not_put_back_into_the_date_box(client):
    # A date input holds only YYYY-MM-DD: anything else is invalid HTML.
    html = client.get("/bai-da-dang/?ngay=hom-qua").content.decode()
    assert 'value="hom-qua"' not in html
