"""Every admin save keeps a revision; editors read the history, compare and restore."""

import pytest

from articles import workflow
from articles.revisions import word_changes
from tests.factories import make_article, make_editor, make_journalist

pytestmark = pytest.mark.django_db


def history_url(article):
    return f"/quan-tri/articles/article/{article.pk}/phien-ban/"


@pytest.fixture
def edited(client):
    """An article saved twice by an editor through the admin."""
    editor = make_editor()
    article = make_article(title="Bản đầu", lead="Sapo đầu", body="<p>Đoạn một</p>")
    client.force_login(editor)
    for title, body in [("Bản đầu", "<p>Đoạn một</p>"), ("Bản sửa", "<p>Đoạn <script>x</script>hai</p>")]:
        response = client.post(
            f"/quan-tri/articles/article/{article.pk}/change/",
            {
                "title": title,
                "slug": article.slug,
                "section": article.section.pk,
                "lead": "Sapo đầu",
                "body": body,
                "byline": "",
                "cover_alt": "",
                "cover_caption": "",
                "status": "published",
                "published_at_0": "14/05/2024",
                "published_at_1": "21:11:00",
            },
        )
        assert response.status_code == 302, response.context["adminform"].form.errors
    return article


def test_each_admin_save_keeps_title_lead_body_author_and_time(edited):
    revisions = list(edited.revisions.order_by("created_at", "pk"))
    assert [r.title for r in revisions] == ["Bản đầu", "Bản sửa"]
    assert revisions[1].body == "<p>Đoạn hai</p>"
    assert all(r.created_by.groups.filter(name="Biên tập viên").exists() for r in revisions)


def test_history_lists_revisions_newest_first(client, edited):
    html = client.get(history_url(edited)).content.decode()
    assert html.index("Bản sửa") < html.index("Bản đầu")
    assert "Khôi phục" in html


def test_compare_shows_the_text_as_readers_see_it_with_changed_words_marked(client, edited):
    older, newer = edited.revisions.order_by("created_at", "pk")
    html = client.get(history_url(edited) + "so-sanh/", {"a": newer.pk, "b": older.pk}).content.decode()
    assert '<p>Đoạn <del><span class="visually-hidden">bỏ: </span>một</del> ' in html
    assert '<ins><span class="visually-hidden">thêm: </span>hai</ins></p>' in html
    assert "&lt;p&gt;" not in html, "no HTML source"


def test_compare_keeps_paragraphs_marks_words_and_names_photos():
    older = "<p>Sáng 14/5, phường tổ chức lễ hội.</p><p>Hàng nghìn người dự.</p>"
    newer = (
        "<p>Sáng 14/5, quận tổ chức lễ hội &lt;lớn&gt;.</p>"
        '<figure class="image"><img src="/media/a.jpg" alt="Đội trống"><figcaption>Trống hội</figcaption></figure>'
        "<p>Hàng nghìn người dự.</p>"
    )
    assert word_changes(older, newer) == [
        [
            ("same", "Sáng 14/5,"),
            ("remove", "phường"),
            ("add", "quận"),
            ("same", "tổ chức lễ"),
            ("remove", "hội."),
            ("add", "hội <lớn>."),
        ],
        [("add", "[Ảnh: Đội trống] Trống hội")],
        [("same", "Hàng nghìn người dự.")],
    ]


def test_compare_needs_two_revisions_of_this_article(client, edited):
    other = workflow.save_revision(make_article(), make_editor())
    older = edited.revisions.first()
    response = client.get(history_url(edited) + "so-sanh/", {"a": older.pk, "b": other.pk})
    assert response.status_code == 302
    assert "Hãy chọn hai phiên bản khác nhau" in client.get(response["Location"]).content.decode()


def test_restore_by_post_puts_the_old_text_back(client, edited):
    first = edited.revisions.order_by("created_at", "pk").first()
    url = f"{history_url(edited)}{first.pk}/khoi-phuc/"
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.status_code == 302
    edited.refresh_from_db()
    assert (edited.title, edited.body) == ("Bản đầu", "<p>Đoạn một</p>")
    assert edited.revisions.count() == 3


def test_journalist_cannot_see_or_restore_history_of_others_article(client, edited):
    client.force_login(make_journalist())
    first = edited.revisions.first()
    assert client.get(history_url(edited)).status_code == 403
    assert client.post(f"{history_url(edited)}{first.pk}/khoi-phuc/").status_code == 403
    edited.refresh_from_db()
    assert edited.title == "Bản sửa"
