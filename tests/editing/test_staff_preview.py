"""Staff read unpublished articles at their real URL, marked as a preview; readers get 404."""

import datetime
import re

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_journalist, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return make_article(title="Bài chưa đăng", status=Article.Status.DRAFT)


def test_readers_get_404_for_drafts_and_scheduled_articles(client, draft):
    scheduled = make_article(published_at=timezone.now() + datetime.timedelta(days=1))
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_logged_in_non_staff_gets_404(client, draft):
    client.force_login(make_user(is_staff=False))
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_staff_without_article_rights_gets_404(client, draft):
    client.force_login(make_user(is_staff=True))
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_journalist_sees_preview_with_banner_and_no_caching(client, draft):
    client.force_login(make_journalist())
    response = client.get(draft.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bản xem trước" in html and "Bài chưa đăng" in html
    assert "no-cache" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_published_article_has_no_banner_for_staff(client):
    article = make_article()
    client.force_login(make_journalist())
    assert "Bản xem trước" not in client.get(article.get_absolute_url()).content.decode()


def test_preview_follows_a_changed_slug_without_a_permanent_redirect(client, draft):
    client.force_login(make_journalist())
    response = client.get(f"/bai-viet/ten-cu-{draft.pk}/")
    assert response.status_code == 302 and response["Location"] == draft.get_absolute_url()


def test_published_page_query_count_is_unchanged_for_readers(client, django_assert_max_num_queries):
    article = make_article()
    # content state with the sections, article + its section, its tags, newer,
    # older, related, approved comments, the documents it links, and the
    # sidebar: "Tin nổi bật" and the two "Đọc nhiều" lists: the preview lookup
    # adds nothing for readers.
    with django_assert_max_num_queries(11):
        assert client.get(article.get_absolute_url()).status_code == 200


def test_preview_of_a_draft_says_it_is_not_published(client, draft):
    client.force_login(make_journalist())
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "(chưa đăng)" in html
    assert "()" not in re.sub(r"<script.*?</script>", "", html, flags=re.S), "no empty time in brackets"


def test_preview_of_a_scheduled_article_shows_its_time(client):
    when = datetime.datetime(2030, 1, 1, 1, 0, tzinfo=datetime.UTC)
    scheduled = make_article(title="Bài hẹn giờ", published_at=when)
    client.force_login(make_user(is_superuser=True))
    html = client.get(scheduled.get_absolute_url()).content.decode()
    assert "(hẹn đăng 08:00 01/01/2030)" in html
    assert 'datetime="2030-01-01T08:00:00+07:00"' in html
