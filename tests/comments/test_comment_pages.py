"""Approved comments come twenty to a page, oldest first, with plain links, and the
article page costs the same whatever the number of comments."""

import datetime
import re

import pytest
from django.utils import timezone

from articles.conf import COMMENT_PAGE_PARAM
from comments.counts import recount_comments
from comments.models import Comment

pytestmark = pytest.mark.django_db


def approved_comments(article, count):
    """`count` approved comments, a minute apart, titled by their order."""
    start = timezone.now() - datetime.timedelta(days=3)
    Comment.objects.bulk_create(
        Comment(
            article=article,
            name=f"Bạn đọc {n}",
            title=f"Ý kiến thứ {n:04d}",
            body=f"Nội dung {n}.",
            status=Comment.Status.APPROVED,
            received_at=start + datetime.timedelta(minutes=n),
        )
        for n in range(1, count + 1)
    )
    recount_comments([article.pk])
    article.refresh_from_db()


def titles(response):
    return re.findall(r"Ý kiến thứ (\d{4})", response.content.decode())


def test_twenty_a_page_oldest_first_with_the_count_in_the_heading(client, article):
    approved_comments(article, 45)
    first = client.get(article.get_absolute_url())
    html = first.content.decode()
    assert titles(first) == [f"{n:04d}" for n in range(1, 21)]
    assert '<h2 id="binh-luan-heading">Bình luận (45)</h2>' in html
    assert "Trang 1 / 3" in html
    assert f'href="{article.get_absolute_url()}?{COMMENT_PAGE_PARAM}=2#binh-luan"' in html

    second = client.get(article.get_absolute_url(), {COMMENT_PAGE_PARAM: 2})
    assert titles(second) == [f"{n:04d}" for n in range(21, 41)]
    html = second.content.decode()
    assert f'href="{article.get_absolute_url()}#binh-luan"' in html  # back to page 1: the plain address
    assert f'href="{article.get_absolute_url()}?{COMMENT_PAGE_PARAM}=3#binh-luan"' in html

    last = client.get(article.get_absolute_url(), {COMMENT_PAGE_PARAM: 3})
    assert titles(last) == [f"{n:04d}" for n in range(41, 46)]
    assert 'rel="next"' not in last.content.decode()


def test_a_page_number_out_of_range_or_mistyped_shows_a_real_page(client, article):
    approved_comments(article, 25)
    # Each is sent to the real page's own address (articles/pagecache.py).
    response = client.get(article.get_absolute_url(), {COMMENT_PAGE_PARAM: 99}, follow=True)
    assert titles(response) == [f"{n:04d}" for n in range(21, 26)]
    for junk in ("abc", "-1", "0", "1e9", "01", "1"):
        response = client.get(article.get_absolute_url(), {COMMENT_PAGE_PARAM: junk}, follow=True)
        assert response.status_code == 200
        assert titles(response)


def test_a_few_comments_have_no_page_links(client, article):
    approved_comments(article, 3)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "comment-pagination" not in html
    assert "Bình luận (3)" in html


def test_a_new_approval_moves_the_pages(client, article):
    from comments import moderation
    from tests.factories import make_comment, make_moderator

    approved_comments(article, 20)
    assert "comment-pagination" not in client.get(article.get_absolute_url()).content.decode()
    newest = make_comment(article, title="Ý kiến thứ 0021", received_at=timezone.now())
    moderation.approve([newest], by=make_moderator())
    response = client.get(article.get_absolute_url(), {COMMENT_PAGE_PARAM: 2})
    assert titles(response) == ["0021"]


@pytest.mark.parametrize("page", [1, 50, 100])
def test_the_article_page_costs_the_same_with_two_thousand_comments(
    client, article, page, django_assert_max_num_queries
):
    approved_comments(article, 2000)
    # content state, article, its tags, newer, older, related (by tags, then by
    # title words), one page of comments, and the sidebar: "Tin nổi bật" and the
    # two "Đọc nhiều" lists; none of it grows with the comments
    with django_assert_max_num_queries(11):
        response = client.get(article.get_absolute_url(), {COMMENT_PAGE_PARAM: page} if page > 1 else {})
    assert len(titles(response)) == 20
    assert titles(response)[0] == f"{(page - 1) * 20 + 1:04d}"
    assert f"Trang {page} / 100" in response.content.decode()


def test_each_page_of_comments_is_cached_on_its_own(client, article):
    approved_comments(article, 45)
    url = article.get_absolute_url()
    for _ in range(2):  # built, then served from the page cache
        assert titles(client.get(url, {COMMENT_PAGE_PARAM: 2}))[0] == "0021"
        assert titles(client.get(url))[0] == "0001"
        assert titles(client.get(url, {COMMENT_PAGE_PARAM: 3, "utm_source": "zalo"}))[0] == "0041"
