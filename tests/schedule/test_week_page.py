"""/lich-cong-tac/: the right ISO week, by day, in local time; other weeks by ?tuan=."""

import datetime

import pytest
import time_machine

from schedule.models import Entry, Week
from tests.factories import make_site
from tests.schedule.factories import make_entry, make_week

pytestmark = pytest.mark.django_db

VN = datetime.timezone(datetime.timedelta(hours=7))


def test_this_week_is_shown_by_day_with_every_detail(client):
    week = make_week(2026, 50)
    make_entry(
        week,
        day=0,
        at="07:30",
        until="09:00",
        content="Giao ban lãnh đạo đầu tuần",
        attendees="Các Phó Chủ tịch",
        preparing_unit="Văn phòng HĐND và UBND",
    )
    with time_machine.travel(datetime.datetime(2026, 12, 9, 10, 0, tzinfo=VN), tick=False):
        page = client.get("/lich-cong-tac/").content.decode()
    assert "Lịch công tác tuần 50 (từ ngày 07/12 đến ngày 13/12/2026)" in page
    assert 'Thứ Hai, <time datetime="2026-12-07">07/12/2026</time>' in page
    assert 'Chủ nhật, <time datetime="2026-12-13">13/12/2026</time>' in page
    for text in (
        "07:30",
        "09:00",
        "Giao ban lãnh đạo đầu tuần",
        "Chủ tịch Ủy ban nhân dân",
        "Các Phó Chủ tịch",
        "Phòng họp tầng 2",
        "Văn phòng HĐND và UBND",
    ):
        assert text in page
    assert 'href="/lich-cong-tac/lich.ics"' in page


def test_the_week_turns_at_local_midnight_not_utc(client):
    make_entry(make_week(2026, 50), content="Việc của tuần 50")
    make_entry(make_week(2026, 51), content="Việc của tuần 51")
    # Sunday 13/12 23:30 in UTC is already Monday 14/12 06:30 in Hà Nội: week 51.
    with time_machine.travel(datetime.datetime(2026, 12, 13, 23, 30, tzinfo=datetime.UTC), tick=False):
        page = client.get("/lich-cong-tac/").content.decode()
    assert "Lịch công tác tuần 51 (từ ngày 14/12 đến ngày 20/12/2026)" in page
    assert "Việc của tuần 51" in page and "Việc của tuần 50" not in page


def test_the_last_week_of_2026_runs_into_2027(client):
    week = make_week(2026, 53)
    make_entry(week, day=4, content="Tổng kết năm 2026")  # Friday 01/01/2027
    with time_machine.travel(datetime.datetime(2027, 1, 1, 9, 0, tzinfo=VN), tick=False):
        page = client.get("/lich-cong-tac/").content.decode()
    assert "Lịch công tác tuần 53 (từ ngày 28/12/2026 đến ngày 03/01/2027)" in page
    assert 'Thứ Sáu, <time datetime="2027-01-01">01/01/2027</time>' in page
    assert "Tổng kết năm 2026" in page
    assert 'href="?tuan=2026-W52"' in page and 'href="?tuan=2027-W01"' in page


def test_the_first_week_of_2027_starts_on_4_january(client):
    make_entry(make_week(2027, 1), content="Họp triển khai nhiệm vụ năm 2027")
    page = client.get("/lich-cong-tac/?tuan=2027-W01").content.decode()
    assert "Lịch công tác tuần 1 (từ ngày 04/01 đến ngày 10/01/2027)" in page
    assert "Họp triển khai nhiệm vụ năm 2027" in page
    assert 'href="?tuan=2026-W53"' in page and 'href="?tuan=2027-W02"' in page


@pytest.mark.parametrize("spelling", ["2026-w50", "2026W50", " 2026-W50 ", "2026 - w50"])
def test_other_spellings_of_a_week_redirect_to_its_one_address(client, spelling):
    response = client.get("/lich-cong-tac/", {"tuan": spelling})
    assert response.status_code == 301
    assert response["Location"] == "/lich-cong-tac/?tuan=2026-W50"


