"""Văn bản in a browser: the register, its search, a document's page with its
PDF, the drafts' list, an open draft's page and its opinion page have no axe
finding, fit a phone and pass the Nu Html Checker; a reader gives an opinion on
an open draft with the fetched captcha; the staff's add form has no serious
finding."""

import urllib.request

import pytest
from captcha.models import CaptchaStore

from documents.models import Document, Opinion
from tests.documents.factories import attach, make_document, open_draft
from tests.e2e.conftest import (
    DESKTOP,
    PHONE,
    page_problems,
    screenshot,
    serious_accessibility_violations,
)
from tests.e2e.test_newsroom_editing import log_in
from tests.factories import make_article, make_editor

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pages(settings, tmp_path):
    from documents import samples

    settings.MEDIA_ROOT = tmp_path
    document = make_document(
        number="15/KH-UBND",
        summary="Kế hoạch sửa chữa, nâng cấp đường bê tông các tổ dân phố năm 2026",
        field="Giao thông",
        effective_on="2026-03-01",
    )
    attach(document, samples.text_pdf(["Kế hoạch sửa chữa đường bê tông", "Tổ dân phố số 5"]))
    make_article(title="Phường sửa đường tổ 5").documents.add(document)
    for number in range(2, 6):
        make_document(number=f"{number}/TB-UBND", summary=f"Thông báo số {number} về lịch tiếp công dân")
    report = make_document(number="12/BC-UBND", summary="Báo cáo tiếp thu, giải trình ý kiến về dự thảo")
    draft = open_draft(number="30/KH-UBND", summary="Dự thảo kế hoạch chỉnh trang vỉa hè")
    attach(draft, samples.text_pdf(["Dự thảo kế hoạch chỉnh trang vỉa hè"]))
    closed = open_draft(days=-1, number="29/KH-UBND", summary="Dự thảo quy định giữ gìn trật tự vỉa hè")
    closed.consultation_report = report
    closed.save()
    return {
        "documents": "/van-ban/",
        "documents-search": "/van-ban/?q=be+tong",
        "documents-none": "/van-ban/?q=xyzzy&nam=2026",
        "document": document.get_absolute_url(),
        "drafts": "/van-ban/lay-y-kien/",
        "draft": draft.get_absolute_url(),
        "draft-closed": closed.get_absolute_url(),
        "opinion": f"/van-ban/{draft.pk}/gop-y/",
        "home": "/",
    }


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_document_pages_are_accessible_and_fit(live_server, open_page, pages, viewport):
    page = open_page(viewport=viewport)
    problems = {}
    for name, path in pages.items():
        page.errors.clear()
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        screenshot(page, f"documents-{name}-{viewport['width']}")
        found = page_problems(page, viewport["width"])
        found += [e for e in page.errors if "status of 40" not in e]
        if found:
            problems[name] = found
    assert problems == {}


def test_document_pages_pass_the_html_checker(live_server, pages, html_checker):
    served = {}
    for name, path in pages.items():
        with urllib.request.urlopen(live_server.url + path) as response:
            served[name] = response.read().decode()
    assert html_checker(served) == []


def test_a_reader_gives_an_opinion_on_an_open_draft(live_server, open_page, settings):
    settings.COMMENTS_MIN_SECONDS_TO_POST = 0
    draft = open_draft(number="30/KH-UBND", summary="Dự thảo kế hoạch chỉnh trang vỉa hè")
    page = open_page(viewport=PHONE)
    page.goto(live_server.url + draft.get_absolute_url())
    page.get_by_label("Họ tên (*)").fill("Phạm Minh Đức")
    page.wait_for_selector("[data-captcha-image] img")
    page.get_by_label("Tiêu đề (*)").fill("Đề nghị giữ chỗ để xe")
    page.get_by_label("Nội dung (*)").fill("Xin chừa chỗ để xe máy cho các hộ kinh doanh.")
    key = page.locator("input[name=captcha_key]").input_value()
    page.get_by_label("Mã xác nhận").fill(CaptchaStore.objects.get(hashkey=key).response)
    page.get_by_role("button", name="Gửi ý kiến").click()
    page.wait_for_selector("text=Ý kiến của bạn đã được gửi")
    assert Opinion.objects.get().status == "new"
    text = page.locator("main").inner_text()
    assert "Đã nhận 1 ý kiến góp ý." in text and "chừa chỗ" not in text


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_the_staff_add_form_has_no_serious_finding(live_server, open_page, viewport):
    page = open_page(viewport=viewport)
    log_in(page, live_server.url, make_editor("bientap_vanban"))
    problems = {}
    for name, path in {
        "add": "/quan-tri/documents/document/add/",
        "list": "/quan-tri/documents/document/",
    }.items():
        page.goto(live_server.url + path)
        screenshot(page, f"documents-admin-{name}-{viewport['width']}")
        found = serious_accessibility_violations(page)
        if found:
            problems[name] = found
    assert problems == {}
    assert Document.objects.count() == 0
