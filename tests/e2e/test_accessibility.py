"""Every public page, at phone and desktop widths: no console error, no sideways
scrolling, no axe-core finding of any impact, and no Nu Html Checker error. The
article has photos in its body, offered as renditions."""

import datetime
import urllib.request

import pytest
from django.core.management import call_command
from django.utils import timezone

from comments.models import Comment
from tests.e2e.conftest import DESKTOP, PHONE, page_problems, screenshot
from tests.factories import make_article, make_comment, make_section, make_upload, photo_figure
from tests.questions.factories import make_field, make_question, publish_question

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pages(settings):
    settings.NEWSROOM_SERVE_MEDIA = True
    section = make_section("Văn hóa - Xã hội")
    articles = [
        make_article(
            title=f"Lễ hội văn hóa phường Đông Thành lần thứ {i}",
            section=section,
            lead="Sáng 14/5, hàng nghìn người dân đã đến dự lễ hội.",
            published_at=timezone.now() - datetime.timedelta(hours=i + 1),
            byline="Thu Hà",
        )
        for i in range(14)
    ]
    # The article page shows body photos as renditions: a captioned one, and one
    # floated beside the text without a caption.
    photo = make_upload(size=(1600, 1000))
    articles[0].body = (
        "<p>Lễ hội mở đầu bằng màn trống hội.</p>"
        + photo_figure(photo, alt="Đội trống biểu diễn trên sân khấu", caption="Màn trống hội. Ảnh: Thu Hà")
        + f'<p><img class="image-left" src="{photo}" alt="Khán giả xem biểu diễn"> Người dân ở lại đến tối.</p>'
    )
    articles[0].save()
    make_comment(
        articles[0], status=Comment.Status.APPROVED, title="Rất vui", body="Lễ hội năm nay đông vui."
    )
    day = timezone.localtime(articles[0].published_at).date().isoformat()
    question = publish_question(
        make_question(
            title="Đăng ký khai sinh cho con", body="Xin hỏi thủ tục?", field=make_field("Hộ tịch")
        ),
        answer="Chào chị,\n\nChị mang giấy chứng sinh đến Bộ phận một cửa.",
    )
    waiting = make_question(title="Thủ tục tách thửa đất ở cho con")
    return {
        "home": "/",
        "section": section.get_absolute_url(),
        "section-page-2": section.get_absolute_url() + "?page=2",
        "article": articles[0].get_absolute_url(),
        "day": f"/bai-da-dang/?ngay={day}",
        "day-error": "/bai-da-dang/?ngay=hom-qua",
        "search": "/tim-kiem/?q=le+hoi",
        "search-empty": "/tim-kiem/?q=",
        "comment-form": f"/binh-luan/{articles[0].pk}/",
        "not-found": "/khong-co-trang-nay/",
        "questions": "/hoi-dap/",
        "questions-search": "/hoi-dap/?q=khai+sinh",
        "question": question.get_absolute_url(),
        "ask": "/hoi-dap/dat-cau-hoi/",
        "lookup": f"/hoi-dap/tra-cuu/?ma={waiting.reference}",
        "lookup-unknown": "/hoi-dap/tra-cuu/?ma=HD-2026-ZZZZZZ",
        **other_apps_pages(),
    }


def other_apps_pages():
    """The schedule's and the organisation's pages, with their demo content."""
    call_command("seed_demo_schedule")
    call_command("seed_demo_organisation")
    return {
        "schedule": "/lich-cong-tac/",
        "schedule-error": "/lich-cong-tac/?tuan=2026-W54",
        "organisation": "/gioi-thieu/",
        "organisation-page": "/gioi-thieu/co-cau-to-chuc/",
        "organisation-child": "/gioi-thieu/co-cau-to-chuc/van-phong-hdnd-ubnd/",
        "leaders": "/gioi-thieu/lanh-dao/",
        "contact": "/gioi-thieu/lien-he/",
        "search-organisation": "/tim-kiem/?q=co+cau+to+chuc",
    }


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_public_pages_are_accessible_and_fit(live_server, open_page, pages, viewport):
    page = open_page(viewport=viewport)
    problems = {}
    for name, path in pages.items():
        page.errors.clear()
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        screenshot(page, f"a11y-{name}-{viewport['width']}")
        found = page_problems(page, viewport["width"])
        # a 4xx page logs its own status as a console error; nothing else may
        found += [e for e in page.errors if "status of 40" not in e]
        if found:
            problems[name] = found
    assert problems == {}


def test_public_pages_stay_readable_in_high_contrast_with_the_largest_text(live_server, open_page, pages):
    """The reading aids' strongest settings, on every page: every band of colour,
    whichever app added it, keeps its contrast, and nothing scrolls sideways."""
    page = open_page(viewport=PHONE)
    page.add_init_script(
        "localStorage.setItem('nr-tuong-phan', 'cao'); localStorage.setItem('nr-co-chu', '4');"
    )
    problems = {}
    for name, path in pages.items():
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.dataset.tuongPhan") == "cao"
        found = page_problems(page, PHONE["width"])
        if found:
            problems[name] = found
    assert problems == {}


def test_public_pages_pass_the_html_checker(live_server, pages, html_checker):
    served = {}
    for name, path in pages.items():
        try:
            with urllib.request.urlopen(live_server.url + path) as response:
                served[name] = response.read().decode()
        except urllib.error.HTTPError as error:  # the 404 page and the day archive's error
            served[name] = error.read().decode()
    assert html_checker(served) == []


def test_focus_is_visible_when_tabbing(live_server, open_page, pages):
    page = open_page(viewport=DESKTOP)
    page.goto(live_server.url + pages["article"])
    for _ in range(4):
        page.keyboard.press("Tab")
        outline = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, s.outlineWidth]; }"
        )
        assert outline[0] != "none" and outline[1] != "0px", outline
