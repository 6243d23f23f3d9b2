"""Who may do what in the admin, including POSTs the forms never offer."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_editor, make_journalist, make_section, make_user

pytestmark = pytest.mark.django_db
Status = Article.Status
ADD_URL = "/quan-tri/articles/article/add/"
LIST_URL = "/quan-tri/articles/article/"


def change_url(article):
    return f"/quan-tri/articles/article/{article.pk}/change/"


def article_form(section, **fields):
    data = {
        "title": "Phường ra quân dọn vệ sinh",
        "slug": "",
        "section": section.pk,
        "lead": "Sáng 14/5, hơn 200 người dân tham gia.",
        "body": "<p>Nội dung</p>",
        "byline": "Minh Anh",
        "cover_alt": "",
        "cover_caption": "",
        "status": Status.DRAFT,
        "published_at_0": "",
        "published_at_1": "",
    }
    data.update(fields)
    return data


def logged_in(client, user):
    client.force_login(user)
    return client


def test_anonymous_and_non_staff_are_sent_to_login(client):
    assert client.get(LIST_URL).status_code == 302
    logged_in(client, make_user(is_staff=False))
    response = client.get(LIST_URL)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_journalist_creates_a_draft_signed_with_their_name(client):
    journalist = make_journalist()
    response = logged_in(client, journalist).post(ADD_URL, article_form(make_section()))
    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.author, article.status) == (journalist, Status.DRAFT)
    assert article.revisions.get().created_by == journalist


def test_journalist_form_offers_only_draft_and_review(client):
    html = logged_in(client, make_journalist()).get(ADD_URL).content.decode()
    assert 'value="review"' in html and 'value="published"' not in html
    assert 'name="published_at_0"' not in html


def test_forged_publish_by_journalist_is_refused_and_nothing_stored(client):
    logged_in(client, make_journalist())
    response = client.post(ADD_URL, article_form(make_section(), status=Status.PUBLISHED))
    assert response.status_code == 200
    assert "published không phải là một trong các lựa chọn" in response.content.decode()
    assert not Article.objects.exists()


def test_forged_schedule_by_journalist_is_ignored(client):
    journalist = make_journalist()
    article = make_article(author=journalist, status=Status.DRAFT)
    logged_in(client, journalist).post(
        change_url(article),
        article_form(
            article.section, status=Status.REVIEW, published_at_0="01/01/2030", published_at_1="08:00:00"
        ),
    )
    article.refresh_from_db()
    assert (article.status, article.published_at) == (Status.REVIEW, None)


def test_journalist_cannot_change_others_article_by_post(client):
    article = make_article(author=make_journalist(), status=Status.DRAFT, title="Bài của người khác")
    response = logged_in(client, make_journalist()).post(
        change_url(article), article_form(article.section, title="Bị sửa trộm")
    )
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Bài của người khác"


def test_journalist_cannot_edit_own_published_article(client):
    journalist = make_journalist()
    article = make_article(author=journalist, title="Đã đăng")
    response = logged_in(client, journalist).post(
        change_url(article), article_form(article.section, title="Sửa sau khi đăng")
    )
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Đã đăng"


def test_editor_edits_anyone_and_schedules_a_time(client):
    article = make_article(author=make_journalist(), status=Status.REVIEW)
    logged_in(client, make_editor()).post(
        change_url(article),
        article_form(
            article.section, status=Status.PUBLISHED, published_at_0="01/01/2030", published_at_1="08:00:00"
        ),
    )
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert timezone.localtime(article.published_at).replace(tzinfo=None) == datetime.datetime(
        2030, 1, 1, 8, 0
    )
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert "Hẹn giờ 08:00 01/01/2030" in client.get(LIST_URL).content.decode()


def action(client, name, *articles):
    return client.post(LIST_URL, {"action": name, "_selected_action": [a.pk for a in articles], "index": 0})


@pytest.mark.parametrize("name", ["publish_now", "unpublish"])
def test_forged_editor_actions_by_journalist_change_nothing(client, name):
    journalist = make_journalist()
    draft = make_article(author=journalist, status=Status.REVIEW)
    published = make_article(author=journalist)
    logged_in(client, journalist)
    action(client, name, draft, published)
    draft.refresh_from_db()
    published.refresh_from_db()
    assert draft.status == Status.REVIEW
    assert published.status == Status.PUBLISHED


def test_submit_action_refuses_others_articles_and_says_so(client):
    journalist = make_journalist()
    mine = make_article(author=journalist, status=Status.DRAFT)
    theirs = make_article(status=Status.DRAFT)
    logged_in(client, journalist)
    response = client.get(LIST_URL)
    assert "Đăng ngay" not in response.content.decode()
    response = action(client, "submit_for_review", mine, theirs)
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.status, theirs.status) == (Status.REVIEW, Status.DRAFT)
    html = client.get(response["Location"]).content.decode()
    assert "Đã gửi duyệt 1 bài." in html and "1 bài không được thay đổi" in html


def test_editor_publishes_and_unpublishes_with_actions(client):
    article = make_article(status=Status.REVIEW)
    logged_in(client, make_editor())
    action(client, "publish_now", article)
    assert Article.objects.published().filter(pk=article.pk).exists()
    action(client, "unpublish", article)
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert article.revisions.count() == 2


def test_list_filters_and_search(client):
    logged_in(client, make_editor())
    make_article(title="Cầu Hoàng Nam thông xe", lead="Sáng nay")
    make_article(title="Tin khác", lead="Chợ phường mới")
    html = client.get(LIST_URL, {"q": "Chợ phường"}).content.decode()
    assert "Tin khác" in html and "Cầu Hoàng Nam" not in html
    html = client.get(LIST_URL).content.decode()
    for parameter in ["status__exact", "section__id__exact", "author__id__exact"]:
        assert parameter in html
