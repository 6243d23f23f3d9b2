"""Editors enter a week on one admin page and copy last week's; only on their portals."""

import datetime

import pytest
from django.urls import reverse

from schedule.models import Entry, Week
from tests.factories import make_editor, make_journalist, make_site
from tests.schedule.factories import make_entry, make_week

pytestmark = pytest.mark.django_db


def inline(rows):
    data = {
        "entries-TOTAL_FORMS": str(len(rows)),
        "entries-INITIAL_FORMS": "0",
        "entries-MIN_NUM_FORMS": "0",
        "entries-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        for name, value in row.items():
            data[f"entries-{i}-{name}"] = value
    return data


def test_an_editor_enters_a_week_with_its_entries_on_one_page(client):
    editor = make_editor(is_staff=True)
    client.force_login(editor)
    page = client.get(reverse("admin:schedule_week_add")).content.decode()
    assert "Sao chép tuần trước" not in page  # an action of the list, not of the form
    assert "Đơn vị chuẩn bị" in page and "Chủ trì" in page
    site = editor.portal_roles.get().site
    data = {"site": site.pk, "year": "2026", "number": "50", "is_published": "on"}
    data |= inline(
        [
            {
                "date": "09/12/2026",
                "starts_at": "08:30",
                "content": "Hội nghị sơ kết",
                "chair": "Chủ tịch UBND",
            },
            {"date": "07/12/2026", "starts_at": "07:30", "content": "Giao ban", "place": "Phòng họp"},
        ]
    )
    response = client.post(reverse("admin:schedule_week_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    week = Week.objects.get(site=site, year=2026, number=50)
    assert [e.content for e in week.entries.all()] == ["Giao ban", "Hội nghị sơ kết"]
    assert not any(e.is_changed_after_publication for e in week.entries.all())


def test_a_date_outside_the_week_is_refused_in_vietnamese(client):
    editor = make_editor(is_staff=True)
    client.force_login(editor)
    data = {"site": editor.portal_roles.get().site.pk, "year": "2026", "number": "50"}
    data |= inline([{"date": "14/12/2026", "starts_at": "08:30", "content": "Sai tuần"}])
    response = client.post(reverse("admin:schedule_week_add"), data)
    assert response.status_code == 200
    assert "không thuộc Tuần 50/2026 (07/12 – 13/12/2026)" in response.content.decode()
    assert not Entry.objects.exists()


def test_copying_last_week_shifts_the_entries_by_seven_days_with_new_uids(client):
    editor = make_editor(is_staff=True)
    last = make_week(2026, 53)
    originals = [make_entry(last, day=0, content="Giao ban"), make_entry(last, day=6, content="Trực lễ")]
    week = make_week(2027, 1, published=False)
    client.force_login(editor)
    response = client.post(
        reverse("admin:schedule_week_changelist"),
        {"action": "copy_previous_week", "_selected_action": [week.pk]},
        follow=True,
    )
    assert "đã sao chép 2 mục từ tuần trước" in response.content.decode()
    copies = list(week.entries.all())
    assert [(c.date, c.content) for c in copies] == [
        (datetime.date(2027, 1, 4), "Giao ban"),
        (datetime.date(2027, 1, 10), "Trực lễ"),
    ]
    assert not {c.uid for c in copies} & {o.uid for o in originals}


def test_another_portals_week_cannot_be_opened_or_copied_into(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    theirs = make_week(2026, 50, site=ward, published=False)
    make_entry(make_week(2026, 49, site=ward))
    client.force_login(make_editor(is_staff=True))
    assert client.get(reverse("admin:schedule_week_change", args=[theirs.pk])).status_code == 404
    client.post(
        reverse("admin:schedule_week_changelist"),
        {"action": "copy_previous_week", "_selected_action": [theirs.pk]},
    )
    assert not theirs.entries.exists()


def test_journalists_do_not_write_the_schedule(client):
    client.force_login(make_journalist(is_staff=True))
    assert client.get(reverse("admin:schedule_week_add")).status_code == 403
