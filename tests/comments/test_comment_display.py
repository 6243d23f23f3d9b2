"""What readers see: approved comments only, escaped, in local time, and the counts."""

import datetime

import pytest

from comments import moderation
from tests.factories import comment_data, make_article, make_comment, make_moderator

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def approved(article, **fields):
    comment = make_comment(article, **fields)
    moderation.approve([comment], by=make_moderator())
    return comment


def test_only_approved_comments_are_shown_oldest_first(client, article):
    approved(article, title="Ý kiến sau", received_at=datetime.datetime(2024, 5, 14, 15, 0, tzinfo=UTC))
    approved(article, title="Ý kiến trước", received_at=datetime.datetime(2024, 5, 14, 14, 11, tzinfo=UTC))
    for status in ("pending", "rejected", "spam"):
        make_comment(article, title=f"Ẩn {status}", status=status)
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.index("Ý kiến trước") < html.index("Ý kiến sau")
    assert "Ẩn " not in html
    assert "(21:11 14/05/2024)" in html


def test_comment_text_is_escaped_with_line_breaks_kept_and_no_live_links(client, article):
    approved(
        article,
        name="<script>alert(1)</script>",
        title='<img src=x onerror="alert(1)">',
        body="Dòng một\nXem https://lua-dao.example và <a href='http://x'>đây</a>",
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "Dòng một<br>Xem https://lua-dao.example" in html
    assert 'href="https://lua-dao.example' not in html
    assert "<a href='http://x'>" not in html


def test_phone_and_ip_are_never_shown(client, article):
    approved(article, phone="+84912345678", ip_address="203.113.9.9", user_agent="Bí mật")
    html = client.get(article.get_absolute_url()).content.decode()
    for secret in ("912345678", "912 345 678", "203.113.9.9", "Bí mật"):
        assert secret not in html


def test_approved_count_by_the_title_and_in_lists(client, article):
    approved(article)
    approved(article)
    make_comment(article, status="pending")
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<a class="comment-count" href="#binh-luan">2 bình luận</a>' in html
    neighbour = make_article(section=article.section)
    html = client.get(neighbour.get_absolute_url()).content.decode()
    assert "· 2 bình luận" in html
    assert "2 bình luận" in client.get(article.section.get_absolute_url()).content.decode()


def test_article_page_queries_do_not_grow_with_comments(client, article, django_assert_max_num_queries):
    for _ in range(30):
        approved(article)
    # article, its tags, sections, newer, older, one page of approved comments,
    # the documents it links (the documents app's part), and the sidebar:
    # "Tin nổi bật", "Đọc nhiều" (2)
    with django_assert_max_num_queries(11):
        response = client.get(article.get_absolute_url())
    assert response.content.decode().count('class="comment"') == 20


def test_after_posting_the_reader_sees_the_waiting_message_in_the_comment_section(client, post_url):
    response = client.post(post_url, comment_data(), follow=True)
    html = response.content.decode()
    section = html[html.index('id="binh-luan"') :]
    assert "Bình luận của bạn đang chờ kiểm duyệt" in section
    assert html.count("Bình luận của bạn đang chờ kiểm duyệt") == 1
    # The message is shown once, and the comment itself is not public yet.
    again = client.get(response.request["PATH_INFO"]).content.decode()
    assert "đang chờ kiểm duyệt" not in again
    assert "Mong sớm hoàn thành" not in again
