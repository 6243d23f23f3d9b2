"""Reader pages are cached in parts, and a cached page is never stale.

No code path deletes cache entries: every part is stored under the content
token, which one query reads from the database. So a change made by any
process shows on the next request of every other process too; the gunicorn
test in tests/reliability/ shows it across real worker processes.
"""

import datetime
import re

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from comments import moderation
from comments.counts import recount_comments
from comments.models import Comment
from tests.factories import make_article, make_comment, make_moderator, make_section, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


@pytest.fixture
def busy_article():
    """An article among 40, with 50 approved and 20 waiting comments."""
    section = make_section()
    start = timezone.now() - datetime.timedelta(days=5)
    articles = [
        make_article(
            section=section,
            title=f"Tin số {i}",
            published_at=start + datetime.timedelta(hours=i),
            tags=["Đô thị", f"Phường {i % 3}"],
        )
        for i in range(40)
    ]
    article = articles[20]
    for i in range(50):
        make_comment(article, status=Comment.Status.APPROVED, title=f"Ý kiến được duyệt {i}")
    for i in range(20):
        make_comment(article, title=f"Ý kiến chờ duyệt {i}")
    recount_comments([article.pk])  # as approving them does: three pages of comments
    return article


def test_article_page_queries_are_few_cold_and_warm(client, busy_article, django_assert_max_num_queries):
    url = busy_article.get_absolute_url()
    # 8, the documents it links (the documents app's part), and the two "Đọc nhiều" lists
    with django_assert_max_num_queries(11):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(2) as warm:
        response = client.get(url)
    assert response.status_code == 200
    # Only the content state is read; nothing at all with the token in Redis.
    assert len(warm.captured_queries) == (0 if settings.NEWSROOM_CONTENT_TOKEN_IN_CACHE else 1)
    html = response.content.decode()
    assert html.count('class="comment"') == 20  # the first page of 50


def test_anonymous_reading_writes_nothing_and_sets_no_cookie(client, busy_article):
    urls = [
        "/",
        busy_article.section.get_absolute_url(),
        busy_article.get_absolute_url(),
        busy_article.get_absolute_url() + "?binh-luan=3",
        f"/bai-da-dang/?ngay={timezone.localdate().isoformat()}",
        "/tim-kiem/?q=tin",
        "/tu-khoa/do-thi/",
        "/tu-khoa/do-thi/rss/",
    ]
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
        assert writes == [], url
        assert not response.cookies, url


def test_article_page_holds_nothing_personal(client, busy_article):
    from django.test import Client

    first = client.get(busy_article.get_absolute_url()).content
    second = Client().get(busy_article.get_absolute_url()).content
    assert first == second, "every anonymous reader gets the same bytes"
    html = first.decode()
    assert re.search(r'name="csrfmiddlewaretoken" value=""', html)
    assert 'name="captcha_key" value=""' in html


def test_edit_shows_on_the_next_request(client, busy_article):
    url = busy_article.get_absolute_url()
    client.get(url)
    busy_article.title = "Tiêu đề đã được biên tập lại"
    busy_article.save()
    assert "Tiêu đề đã được biên tập lại" in client.get(url).content.decode()
    # and in the neighbours' lists and the section page
    neighbour = Article.objects.get(title="Tin số 21").get_absolute_url()
    assert "Tiêu đề đã được biên tập lại" in client.get(neighbour).content.decode()
    section = client.get(busy_article.section.get_absolute_url() + "?page=2").content.decode()
    assert "Tiêu đề đã được biên tập lại" in section


def test_unpublish_is_404_on_the_next_request(client, busy_article):
    url = busy_article.get_absolute_url()
    assert client.get(url).status_code == 200
    busy_article.status = Article.Status.DRAFT
    busy_article.save()
    assert client.get(url).status_code == 404
    assert busy_article.title not in client.get("/").content.decode()


def test_scheduled_article_appears_when_its_time_comes(client):
    section = make_section()
    make_article(section=section, title="Tin đã đăng")
    when = timezone.now() + datetime.timedelta(minutes=30)
    scheduled = make_article(section=section, title="Tin hẹn giờ", published_at=when)
    assert "Tin hẹn giờ" not in client.get("/").content.decode()
    assert client.get(scheduled.get_absolute_url()).status_code == 404
    with time_machine.travel(when + datetime.timedelta(seconds=1)):
        assert "Tin hẹn giờ" in client.get("/").content.decode()
        assert client.get(scheduled.get_absolute_url()).status_code == 200
        assert "Tin hẹn giờ" in client.get(section.get_absolute_url()).content.decode()


