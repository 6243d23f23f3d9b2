"""Staff belong to portals: a ward's editor and moderator see only their ward in
every admin list, and a forged address or POST for the first portal's rows is
refused (404 or 403) and changes nothing. Superusers see every portal."""

import pytest
from django.core import mail
from django.test import Client

from articles.models import Article, Section, Tag
from comments.models import Comment
from newsroom.models import PortalRole
from tests.factories import (
    comment_data,
    make_article,
    make_comment,
    make_editor,
    make_journalist,
    make_moderator,
    make_section,
    make_site,
    make_user,
)
from tests.security.snapshot import snapshot

pytestmark = pytest.mark.django_db
Status = Article.Status
WARD = "phuong-a.example.vn"


@pytest.fixture
def portals():
    """The first portal's and a ward's section, draft, published story, tag and
    pending comment; the ward's editor and moderator (a ward's staff reach the
    admin on any host: they use the first portal's here)."""
    ward = make_site(WARD, "Cổng thông tin điện tử phường A", short_name="PA")
    rows = {}
    for name, site in (("first", None), ("ward", ward)):
        section = make_section(f"Chuyên mục {name}", **({"site": site} if site else {}))
        rows[name] = {
            "section": section,
            "draft": make_article(title=f"Bản nháp {name}", section=section, status=Status.REVIEW),
            "story": make_article(title=f"Tin {name}", section=section, tags=[f"Từ khóa {name}"]),
        }
        rows[name]["tag"] = rows[name]["story"].tags.get()
        rows[name]["comment"] = make_comment(rows[name]["story"], title=f"Ý kiến {name}")
    rows["site"] = ward
    rows["editor"] = make_editor(site=ward)
    rows["moderator"] = make_moderator(site=ward, email="kd-phuong@example.com")
    return rows


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/quan-tri/articles/article/?status__exact=review",
        "/quan-tri/articles/article/",
        "/quan-tri/articles/section/",
        "/quan-tri/articles/tag/",
    ],
)
def test_ward_editor_lists_only_the_wards_rows(portals, url):
    html = signed_in(portals["editor"]).get(url).content.decode()
    assert "ward" in html
    for name in ("Bản nháp first", "Tin first", "Chuyên mục first", "Từ khóa first"):
        assert name not in html


def test_ward_editors_filters_and_choices_name_only_ward_sections(portals):
    client = signed_in(portals["editor"])
    listing = client.get("/quan-tri/articles/article/").content.decode()
    form = client.get("/quan-tri/articles/article/add/").content.decode()
    for html in (listing, form):
        assert "Chuyên mục ward" in html and "Chuyên mục first" not in html


def test_ward_moderator_sees_only_the_wards_comments_and_counts(portals):
    html = signed_in(portals["moderator"]).get("/quan-tri/comments/comment/").content.decode()
    assert "Ý kiến ward" in html and "Ý kiến first" not in html
    assert "Chờ duyệt (1)" in html


def test_tag_autocomplete_offers_only_the_wards_tags(portals):
    client = signed_in(portals["editor"])
    response = client.get(
        "/quan-tri/articles/tag/goi-y/",
        {"term": "Từ khóa", "app_label": "articles", "model_name": "article", "field_name": "tags"},
    )
    names = [result["text"] for result in response.json()["results"]]
    assert names == ["Từ khóa ward"]


@pytest.mark.parametrize(
    "path",
    [
        "/quan-tri/articles/article/{draft}/change/",
        "/quan-tri/articles/article/{draft}/history/",
        "/quan-tri/articles/article/{draft}/phien-ban/",
        "/quan-tri/articles/article/{draft}/delete/",
        "/quan-tri/articles/section/{section}/change/",
        "/quan-tri/articles/tag/{tag}/change/",
        "/quan-tri/comments/comment/{comment}/change/",
        "/quan-tri/comments/comment/{comment}/tra-loi/",
    ],
)
def test_another_portals_rows_are_not_found_for_ward_staff(portals, path):
    first = portals["first"]
    url = path.format(
        draft=first["draft"].pk, section=first["section"].pk, tag=first["tag"].pk, comment=first["comment"].pk
    )
    for user in (portals["editor"], portals["moderator"]):
        assert signed_in(user).get(url).status_code in (403, 404), (user, url)


