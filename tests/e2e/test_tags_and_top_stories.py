"""Tags and top stories in a real browser: an editor tags and pins in the admin
(autocomplete under the admin's CSP), readers see the "Tin nổi bật" block, the
"Từ khóa" links and the tag page at phone and desktop widths, with no axe finding."""

import datetime

import pytest
from django.utils import timezone

from articles import workflow
from articles.models import Article, Tag
from tests.e2e.conftest import DESKTOP, PHONE, screenshot
from tests.e2e.test_newsroom_editing import log_in
from tests.factories import make_article, make_editor, make_section

pytestmark = pytest.mark.django_db(transaction=True)


def ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def axe_violations(page):
    """Every axe-core finding, whatever its impact."""
    from axe_playwright_python.sync_playwright import Axe

    return [violation["id"] for violation in Axe().run(page).response["violations"]]


@pytest.fixture
def portal():
    section = make_section("Chính quyền")
    editor = make_editor("bientap_e2e")
    articles = [
        make_article(
            title=f"Tin chính quyền số {number}",
            section=section,
            published_at=ago(number + 1),
            tags=["Đô thị", "Cải cách hành chính"] if number % 2 else ["Đô thị"],
        )
        for number in range(8)
    ]
    for position, article in enumerate(articles[3:6], start=2):
        workflow.pin(article, editor, home_position=position)
    workflow.pin(articles[7], editor, section_position=1)
    return {"section": section, "editor": editor, "articles": articles}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_reader_sees_top_stories_tags_and_the_tag_page(live_server, open_page, portal, viewport):
    page = open_page(viewport=viewport)
    width = viewport["width"]
    pages = {
        "home": "/",
        "section": portal["section"].get_absolute_url(),
        "article": portal["articles"][1].get_absolute_url(),
        "tag": "/tu-khoa/do-thi/",
    }
    problems = {}
    for name, path in pages.items():
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        screenshot(page, f"tags-{name}-{width}")
        found = axe_violations(page) + page.errors
        if page.evaluate("document.documentElement.scrollWidth") > width:
            found.append("scrolls sideways")
        if found:
            problems[name] = found
    assert problems == {}

    page.goto(live_server.url + "/")
    assert page.locator(".top-story__title").inner_text() == "Tin chính quyền số 3"
    block = page.get_by_role("region", name="Tin nổi bật")
    assert block.locator("li a").all_inner_texts() == ["Tin chính quyền số 4", "Tin chính quyền số 5"]

    page.goto(live_server.url + pages["section"])
    pins = page.locator(".section-pins")
    assert pins.locator(".card__title").all_inner_texts() == ["Tin chính quyền số 7"]

    page.goto(live_server.url + pages["article"])
    tags = page.get_by_role("navigation", name="Từ khóa")
    assert tags.get_by_role("link").all_inner_texts() == ["Cải cách hành chính", "Đô thị"]
    tags.get_by_role("link", name="Đô thị").click()
    page.wait_for_url("**/tu-khoa/do-thi/")
    assert page.get_by_role("heading", level=1).inner_text() == "Từ khóa: Đô thị"
    assert page.locator(".card__title").count() == 8


def test_editor_tags_with_autocomplete_and_pins_in_the_admin(live_server, open_page, portal):
    article = make_article(title="Khánh thành cầu đi bộ", section=portal["section"], published_at=ago(20))
    page = open_page(viewport=DESKTOP)
    log_in(page, live_server.url, portal["editor"])
    page.goto(live_server.url + f"/quan-tri/articles/article/{article.pk}/change/")

    field = page.locator(".field-tags .select2-search__field")
    field.click()
    field.type("đô")
    option = page.locator(".select2-results__option", has_text="Đô thị").first
    option.wait_for()
    option.click()
    field.click()
    field.type("Cầu  đi bộ,")  # a new name, ended with a comma
    page.keyboard.press("Escape")
    chosen = page.locator(".field-tags .select2-selection__choice").all_inner_texts()
    assert [" ".join(text.lstrip("×").split()) for text in chosen] == ["Đô thị", "Cầu đi bộ"]

    page.fill("#id_home_position", "1")
    page.fill("#id_pinned_until_0", (timezone.localdate() + datetime.timedelta(days=2)).strftime("%d/%m/%Y"))
    page.fill("#id_pinned_until_1", "08:00:00")
    screenshot(page, "tags-admin-change-form-1280")
    page.click("input[name=_save]")
    page.wait_for_url("**/quan-tri/articles/article/")
    assert page.errors == [], "no CSP or script error in the admin"

    article.refresh_from_db()
    assert sorted(tag.name for tag in article.tags.all()) == ["Cầu đi bộ", "Đô thị"]
    assert Tag.objects.filter(name="Đô thị").count() == 1
    assert article.home_position == 1 and article.pinned_until is not None

    reader = open_page(viewport=PHONE)
    reader.goto(live_server.url + "/")
    assert reader.locator(".top-story__title").inner_text() == "Khánh thành cầu đi bộ"
    assert Article.objects.published().pinned_to_home().first() == article