def test_comment_approval_shows_on_the_next_request(client, busy_article):
    url = busy_article.get_absolute_url() + "?binh-luan=3"  # the newest of 51 comes last
    waiting = Comment.objects.filter(article=busy_article, status=Comment.Status.PENDING).first()
    assert waiting.title not in client.get(url).content.decode()
    moderation.approve([waiting], by=make_moderator("kiemduyet"))
    html = client.get(url).content.decode()
    assert waiting.title in html
    assert "51 bình luận" in html


def test_section_rename_shows_in_every_page_navigation(client, busy_article):
    client.get("/")
    busy_article.section.name = "Chuyên mục mới tên"
    busy_article.section.save()
    assert "Chuyên mục mới tên" in client.get("/").content.decode()


def test_article_deleted_in_the_admin_leaves_the_lists_at_once(client, busy_article):
    from django.test import Client

    neighbour = Article.objects.get(title="Tin số 21")
    assert "Tin số 20<" in client.get(neighbour.get_absolute_url()).content.decode()
    admin = Client()
    admin.force_login(make_user("quantri", is_superuser=True))
    Comment.objects.filter(article=busy_article).delete()
    response = admin.post(f"/quan-tri/articles/article/{busy_article.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Article.objects.filter(pk=busy_article.pk).exists()
    assert "Tin số 20<" not in client.get(neighbour.get_absolute_url()).content.decode()


def test_pages_can_be_revalidated(client, busy_article, django_assert_max_num_queries):
    url = busy_article.get_absolute_url()
    response = client.get(url)
    assert response["Cache-Control"] == "public, no-cache"
    etag, last_modified = response["ETag"], response["Last-Modified"]
    with django_assert_max_num_queries(1):
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304

    busy_article.lead = "Sapo mới"
    busy_article.save()
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_a_page_from_the_cache_keeps_the_headers_it_was_rendered_with(client, busy_article):
    """The policy and the security headers come with a cached page as with a fresh one."""
    for url in ["/", busy_article.section.get_absolute_url(), busy_article.get_absolute_url()]:
        rendered = client.get(url)
        with CaptureQueriesContext(connection) as queries:
            cached = client.get(url)
        assert len(queries) <= 1, "answered from the cache"
        for header in (
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Cross-Origin-Opener-Policy",
            "X-Frame-Options",
            "Content-Type",
            "ETag",
            "Last-Modified",
            "Cache-Control",
        ):
            assert cached[header] == rendered[header], (url, header)


def test_personal_responses_are_private(client, busy_article):
    url = busy_article.get_absolute_url()
    client.force_login(make_user("bientap"))
    response = client.get(url)
    assert response["Cache-Control"] == "private, no-cache"
    assert not response.has_header("ETag")


def test_a_readers_message_is_never_shared(client, busy_article):
    from django.test import Client

    from tests.factories import comment_data

    url = busy_article.get_absolute_url()
    Client().get(url)  # the shared page is cached now
    response = client.post(f"/binh-luan/{busy_article.pk}/gui/", comment_data(), follow=True)
    assert "đang chờ kiểm duyệt" in response.content.decode()
    assert response["Cache-Control"] == "private, no-cache"
    assert "đang chờ kiểm duyệt" not in Client().get(url).content.decode()
    assert "đang chờ kiểm duyệt" not in client.get(url).content.decode(), "shown once"


def test_the_edge_may_keep_a_public_page_until_the_end_of_the_second_it_was_answered(client):
    """nginx (deploy/nginx.conf) keeps what carries X-Accel-Expires, until the
    second it names is over; a page answered from the app's cache names the
    second it is answered in, not the one it was rendered in."""
    url = make_article().get_absolute_url()
    start = timezone.now().replace(microsecond=500_000)
    with time_machine.travel(start, tick=False):
        rendered = client.get(url)
    assert rendered["X-Accel-Expires"] == f"@{int(start.timestamp())}"
    later = start + datetime.timedelta(seconds=5)
    with time_machine.travel(later, tick=False):
        cached = client.get(url)
        revalidated = client.get(url, HTTP_IF_NONE_MATCH=cached["ETag"])
    assert cached.content == rendered.content
    assert cached["X-Accel-Expires"] == f"@{int(later.timestamp())}"
    assert revalidated.status_code == 304 and "X-Accel-Expires" not in revalidated


def test_nothing_personal_may_be_kept_at_the_edge(client):
    url = make_article().get_absolute_url()
    client.force_login(make_user("bientap"))
    assert "X-Accel-Expires" not in client.get(url)
    assert "X-Accel-Expires" not in client.get("/binh-luan/ma-xac-nhan/")
    assert "X-Accel-Expires" not in client.get("/quan-tri/")
