"""Hỏi đáp's pages at phone and desktop widths: the list, a question, the ask
form and the follow-up page with no axe-core finding, no sideways scrolling,
no console error and no Nu Html Checker error; the staff's queue and change
form with no serious axe finding. The asker's phone shows nowhere public."""

import urllib.error
import urllib.request

import pytest

from newsroom.models import Portal
from tests.e2e.conftest import (
    DESKTOP,
    PHONE,
    accessibility_violations,
    screenshot,
    serious_accessibility_violations,
)
from tests.e2e.test_newsroom_editing import log_in
from tests.factories import first_site, make_editor, make_site
from tests.questions.factories import make_department, make_field, make_question, publish_question

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pages():
    # The browser tests' flush took the first portal's profile, which a ward's needs.
    Portal.objects.get_or_create(site=first_site(), defaults={"name": "Hoàng Nam", "short_name": "HNP"})
    field = make_field("Hộ tịch")
    published = publish_question(
        make_question(
            title="Đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn",
            body="Con tôi sinh tháng trước.\n\nXin hỏi thủ tục đăng ký khai sinh?",
            field=field,
            phone="+84912345678",
        ),
        answer="Chào chị,\n\nChị mang giấy chứng sinh đến Bộ phận một cửa.",
    )
    waiting = make_question(title="Thủ tục tách thửa đất ở cho con")
    ward = make_site()
    publish_question(
        make_question(site=ward, title="Câu hỏi của phường khác"), department=make_department(site=ward)
    )
    return {
        "list": "/hoi-dap/",
        "list-field": f"/hoi-dap/?linh-vuc={field.slug}",
        "list-search": "/hoi-dap/?q=khai+sinh",
        "question": published.get_absolute_url(),
        "ask": "/hoi-dap/dat-cau-hoi/",
        "lookup": f"/hoi-dap/tra-cuu/?ma={waiting.reference}",
        "lookup-unknown": "/hoi-dap/tra-cuu/?ma=HD-2026-ZZZZZZ",
        "lookup-empty": "/hoi-dap/tra-cuu/",
    }


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_question_pages_are_accessible_and_fit(live_server, open_page, pages, viewport):
    page = open_page(viewport=viewport)
    problems = {}
    for name, path in pages.items():
        page.errors.clear()
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        screenshot(page, f"hoi-dap-{name}-{viewport['width']}")
        found = accessibility_violations(page)
        if page.evaluate("document.documentElement.scrollWidth") > viewport["width"]:
            found.append("scrolls sideways")
        found += [e for e in page.errors if "status of 404" not in e]
        text = page.content()
        if "912345678" in text or "Câu hỏi của phường khác" in text:
            found.append("shows what it must not")
        if found:
            problems[name] = found
    assert problems == {}


def test_question_pages_pass_the_html_checker(live_server, pages, html_checker):
    served = {}
    for name, path in pages.items():
        try:
            with urllib.request.urlopen(live_server.url + path) as response:
                served[name] = response.read().decode()
        except urllib.error.HTTPError as error:  # the unknown reference's 404
            served[name] = error.read().decode()
    assert html_checker(served) == []


def test_the_ask_form_shows_a_captcha_once_the_reader_starts(live_server, open_page, pages):
    page = open_page(viewport=PHONE)
    page.goto(live_server.url + "/hoi-dap/")
    page.get_by_label("Họ tên (*)").focus()
    page.wait_for_selector("[data-captcha-image] img")
    assert page.locator("input[name=captcha_key]").input_value()
    assert page.locator("input[name=csrfmiddlewaretoken]").input_value()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_the_staff_queue_and_answer_form_have_no_serious_finding(live_server, open_page, pages, viewport):
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
        found = serious_accessibility_violations(page)
        if page.evaluate("document.documentElement.scrollWidth") > viewport["width"]:
            found.append("scrolls sideways")
        if found:
            problems[name] = found
    assert problems == {}
