"""The edge cache in deploy/nginx.conf, through real nginx in front of two app
servers: anonymous readers share a page kept for one second; anything of one
person's (a signed-in editor, a reader told their comment waits, the admin,
the captcha, the read beacon) is never served from it nor kept in it; and
every write a reader can see shows through it within one second
(docs/caching.md, the freshness rule)."""

import datetime
import io
import time

import pytest
from django.conf import global_settings
from django.core.management import call_command
from django.utils import timezone

from articles import workflow
from articles.models import Article
from comments import moderation
from comments.models import Comment
from tests.deploy.conftest import Browser
from tests.deploy.test_two_app_servers import post_comment
from tests.editing.test_admin_permissions import article_form
from tests.factories import make_article, make_comment, make_section, make_user
from tests.reliability.load import CaptchaAnswers, fetch

pytestmark = pytest.mark.django_db(transaction=True)

WAITING = "đang chờ kiểm duyệt"
# One second of the edge's keeping, plus the request that renders and fetches
# the new copy and the poll's own step, on a machine shared with other work (a
# relative lifetime of one second would keep copies up to two seconds: caught).
FRESH_WITHIN = 1.0
FETCH_MARGIN = 0.4


@pytest.fixture
def staff(settings):
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    return make_user("bientap", is_superuser=True)


@pytest.fixture
def answers():
    reader = CaptchaAnswers()
    yield reader
    reader.close()


def edge(deployment, path, headers=None):
    """(status, X-Cache, headers, text) of an anonymous request through nginx."""
    status, sent, text = fetch(deployment.url, "GET", path, headers=headers)
    return status, sent.get("X-Cache", ""), sent, text


def until_kept(deployment, path):
    """Ask until the edge answers from its copy; the copy's text."""
    for _ in range(50):
        status, cached, _sent, text = edge(deployment, path)
        if cached == "HIT":
            return text
        time.sleep(0.02)
    raise AssertionError(f"{path} never came from the edge")


def seconds_until(deployment, path, shows, since):
    """Seconds from `since` (time.time()) until the edge answers `path` with a
    page where shows(text) is true; each later request must show it too."""
    deadline = since + 5
    while time.time() < deadline:
        status, _cached, _sent, text = edge(deployment, path)
        if shows(status, text):
            seen = time.time() - since
            for _ in range(5):
                assert shows(*edge(deployment, path)[::3]), "a later request went back to the old page"
            return seen
        time.sleep(0.01)
    raise AssertionError(f"{path} did not change within 5 s")


def test_anonymous_readers_share_one_kept_copy_that_sets_no_cookie(deployment):
    article = make_article(title="Bão số 3 đổ bộ vào đất liền")
    path = article.get_absolute_url()
    status, cached, sent, text = edge(deployment, path)
    assert status == 200 and cached in {"MISS", "EXPIRED"} and "Bão số 3" in text
    assert until_kept(deployment, path) == text
    status, cached, sent, _text = edge(deployment, path)
    assert "Set-Cookie" not in sent
    # Browsers still revalidate each time; the edge's lifetime is nginx's alone.
    assert sent["Cache-Control"] == "public, no-cache" and "X-Accel-Expires" not in sent


def test_signed_in_editor_never_gets_nor_leaves_an_edge_copy(deployment, staff):
    article = make_article(title="Kết quả bầu cử đại biểu phường")
    path = article.get_absolute_url()
    editor = Browser(deployment.url).log_in("bientap")
    for _ in range(3):
        cookies = "; ".join(f"{k}={v}" for k, v in editor.cookies.items())
        status, sent, _text = fetch(deployment.url, "GET", path, headers={"Cookie": cookies})
        assert status == 200 and sent["X-Cache"] == "BYPASS" and "private" in sent["Cache-Control"]
    # Nothing the editor was shown was kept: the first anonymous reader misses.
    assert edge(deployment, path)[1] == "MISS"


def test_reader_who_posted_sees_the_waiting_notice_and_nobody_else_does(deployment, answers):
    article = make_article(title="Người dân góp ý về dự án cầu mới")
    path = article.get_absolute_url()
    until_kept(deployment, path)
    reader = Browser(deployment.url)
    status, location, _text = post_comment(reader, article, answers, "Mong cầu sớm hoàn thành.")
    assert status == 302
    assert "messages" in reader.cookies and "csrftoken" in reader.cookies
    status, _location, text = reader.get(path)
    assert status == 200 and WAITING in text
    for _ in range(20):
        status, cached, _sent, text = edge(deployment, path)
        assert status == 200 and WAITING not in text
    # The notice is shown once: the reader's next page has none.
    assert WAITING not in reader.get(path)[2]


@pytest.mark.parametrize(
    "path",
    ["/quan-tri/login/", "/binh-luan/ma-xac-nhan/", "/captcha/image/khong-co/"],
)
def test_admin_and_captcha_are_never_kept(deployment, path):
    answers = [edge(deployment, path) for _ in range(4)]
    assert {cached for _status, cached, _sent, _text in answers} == {"BYPASS"}