def test_forged_posts_for_another_portal_change_nothing(portals):
    first = portals["first"]
    editor, moderator = signed_in(portals["editor"]), signed_in(portals["moderator"])
    before = snapshot()
    tags_before = list(Tag.objects.values_list("pk", "name"))
    sections_before = list(Section.objects.values_list("pk", "name", "site"))
    answers = [
        editor.post(
            f"/quan-tri/articles/article/{first['draft'].pk}/change/",
            {
                "title": "Sửa trộm",
                "section": first["section"].pk,
                "lead": "x",
                "body": "<p>x</p>",
                "status": Status.PUBLISHED,
            },
        ),
        editor.post(
            "/quan-tri/articles/article/",
            {"action": "publish_now", "_selected_action": [first["draft"].pk], "index": 0},
        ),
        editor.post(f"/quan-tri/articles/article/{first['story'].pk}/delete/", {"post": "yes"}),
        editor.post(
            f"/quan-tri/articles/tag/{first['tag'].pk}/change/", {"name": "Đổi tên", "slug": "doi-ten"}
        ),
        editor.post(f"/quan-tri/articles/tag/{first['tag'].pk}/delete/", {"post": "yes"}),
        editor.post(
            f"/quan-tri/articles/section/{first['section'].pk}/change/", {"name": "Đổi", "slug": "doi"}
        ),
        # A new article put into the first portal's section.
        editor.post(
            "/quan-tri/articles/article/add/",
            {
                "title": "Bài lạc cổng",
                "section": first["section"].pk,
                "lead": "x",
                "body": "<p>x</p>",
                "status": Status.DRAFT,
                "published_at_0": "",
                "published_at_1": "",
            },
        ),
        moderator.post(f"/quan-tri/comments/comment/{first['comment'].pk}/quyet-dinh/approved/"),
        moderator.post(
            "/quan-tri/comments/comment/",
            {"action": "approve_comments", "_selected_action": [first["comment"].pk], "index": 0},
        ),
        moderator.post(
            f"/quan-tri/comments/comment/{first['comment'].pk}/tra-loi/", {"body": "Trả lời trộm"}
        ),
    ]
    assert snapshot() == before
    assert list(Tag.objects.values_list("pk", "name")) == tags_before
    assert list(Section.objects.values_list("pk", "name", "site")) == sections_before
    assert not Article.objects.filter(title="Bài lạc cổng").exists()
    for response in answers:
        assert response.status_code in (200, 302, 403, 404)
        if response.status_code == 200:  # a form shown again with its error
            assert "Bài lạc cổng" in response.content.decode() or "lỗi" in response.content.decode().lower()


def test_ward_staff_work_on_their_own_portal_as_before(portals):
    ward = portals["ward"]
    editor = signed_in(portals["editor"])
    editor.post(
        "/quan-tri/articles/article/",
        {"action": "publish_now", "_selected_action": [ward["draft"].pk], "index": 0},
    )
    assert Article.objects.published(portals["site"]).filter(pk=ward["draft"].pk).exists()
    moderator = signed_in(portals["moderator"])
    moderator.post(f"/quan-tri/comments/comment/{ward['comment'].pk}/quyet-dinh/approved/")
    assert Comment.objects.get(pk=ward["comment"].pk).status == Comment.Status.APPROVED


def test_superuser_sees_every_portal_with_a_portal_filter(portals):
    html = signed_in(make_user(is_superuser=True)).get("/quan-tri/articles/article/").content.decode()
    assert "Tin first" in html and "Tin ward" in html
    assert "phuong-a.example.vn" in html  # the portal filter's choices


def test_a_ward_comment_mails_only_the_wards_moderators(portals, client):
    make_moderator(email="kd-quan@example.com")
    story = portals["ward"]["story"]
    client.post(f"/binh-luan/{story.pk}/gui/", comment_data(), HTTP_HOST=WARD)
    assert [message.to for message in mail.outbox] == [["kd-phuong@example.com"]]
    assert "[PA]" in mail.outbox[0].subject


def test_a_role_on_the_first_portal_grants_nothing_on_the_ward(portals):
    journalist = make_journalist()
    article = portals["ward"]["draft"]
    assert not journalist.has_perm("articles.change_article", portals["site"])
    assert signed_in(journalist).get(f"/quan-tri/articles/article/{article.pk}/change/").status_code in (
        403,
        404,
    )
    assert list(PortalRole.objects.filter(user=journalist).values_list("site", flat=True)) == [1]
