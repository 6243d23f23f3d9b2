"""Lengths are checked on the text as stored (NFC), which can be longer than the
text as typed: U+FB2C becomes three characters. A too-long value is a Vietnamese
field error, never a database DataError, and nothing is stored."""

import pytest

from comments.models import Comment, Keyword, ModerationRecord
from tests.factories import comment_data, make_article, make_comment, make_editor, make_moderator, make_user
from tests.security.snapshot import snapshot

pytestmark = pytest.mark.django_db

GROWS = "\ufb2c"  # one character typed, three after NFC
assert len(__import__("unicodedata").normalize("NFC", GROWS)) == 3


@pytest.mark.parametrize("field, limit", [("name", 100), ("title", 200), ("body", 3000)])
def test_comment_fields_that_grow_past_their_limit_get_a_field_error(client, field, limit):
    article = make_article()
    data = comment_data(**{field: GROWS * (limit // 3 + 1)})
    before = snapshot()
    response = client.post(f"/binh-luan/{article.pk}/gui/", data)
    assert response.status_code == 400
    assert f"Tối đa {limit} ký tự" in response.content.decode()
    after = snapshot()
    assert after["comments"] == before["comments"]


@pytest.fixture
def moderator(client):
    user = make_moderator("thuha")
    client.force_login(user)
    return user


@pytest.mark.parametrize("field, limit", [("title", 200), ("reason", 300)])
def test_moderator_edit_that_grows_past_the_limit_gets_a_field_error(client, moderator, field, limit):
    comment = make_comment(make_article(), title="Tiêu đề cũ")
    data = {
        "title": "Tiêu đề mới",
        "body": "Nội dung",
        "reason": "",
        "records-TOTAL_FORMS": "0",
        "records-INITIAL_FORMS": "0",
        field: GROWS * (limit // 3 + 1),
    }
    response = client.post(f"/quan-tri/comments/comment/{comment.pk}/change/", data)
    assert response.status_code == 200
    assert "Giá trị này chỉ có tối đa" in response.content.decode()
    comment.refresh_from_db()
    assert comment.title == "Tiêu đề cũ"
    assert not ModerationRecord.objects.exists()


def test_article_title_that_grows_past_the_limit_gets_a_field_error(client):
    editor = make_editor()
    article = make_article(title="Tiêu đề cũ")
    client.force_login(editor)
    response = client.post(
        f"/quan-tri/articles/article/{article.pk}/change/",
        {
            "title": GROWS * 86,
            "slug": article.slug,
            "section": article.section.pk,
            "lead": "Sapo",
            "body": "<p>Đoạn</p>",
            "byline": "",
            "cover_alt": "",
            "cover_caption": "",
            "status": "published",
            "published_at_0": "14/05/2024",
            "published_at_1": "21:11:00",
        },
    )
    assert response.status_code == 200
    assert "Giá trị này chỉ có tối đa 255 kí tự" in response.content.decode()
    article.refresh_from_db()
    assert article.title == "Tiêu đề cũ"


def test_keyword_that_grows_past_the_limit_gets_a_field_error(client):
    client.force_login(make_user(is_superuser=True))
    response = client.post("/quan-tri/comments/keyword/add/", {"word": GROWS * 34, "action": "spam"})
    assert response.status_code == 200
    assert "Giá trị này chỉ có tối đa 100 kí tự" in response.content.decode()
    assert not Keyword.objects.exists()


def test_the_spam_reason_is_cut_to_its_column(client):
    words = [f"quảng cáo loại {n:02d} " + "x" * 40 for n in range(12)]
    Keyword.objects.bulk_create(Keyword(word=word, action=Keyword.Action.SPAM) for word in words)
    article = make_article()
    response = client.post(f"/binh-luan/{article.pk}/gui/", comment_data(body=" ".join(words)))
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.SPAM
    reason = comment.records.get().reason
    assert reason.startswith("Khớp danh sách chặn: quảng cáo loại 00")
    assert len(reason) <= ModerationRecord._meta.get_field("reason").max_length
