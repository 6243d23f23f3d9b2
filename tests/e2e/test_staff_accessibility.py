"""Every staff page the demo editor, journalist and moderator reach, judged like
the reader pages: at phone and desktop widths no axe-core finding of any impact,
no sideways scrolling, no console error; and no Nu Html Checker error."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles import workflow
from articles.models import Article
from comments.models import Comment
from documents import workflow as document_workflow
from tests.documents.factories import make_document
from tests.e2e.conftest import DESKTOP, PHONE, accessibility_violations, screenshot
from tests.factories import newsroom_group

pytestmark = pytest.mark.django_db(transaction=True)

DEMO_PASSWORD = "newsroom-demo"


@pytest.fixture
def demo(settings):
    """`manage.py seed_demo` (its staff, articles and comments), and an article
    saved twice by the editor, so that its revisions can be compared; and a
    document likewise, for its "Phiên bản" page."""
    settings.NEWSROOM_SERVE_MEDIA = True
    for role in ("Biên tập viên", "Phóng viên", "Kiểm duyệt viên"):
        newsroom_group(role)  # the roles the migrations made, after an earlier test's flush
    with open("/dev/null", "w") as quiet:
        call_command("seed_demo", stdout=quiet)
    article = Article.objects.published().order_by("pk").first()
    editor = type(article.author).objects.get(username="bientap")
    older = workflow.save_revision(article, editor)
    article.body = article.body.replace("</p>", " Bài đã được cập nhật.</p>", 1)
    article.save()
    newer = workflow.save_revision(article, editor)
    draft = Article.objects.get(author__username="phongvien", status=Article.Status.DRAFT)
    document = make_document(file_lines=["Lát lại vỉa hè tổ dân phố số 5"])
    document_workflow.save_revision(document, editor)
    document.summary = document.summary.replace("công tác", "công tác sửa chữa vỉa hè")
    document.signer = "Trần Thị Bình"
    document.save()
    document_workflow.save_revision(document, editor)
    document_revisions = reverse("admin:documents_document_revisions", args=[document.pk])
    approved = Comment.objects.filter(status=Comment.Status.APPROVED).order_by("pk").first()
    queue = reverse("admin:comments_comment_changelist")
    return {
        "bientap": [
            reverse("admin:index"),
            reverse("admin:app_list", args=["articles"]),
            reverse("admin:articles_article_changelist"),
            reverse("admin:articles_article_changelist") + "?status__exact=review",
            reverse("admin:articles_article_add"),
            reverse("admin:articles_article_change", args=[article.pk]),
            reverse("admin:articles_article_revisions", args=[article.pk]),
            reverse("admin:articles_article_compare", args=[article.pk]) + f"?a={older.pk}&b={newer.pk}",
            reverse("admin:articles_article_history", args=[article.pk]),
            document_revisions,
            reverse("admin:articles_section_changelist"),
            reverse("admin:articles_section_add"),
            reverse("admin:articles_tag_changelist"),
            reverse("admin:articles_tag_add"),
            queue,
            reverse("admin:password_change"),
        ],
        "phongvien": [
            reverse("admin:index"),
            reverse("admin:articles_article_changelist"),
            reverse("admin:articles_article_add"),
            reverse("admin:articles_article_change", args=[draft.pk]),
            document_revisions,
        ],
        "kiemduyet": [
            reverse("admin:index"),
            reverse("admin:app_list", args=["comments"]),
            queue,
            queue + "?trang_thai=approved&thu_tu=moi-nhat",
            reverse("admin:comments_comment_change", args=[approved.pk]),
            reverse("admin:comments_comment_reply", args=[approved.pk]),
            reverse("admin:comments_keyword_changelist"),
            reverse("admin:comments_keyword_add"),
        ],
    }


def log_in(page, base_url, username):
    page.on("response", lambda response: response.status >= 400 and page.errors.append(response.url))
    page.goto(base_url + reverse("admin:login"))
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**" + reverse("admin:index"))


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_staff_pages_are_accessible_and_fit(live_server, open_page, demo, viewport):
    problems = {}

    def judge(page, name):
        page.wait_for_load_state("networkidle")
        # The page's own errors first: axe's fetches of stylesheets resolve Django's
        # relative @import against the page and fail on their own.
        found = list(page.errors)
        if page.evaluate("document.documentElement.scrollWidth") > viewport["width"]:
            found.append("scrolls sideways")
        found += accessibility_violations(page)
        page.errors.clear()
        if found:
            problems[name] = found

    login = open_page(viewport=viewport)
    login.goto(live_server.url + reverse("admin:login"))
    judge(login, "login")
    for username, paths in demo.items():
        page = open_page(viewport=viewport)
        log_in(page, live_server.url, username)
        for path in paths:
            page.goto(live_server.url + path)
            if "/change/" in path and "article" in path:
                page.wait_for_selector(".cke_contents")
            judge(page, f"{username} {path}")
            screenshot(page, f"staff-{username}-{path.strip('/').replace('/', '-')}-{viewport['width']}")
    assert problems == {}


def test_staff_pages_pass_the_html_checker(live_server, open_page, demo, html_checker):
    served = {}
    served["login"] = open_page().request.get(live_server.url + reverse("admin:login")).text()
    for username, paths in demo.items():
        page = open_page()
        log_in(page, live_server.url, username)
        for number, path in enumerate(paths):
            response = page.request.get(live_server.url + path)
            assert response.ok, path
            served[f"{username}-{number}"] = response.text()
    assert html_checker(served) == []


def test_the_editors_box_stays_inside_its_row_on_a_phone(live_server, open_page, demo):
    page = open_page(viewport=PHONE)
    log_in(page, live_server.url, "phongvien")
    page.goto(live_server.url + reverse("admin:articles_article_add"))
    page.wait_for_selector(".cke_contents")
    editor, row = (page.locator(s).bounding_box() for s in (".cke", ".field-body .django-ckeditor-widget"))
    assert editor["x"] >= row["x"] and editor["x"] + editor["width"] <= row["x"] + row["width"]
    # The format list names its choices in Vietnamese.
    page.locator(".cke_combo__format .cke_combo_button").click()
    frame = page.frame_locator(".cke_combopanel iframe")
    assert frame.locator(".cke_panel_listItem").all_inner_texts() == [
        "Đoạn văn",
        "Tiêu đề mục",
        "Tiêu đề nhỏ",
        "Tiêu đề nhỏ hơn",
    ]
