"""Each spam defence in comments/moderation.py, through the form the reader posts."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments import moderation
from comments.models import Comment, Keyword
from tests.factories import comment_data, make_article, make_comment

pytestmark = pytest.mark.django_db


def test_filled_honeypot_is_dropped_silently(client, post_url):
    response = client.post(post_url, comment_data(website="http://spam.example"), follow=True)
    assert "Bình luận của bạn đang chờ kiểm duyệt" in response.content.decode()
    assert Comment.objects.count() == 0


def test_flood_from_one_ip_gets_429_in_vietnamese_with_retry_after(client, article, post_url, settings):
    settings.COMMENTS_FLOOD_LIMIT = 3
    settings.COMMENTS_FLOOD_WINDOW = 600
    now = timezone.now()
    for minutes in (9, 5, 1):
        make_comment(article, ip_address="127.0.0.1", received_at=now - datetime.timedelta(minutes=minutes))
    response = client.post(post_url, comment_data())
    assert response.status_code == 429
    assert "Bạn đã gửi nhiều bình luận liên tiếp" in response.content.decode()
    # The oldest of the three leaves the 10-minute window in about a minute.
    assert 50 <= int(response["Retry-After"]) <= 61
    assert Comment.objects.count() == 3


def test_flood_limit_leaves_other_addresses_alone(client, article, post_url, settings):
    settings.COMMENTS_FLOOD_LIMIT = 2
    for _ in range(2):
        make_comment(article, ip_address="127.0.0.1")
    assert client.post(post_url, comment_data()).status_code == 429
    other = client.post(post_url, comment_data(), REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 302
    assert Comment.objects.filter(ip_address="198.51.100.7").count() == 1


def test_flood_window_is_counted_from_the_database(article, settings):
    settings.COMMENTS_FLOOD_LIMIT = 2
    settings.COMMENTS_FLOOD_WINDOW = 60
    now = timezone.now()
    make_comment(article, ip_address="192.0.2.1", received_at=now - datetime.timedelta(seconds=90))
    make_comment(article, ip_address="192.0.2.1", received_at=now - datetime.timedelta(seconds=30))
    assert moderation.flood_wait("192.0.2.1", article.site_id, now=now) == 0
    make_comment(article, ip_address="192.0.2.1", received_at=now - datetime.timedelta(seconds=10))
    assert moderation.flood_wait("192.0.2.1", article.site_id, now=now) == 30


def test_spoofed_forwarded_for_is_not_trusted_by_default(client, article, post_url, settings):
    settings.COMMENTS_FLOOD_LIMIT = 1
    make_comment(article, ip_address="127.0.0.1")
    response = client.post(post_url, comment_data(), HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert response.status_code == 429


def test_forwarded_for_is_used_behind_a_configured_proxy(client, post_url, settings):
    settings.NEWSROOM_TRUSTED_PROXY_COUNT = 1
    client.post(post_url, comment_data(), HTTP_X_FORWARDED_FOR="10.9.9.9, 198.51.100.9")
    assert Comment.objects.get().ip_address == "198.51.100.9"


def test_same_body_twice_from_one_person_is_stored_once(client, post_url):
    client.post(post_url, comment_data())
    response = client.post(post_url, comment_data(title="Gửi lại"))
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_same_body_from_someone_else_is_stored(client, post_url):
    client.post(post_url, comment_data())
    client.post(post_url, comment_data(phone=""), REMOTE_ADDR="198.51.100.7")
    assert Comment.objects.count() == 2


def test_same_body_a_day_later_is_stored(client, article, post_url):
    body = comment_data()["body"]
    make_comment(
        article, body=body, ip_address="127.0.0.1", received_at=timezone.now() - datetime.timedelta(hours=25)
    )
    client.post(post_url, comment_data())
    assert Comment.objects.count() == 2


def test_two_links_flag_the_comment(client, post_url):
    client.post(post_url, comment_data(body="Xem http://a.example và www.b.example nhé"))
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.flag_list == [Comment.Flag.LINKS]


def test_one_link_is_not_flagged(client, post_url):
    client.post(post_url, comment_data(body="Nguồn: https://hoangnam.gov.vn/tin"))
    assert Comment.objects.get().flag_list == []


def test_watched_keyword_flags_without_regard_to_accents(client, post_url):
    Keyword.objects.create(word="dang", action=Keyword.Action.FLAG)
    client.post(post_url, comment_data(body="Ý kiến về công tác xây dựng Đảng ở phường."))
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.flag_list == [Comment.Flag.KEYWORD]


def test_keyword_matches_whole_words_only(client, post_url):
    Keyword.objects.create(word="lua", action=Keyword.Action.FLAG)
    client.post(post_url, comment_data(body="Gạo ở chợ Cầu Đá ngon, giá lúa lên."))
    client.post(post_url, comment_data(body="Dây chuyền tự động hóa", title="khác"), REMOTE_ADDR="192.0.2.5")
    assert [c.flag_list for c in Comment.objects.order_by("pk")] == [[Comment.Flag.KEYWORD], []]


def test_block_list_sends_straight_to_spam_with_a_record(client, post_url, settings):
    settings.COMMENTS_NOTIFY_INTERVAL = 0
    Keyword.objects.create(word="casino", action=Keyword.Action.SPAM)
    client.post(post_url, comment_data(body="Chơi CASINO trực tuyến"))
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.SPAM
    record = comment.records.get()
    assert (record.from_status, record.to_status, record.actor) == ("pending", "spam", None)
    assert "casino" in record.reason
    assert mail.outbox == []


def _plan(sql):
    """How the database means to run `sql`, as text."""
    explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    with connection.cursor() as cursor:
        cursor.execute(explain + sql)
        return " ".join(str(cell) for row in cursor.fetchall() for cell in row)


def test_a_popular_article_costs_a_post_no_more_than_a_quiet_one(client, article, post_url):
    """The same-body check looks through the poster's own recent comments (by
    address and by phone, each with its index), never through every comment of
    the article: on a story with thousands of comments that scan grew with each
    one, inside the lock other posts wait for. It must hold when the database's
    statistics still show the story quiet, as when it drew its comments since
    they were last gathered."""
    now = timezone.now()
    others = [make_article(title=f"Bài khác {n}") for n in range(5)]
    # A few addresses each behind many comments, elsewhere: the statistics.
    Comment.objects.bulk_create(
        Comment(
            article=others[n % 5],
            name="Bạn đọc",
            title="Ý kiến",
            body=f"Ý kiến cũ {n}.",
            received_at=now,
            ip_address=f"203.113.0.{n % 4}",
            phone=f"+8490{n % 4:07d}",
        )
        for n in range(400)
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE comments_comment")
    # Then the story draws its crowd.
    Comment.objects.bulk_create(
        Comment(
            article=article,
            name="Bạn đọc",
            title="Ý kiến",
            body=f"Ý kiến số {n}.",
            received_at=now,
            ip_address=f"198.51.{n // 250}.{n % 250}",
            phone=f"+8491{n:07d}",
        )
        for n in range(2000)
    )
    with CaptureQueriesContext(connection) as queries:
        response = client.post(post_url, comment_data())
    assert response.status_code == 302
    assert Comment.objects.filter(article=article).count() == 2001
    checks = [
        query["sql"] for query in queries if "comments_comment" in query["sql"] and '"body" =' in query["sql"]
    ]
    assert checks, "the post was checked for a duplicate"
    for sql in checks:
        plan = _plan(sql)
        assert "comment_ip_idx" in plan and "comment_phone_idx" in plan, plan
        # Neither the article's own index nor that of its foreign key.
        assert "comment_article_idx" not in plan and "comments_comment_article_id" not in plan, plan
