"""Invisible characters cannot split a blocked word: Unicode format characters
(category Cf) and the other default-ignorable code points are removed before the
moderators' keywords are matched."""

import pytest

from comments.models import Comment, Keyword
from tests.factories import comment_data, make_article

pytestmark = pytest.mark.django_db

INVISIBLE = {
    "word joiner": "\u2060",
    "soft hyphen": "\u00ad",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "zero-width space": "\u200b",
    "mongolian vowel separator": "\u180e",
    "combining grapheme joiner": "\u034f",
    "tag letter": "\U000e0061",
    "cancel tag": "\U000e007f",
    "invisible times": "\u2062",
    "arabic letter mark": "\u061c",
    "variation selector": "\ufe0f",
    "hangul filler": "\u3164",
    "left-to-right mark": "\u200e",
    "interlinear annotation": "\ufff9",
}


@pytest.mark.parametrize("mark", INVISIBLE.values(), ids=INVISIBLE.keys())
@pytest.mark.parametrize("field", ["name", "title", "body"])
def test_an_invisible_character_inside_a_blocked_word_does_not_hide_it(client, mark, field):
    Keyword.objects.create(word="cờ bạc", action=Keyword.Action.SPAM)
    article = make_article()
    text = f"Tham gia c{mark}ờ b{mark}{mark}ạc online ngay"
    response = client.post(f"/binh-luan/{article.pk}/gui/", comment_data(**{field: text}))
    assert response.status_code in (302, 400)
    comment = Comment.objects.filter(article=article).first()
    if response.status_code == 400:
        assert comment is None, "refused outright is fine too"
        return
    assert comment.status == Comment.Status.SPAM


def test_other_spaces_between_the_words_of_a_blocked_phrase_do_not_hide_it(client):
    Keyword.objects.create(word="cờ bạc", action=Keyword.Action.SPAM)
    article = make_article()
    client.post(f"/binh-luan/{article.pk}/gui/", comment_data(body="Chơi cờ\u00a0\u2003bạc đi"))
    assert Comment.objects.get().status == Comment.Status.SPAM


def test_a_watched_word_split_by_a_soft_hyphen_is_still_flagged(client):
    Keyword.objects.create(word="lừa đảo", action=Keyword.Action.FLAG)
    article = make_article()
    client.post(f"/binh-luan/{article.pk}/gui/", comment_data(body="Trang này lừ\u00ada đảo"))
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert Comment.Flag.KEYWORD in comment.flag_list


def test_ordinary_text_with_an_emoji_sequence_is_kept_as_written(client):
    article = make_article()
    body = "Cả nhà 👨\u200d👩\u200d👧 đều thích con đường mới"
    client.post(f"/binh-luan/{article.pk}/gui/", comment_data(body=body))
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.body == body
