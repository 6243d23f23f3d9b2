"""The newsroom's day in a real browser: a journalist writes in CKEditor with a photo
uploaded through the editor and submits; an editor publishes; a reader sees it."""

import re

import pytest
from PIL import Image

from articles.models import Article
from tests.e2e.conftest import DESKTOP, PHONE, screenshot, serious_accessibility_violations
from tests.factories import make_editor, make_journalist, make_section

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "test-pass-123"


@pytest.fixture
def newsroom(settings, tmp_path):
    settings.NEWSROOM_SERVE_MEDIA = True
    photo = tmp_path / "cho-hoang-nam.jpg"
    Image.new("RGB", (1600, 1000), (30, 110, 60)).save(photo, format="JPEG")
    return {
        "section": make_section("Tin tức - Sự kiện"),
        "journalist": make_journalist("phongvien_e2e"),
        "editor": make_editor("bientap_e2e"),
        "photo": photo,
    }


def log_in(page, base_url, user):
    page.goto(base_url + "/quan-tri/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/quan-tri/")


def write_article(page, base_url, newsroom):
    page.goto(base_url + "/quan-tri/articles/article/add/")
    page.fill("#id_title", "Chợ Hoàng Nam mở cửa lại sau cải tạo")
    page.select_option("#id_section", str(newsroom["section"].pk))
    page.fill("#id_lead", "Sáng 14/5, chợ Hoàng Nam đón tiểu thương trở lại.")
    page.wait_for_function(
        "() => window.CKEDITOR && CKEDITOR.instances.id_body && CKEDITOR.instances.id_body.status === 'ready'"
    )
    body = page.frame_locator("iframe.cke_wysiwyg_frame").locator("body")
    body.click()
    page.keyboard.type("Sau sáu tháng cải tạo, chợ có 120 ki-ốt mới.")
    page.keyboard.press("Enter")

    page.click("a.cke_button__image")
    dialog = page.locator(".cke_dialog").last
    dialog.locator("a.cke_dialog_tab").nth(1).click()
    page.frame_locator(".cke_dialog iframe.cke_dialog_ui_input_file").locator(
        "input[type=file]"
    ).set_input_files(str(newsroom["photo"]))
    dialog.locator("a.cke_dialog_ui_fileButton").click()
    src = dialog.locator("input.cke_dialog_ui_input_text").first
    page.wait_for_function(
        "el => el.value.startsWith('/media/uploads/')", arg=src.element_handle(), timeout=10_000
    )
    # The alt text is labelled as a description for blind readers, not as the caption.
    dialog.get_by_label("Mô tả ảnh cho người khiếm thị").fill("Tiểu thương bày hàng trong chợ mới")
    dialog.locator("input.cke_dialog_ui_checkbox_input").last.check()
    screenshot(page, "editing-admin-image-dialog-1280")
    dialog.locator("a.cke_dialog_ui_button_ok").click()
    page.select_option("#id_status", "review")
    screenshot(page, "editing-admin-editor-1280")
    page.click("input[name=_save]")
    page.wait_for_url("**/quan-tri/articles/article/")


def test_journalist_writes_with_a_photo_editor_publishes_reader_reads(live_server, open_page, newsroom):
    journalist_page = open_page(viewport=DESKTOP)
    log_in(journalist_page, live_server.url, newsroom["journalist"])
    write_article(journalist_page, live_server.url, newsroom)
    assert journalist_page.errors == []

    article = Article.objects.get()
    assert (article.status, article.author) == (Article.Status.REVIEW, newsroom["journalist"])
    assert re.search(r'<img [^>]*src="/media/uploads/[^"]+\.jpg"', article.body)
    assert 'alt="Tiểu thương bày hàng trong chợ mới"' in article.body
    assert reader_status(open_page, live_server.url + article.get_absolute_url()) == 404

    editor_page = open_page(viewport=DESKTOP)
    log_in(editor_page, live_server.url, newsroom["editor"])
    editor_page.goto(live_server.url + "/quan-tri/articles/article/")
    editor_page.check(f"input[name=_selected_action][value='{article.pk}']")
    editor_page.select_option("select[name=action]", "publish_now")
    editor_page.click("button[name=index]")
    editor_page.wait_for_selector(".messagelist .success")
    assert editor_page.errors == []

    for viewport in (PHONE, DESKTOP):
        reader = open_page(viewport=viewport)
        assert reader.goto(live_server.url + article.get_absolute_url()).status == 200
        reader.wait_for_load_state("networkidle")
        photo = reader.locator(".article__body img")
        photo.scroll_into_view_if_needed()
        reader.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=photo.element_handle())
        assert photo.get_attribute("alt") == "Tiểu thương bày hàng trong chợ mới"
        assert reader.locator(".article__body").inner_text().startswith("Sau sáu tháng cải tạo")
        box = photo.bounding_box()
        assert box["width"] <= viewport["width"]
        screenshot(reader, f"editing-published-article-{viewport['width']}")
        assert reader.errors == []
        assert serious_accessibility_violations(reader) == []


def reader_status(open_page, url):
    return open_page(viewport=PHONE).goto(url).status
