"""Hỏi đáp in a browser: the ask form gets its captcha and CSRF token when the
reader starts; the staff's queue and change form fit a phone and have no
serious axe finding. (The reader pages are in test_accessibility.py's list.)"""

import pytest
from captcha.models import CaptchaStore

from newsroom.models import Portal
from questions.models import Question
from tests.e2e.conftest import (
    DESKTOP,
    PHONE,
    page_problems,
    screenshot,
    serious_accessibility_violations,
)
from tests.e2e.test_newsroom_editing import log_in
from tests.factories import first_site, make_editor, make_site
from tests.questions.factories import make_department, make_field, make_question, publish_question

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_reader_asks_from_the_list_page_and_is_told_the_reference(live_server, open_page, settings):
    settings.COMMENTS_MIN_SECONDS_TO_POST = 0
    page = open_page(viewport=PHONE)
    page.goto(live_server.url + "/hoi-dap/")
    page.get_by_label("Họ tên (*)").fill("Trần Thị Mai")
    page.wait_for_selector("[data-captcha-image] img")
    page.get_by_label("Số điện thoại").fill("0912 345 678")
    page.get_by_label("Email").fill("mai@example.vn")
    page.get_by_label("Tiêu đề (*)").fill("Giờ làm việc của bộ phận một cửa")
    page.get_by_label("Nội dung (*)").fill("Bộ phận một cửa có làm việc sáng thứ Bảy không?")
    key = page.locator("input[name=captcha_key]").input_value()
    page.get_by_label("Mã xác nhận").fill(CaptchaStore.objects.get(hashkey=key).response)
    page.get_by_role("button", name="Gửi câu hỏi").click()
    page.wait_for_url("**/hoi-dap/tra-cuu/?ma=*")
    question = Question.objects.get()
    text = page.locator("main").inner_text()
    assert f"Mã tra cứu: {question.reference}" in text
    assert "Mới nhận" in text
    assert "0912" not in text and "mai@example.vn" not in text


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_the_staff_queue_and_answer_form_have_no_serious_finding(live_server, open_page, viewport):
    # The browser tests' flush took the first portal's profile, which a ward's needs.
    Portal.objects.get_or_create(site=first_site(), defaults={"name": "Hoàng Nam", "short_name": "HNP"})
    ward = make_site()
    make_department("Phòng Văn hóa - Xã hội")
    make_department("Phòng của phường khác", site=ward)
    make_question(site=ward, title="Câu hỏi của phường khác")
    publish_question(make_question(title="Câu hỏi đã công bố", field=make_field("Hộ tịch")))
    question = make_question(title="Câu hỏi chờ trả lời")
    page = open_page(viewport=viewport)
    log_in(page, live_server.url, make_editor("bientap_hoidap"))
    problems = {}
    for name, path in {
        "queue": "/quan-tri/questions/question/",
        "change": f"/quan-tri/questions/question/{question.pk}/change/",
    }.items():
        page.goto(live_server.url + path)
        screenshot(page, f"hoi-dap-staff-{name}-{viewport['width']}")
        found = page_problems(page, viewport["width"], serious_accessibility_violations)
        if "phường khác" in page.content():
            found.append("shows another portal's")
        if found:
            problems[name] = found
    assert problems == {}