def test_a_one_digit_week_redirects_to_two_digits(client):
    response = client.get("/lich-cong-tac/?tuan=2027-W1")
    assert response.status_code == 301 and response["Location"] == "/lich-cong-tac/?tuan=2027-W01"


@pytest.mark.parametrize(
    "asked, status, message",
    [
        ("hom-nay", 400, "“hom-nay” không phải một tuần. Hãy ghi năm và số tuần, ví dụ 2026-W50."),
        ("2026-W", 400, "không phải một tuần"),
        ("2026-W54", 404, "Năm 2026 không có tuần 54: năm này có 53 tuần."),
        ("2027-W53", 404, "Năm 2027 không có tuần 53: năm này có 52 tuần."),
        ("2026-W00", 404, "Năm 2026 không có tuần 0"),
        ("1900-W10", 404, "Lịch công tác chỉ có các tuần từ năm 2000 đến năm 2099."),
        ("9999-W10", 404, "Lịch công tác chỉ có các tuần từ năm 2000 đến năm 2099."),
    ],
)
def test_a_week_that_is_not_one_gets_a_vietnamese_answer(client, asked, status, message):
    response = client.get("/lich-cong-tac/", {"tuan": asked})
    assert response.status_code == status
    assert message in response.content.decode()


def test_an_unpublished_week_shows_nothing_of_it(client):
    make_entry(make_week(2026, 50, published=False), content="Bản nháp chưa công bố")
    page = client.get("/lich-cong-tac/?tuan=2026-W50").content.decode()
    assert "Bản nháp chưa công bố" not in page
    assert "Lịch công tác tuần này chưa được công bố." in page


def test_each_portal_shows_only_its_own_schedule(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    make_entry(make_week(2026, 50), content="Việc của quận")
    make_entry(make_week(2026, 50, site=ward), content="Việc của phường Đông Thành")
    ours = client.get("/lich-cong-tac/?tuan=2026-W50").content.decode()
    theirs = client.get(
        "/lich-cong-tac/?tuan=2026-W50", HTTP_HOST="phuong-dong-thanh.example.vn"
    ).content.decode()
    assert "Việc của quận" in ours and "Việc của phường Đông Thành" not in ours
    assert "Việc của phường Đông Thành" in theirs and "Việc của quận" not in theirs


def test_entries_changed_after_publication_are_marked(client):
    week = make_week(2026, 50, published=False)
    moved = make_entry(week, at="14:00", content="Làm việc với tổ dân phố")
    make_entry(week, day=1, content="Tiếp công dân")
    week.is_published = True
    week.save()
    page = client.get("/lich-cong-tac/?tuan=2026-W50").content.decode()
    assert "Điều chỉnh</strong>" not in page
    # Later, as another request would: the week and the entry read again.
    moved = Entry.objects.get(pk=moved.pk)
    moved.starts_at = datetime.time(15, 0)
    moved.save()
    make_entry(Week.objects.get(pk=week.pk), day=2, content="Họp đột xuất")
    page = client.get("/lich-cong-tac/?tuan=2026-W50").content.decode()
    assert page.count("Điều chỉnh</strong>") == 2


def test_with_the_token_in_a_shared_cache_a_cached_week_costs_no_query_and_an_edit_shows(
    client, settings, django_assert_num_queries
):
    settings.NEWSROOM_CONTENT_TOKEN_IN_CACHE = True
    entry = make_entry(make_week(2026, 50), content="Tiếp công dân định kỳ")
    client.get("/lich-cong-tac/?tuan=2026-W50")
    with django_assert_num_queries(0):
        page = client.get("/lich-cong-tac/?tuan=2026-W50").content.decode()
    assert "Tiếp công dân định kỳ" in page
    entry = Entry.objects.get(pk=entry.pk)
    entry.content = "Tiếp công dân đột xuất"
    entry.save()
    assert "Tiếp công dân đột xuất" in client.get("/lich-cong-tac/?tuan=2026-W50").content.decode()
