"""The article desk reads as Vietnamese, not as a translation: the portal's name in
the header, staff named family name first, time before date, a journalist's
"Gửi duyệt" that says where the article went, and no fields they cannot use."""

import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from articles import workflow
from articles.models import Article
from newsroom.portals import save_portal
from tests.editing.test_admin_permissions import article_form
from tests.factories import first_site, make_article, make_editor, make_journalist, make_section

pytestmark = pytest.mark.django_db

Status = Article.Status


def test_the_header_and_the_title_carry_the_portals_name(client):
    # The name of the portal the admin is reached on (its profile: docs/portals.md).
    save_portal(first_site().domain, "Cổng thông tin điện tử phường Cầu Đá", short_name="CĐ")
    client.force_login(make_editor())
    html = client.get(reverse("admin:index")).content.decode()
    assert '<div id="site-name"><a href="/quan-tri/">Cổng thông tin điện tử phường Cầu Đá</a></div>' in html
    assert re.search(r"<title>[^<]*\| Cổng thông tin điện tử phường Cầu Đá</title>", html)
    assert "Newsroom" not in html


def test_the_login_page_has_its_heading(client):
    html = client.get(reverse("admin:login")).content.decode()
    assert "<h1>Đăng nhập trang quản trị</h1>" in html


def test_staff_are_named_family_name_first_in_lists_and_revisions(client):
    journalist = make_journalist("phongvien_ten", first_name="Điệp", last_name="Hoàng")
    article = make_article(author=journalist, title="Chợ mới khai trương")
    workflow.save_revision(article, journalist)
    client.force_login(make_editor())
    listing = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "Hoàng Điệp" in listing and "Điệp Hoàng" not in listing
    revisions = client.get(reverse("admin:articles_article_revisions", args=[article.pk])).content.decode()
    assert "<td>Hoàng Điệp</td>" in revisions


def test_journalists_do_not_see_the_top_story_fields_editors_do(client):
    journalist = make_journalist()
    article = make_article(author=journalist, status=Status.DRAFT)
    client.force_login(journalist)
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Tin nổi bật" not in html and "Ghim đến" not in html
    client.force_login(make_editor())
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Tin nổi bật" in html and "Ghim đến" in html


def test_save_and_submit_sends_the_draft_to_the_editors_and_says_so(client):
    journalist = make_journalist()
    client.force_login(journalist)
    form = client.get(reverse("admin:articles_article_add")).content.decode()
    assert 'name="_gui-duyet"' in form and "Lưu và gửi duyệt" in form
    response = client.post(
        reverse("admin:articles_article_add"), {**article_form(make_section()), "_gui-duyet": "1"}
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.status == Status.REVIEW
    assert article.revisions.count() == 1
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert said == [
        "Đã gửi bài “Phường ra quân dọn vệ sinh” cho biên tập viên duyệt. Bài được đăng khi biên tập viên đồng ý."
    ]


def journalist_saves_a_draft(client, **fields):
    """The messages a journalist's save of their draft answers with, and the article."""
    journalist = make_journalist()
    article = make_article(author=journalist, status=Status.DRAFT)
    client.force_login(journalist)
    response = client.post(
        reverse("admin:articles_article_change", args=[article.pk]),
        article_form(article.section, slug=article.slug, **fields),
    )
    article.refresh_from_db()
    return [str(m) for m in get_messages(response.wsgi_request)], article


def test_choosing_waiting_for_review_in_the_form_says_the_same(client):
    said, article = journalist_saves_a_draft(client, status=Status.REVIEW)
    assert len(said) == 1 and said[0].startswith("Đã gửi bài") and "thành công" not in said[0]
    assert article.status == Status.REVIEW


def test_a_plain_save_of_a_draft_keeps_the_admins_message(client):
    said, article = journalist_saves_a_draft(client)
    assert len(said) == 1 and "Đã gửi bài" not in said[0]
    assert article.status == Status.DRAFT


def test_editors_who_publish_get_no_submit_button(client):
    client.force_login(make_editor())
    assert 'name="_gui-duyet"' not in client.get(reverse("admin:articles_article_add")).content.decode()


def test_date_and_time_boxes_have_labels_of_their_own(client):
    client.force_login(make_editor())
    html = client.get(reverse("admin:articles_article_add")).content.decode()
    for box in ("id_published_at_0", "id_published_at_1", "id_pinned_until_0", "id_pinned_until_1"):
        assert re.search(rf'<label for="{box}">(Ngày|Giờ):</label>', html), box


def test_the_editors_format_list_is_named_in_vietnamese(settings):
    labels = settings.CKEDITOR_CONFIGS["default"]["newsroomFormatLabels"]
    tags = settings.CKEDITOR_CONFIGS["default"]["format_tags"].split(";")
    assert set(labels) == set(tags)
    assert not any("Heading" in str(label) for label in labels.values())


def test_a_new_article_is_signed_with_its_writers_name_family_name_first(client):
    client.force_login(make_journalist("minhanh", first_name="Anh", last_name="Minh"))
    html = client.get(reverse("admin:articles_article_add")).content.decode()
    assert re.search(r'<input[^>]*name="byline"[^>]*value="Minh Anh"', html)