def test_read_beacon_is_never_kept(deployment):
    article = make_article()
    for _ in range(3):
        status, sent, _text = fetch(
            deployment.url, "POST", f"/luot-doc/{article.pk}/", headers={"User-Agent": "Mozilla/5.0"}
        )
        # A POST is never looked up at the edge: nginx reports no cache status.
        assert status == 204 and sent.get("X-Cache") is None


def test_edit_through_the_admin_shows_at_the_edge_within_a_second(deployment, staff, record_property):
    article = make_article(title="Chợ đêm mở cửa lại")
    path = article.get_absolute_url()
    until_kept(deployment, path)
    editor = Browser(deployment.url).log_in("bientap")
    form = article_form(
        article.section,
        title="Chợ đêm mở cửa từ tối mai",
        slug=article.slug,
        status="published",
        published_at_0="01/01/2024",
        published_at_1="08:00:00",
    )
    assert editor.post(f"/quan-tri/articles/article/{article.pk}/change/", form)[0] == 302
    edited = time.time()
    seconds = seconds_until(deployment, path, lambda status, text: "từ tối mai" in text, edited)
    record_property("edit visible at the edge, s", round(seconds, 3))
    assert seconds <= FRESH_WITHIN + FETCH_MARGIN


def write_paths():
    """(name, prepare(), write(prepared), shows(status, text)) of each write path."""

    def approve_prepare():
        article = make_article(title="Phường lắp đèn đường mới")
        comment = make_comment(article, body="Đèn sáng, đường an toàn hơn.")
        return article.get_absolute_url(), comment

    def approve(comment):
        moderation.approve([comment], by=make_user(is_superuser=True))

    def delete_comment_prepare():
        article = make_article(title="Ý kiến về giờ mở cửa chợ")
        comment = make_comment(article, body="Nên mở sớm hơn.", status=Comment.Status.APPROVED)
        moderation.recount_comments([article.pk])
        return article.get_absolute_url(), comment

    def delete_comment(comment):
        moderation.delete_comments(Comment.objects.filter(pk=comment.pk))

    def purge_prepare():
        article = make_article(title="Ý kiến về đèn đường")
        comment = make_comment(
            article, name="Trần Thị Gấm", phone="+84912345678", status=Comment.Status.APPROVED
        )
        moderation.recount_comments([article.pk])
        return article.get_absolute_url(), comment

    def purge(comment):
        call_command("purge_commenter_data", phone="0912345678", stdout=io.StringIO())

    def delete_prepare():
        article = make_article(title="Bài sẽ bị gỡ")
        return article.get_absolute_url(), article

    def delete(article):
        workflow.delete_articles(Article.objects.filter(pk=article.pk))

    def unpublish_prepare():
        article = make_article(title="Bài sẽ ngừng đăng")
        return article.get_absolute_url(), article

    def unpublish(article):
        workflow.unpublish(article, make_user(is_superuser=True))

    return [
        ("approve", approve_prepare, approve, lambda s, t: "Đèn sáng, đường an toàn hơn." in t),
        ("delete comment", delete_comment_prepare, delete_comment, lambda s, t: "Nên mở sớm hơn." not in t),
        ("purge", purge_prepare, purge, lambda s, t: "Trần Thị Gấm" not in t),
        ("delete", delete_prepare, delete, lambda s, t: s == 404),
        ("unpublish", unpublish_prepare, unpublish, lambda s, t: s == 404),
    ]


@pytest.mark.parametrize("name, prepare, write, shows", write_paths(), ids=[p[0] for p in write_paths()])
def test_every_write_path_shows_at_the_edge_within_a_second(
    deployment, name, prepare, write, shows, record_property
):
    path, row = prepare()
    text = until_kept(deployment, path)
    assert not shows(200, text), "the page already shows the change"
    write(row)
    seconds = seconds_until(deployment, path, shows, time.time())
    record_property(f"{name} visible at the edge, s", round(seconds, 3))
    assert seconds <= FRESH_WITHIN + FETCH_MARGIN


def test_scheduled_article_shows_at_the_edge_within_a_second_of_its_time(deployment, record_property):
    section = make_section(name="Thời sự hẹn giờ")
    at = timezone.now() + datetime.timedelta(seconds=3)
    make_article(title="Tin hẹn giờ đăng lúc ba giây", section=section, published_at=at)
    path = section.get_absolute_url()
    assert "Tin hẹn giờ đăng" not in until_kept(deployment, path)
    time.sleep(max(0, at.timestamp() - time.time()))
    seconds = seconds_until(deployment, path, lambda s, t: "Tin hẹn giờ đăng" in t, at.timestamp())
    record_property("scheduled article visible at the edge, s", round(seconds, 3))
    assert seconds <= FRESH_WITHIN + FETCH_MARGIN


def test_the_comment_form_page_hands_each_reader_a_token_of_their_own(deployment):
    """The form without script (/binh-luan/<id>/) carries a CSRF token: it sets
    a cookie, so the edge never keeps it and two readers get two tokens."""
    path = f"/binh-luan/{make_article().pk}/"
    answers = [edge(deployment, path) for _ in range(3)]
    assert all(status == 200 and cached != "HIT" for status, cached, _sent, _text in answers)
    tokens = {sent["Set-Cookie"].split(";")[0] for _status, _cached, sent, _text in answers}
    assert len(tokens) == 3
