"""A comment's length limit is said beside the box and counted down as one
types; a longer text is refused with a clear message, never cut, and comes
back in the box whole; nothing is stored and nobody is told it was received."""

import re

import pytest

from comments.models import Comment
from tests.factories import comment_data

pytestmark = pytest.mark.django_db


def test_the_limit_is_said_beside_the_box_which_cuts_nothing(client, article):
    html = client.get(f"/binh-luan/{article.pk}/").content.decode()
    box = re.search(r"<textarea[^>]*>", html).group()
    assert "maxlength" not in box
    assert 'data-limit="3000"' in box and 'aria-describedby="id_body_help"' in box
    assert '<p class="field-help muted" id="id_body_help" data-limit-note>Tối đa 3000 ký tự.</p>' in html
    assert "js/comment-length.js" in html


def test_an_over_long_comment_is_refused_and_kept_in_the_box(client, post_url):
    pasted = "Ý kiến rất dài. " * 625  # 10,000 characters
    response = client.post(post_url, comment_data(body=pasted))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Tối đa 3000 ký tự (bạn đã nhập 9999)." in html
    assert pasted.strip() in html.replace("\r\n", "\n")
    assert "chờ duyệt" not in html.lower() or "Bình luận chưa được gửi" in html
    assert Comment.objects.count() == 0


def test_line_breaks_count_as_stored(client, post_url):
    body = ("a" * 99 + "\r\n") * 30  # 3,000 characters as stored ("\n"), 3,030 as sent
    assert client.post(post_url, comment_data(body=body.strip() + "b")).status_code == 302
    assert len(Comment.objects.get().body) <= 3000
