"""purge_commenter_data: personal data of old comments, or of one person on request."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.models import Article
from comments.models import Comment
from tests.factories import make_comment

pytestmark = pytest.mark.django_db


def test_older_than_blanks_phone_ip_and_user_agent_of_old_comments_only(article):
    now = timezone.now()
    old = make_comment(
        article, phone="+84912345678", user_agent="UA", received_at=now - datetime.timedelta(days=100)
    )
    recent = make_comment(
        article, phone="+84987654321", user_agent="UA", received_at=now - datetime.timedelta(days=5)
    )
    call_command("purge_commenter_data", "--older-than", "90")
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.phone, old.ip_address, old.user_agent) == ("", None, "")
    assert old.body and old.name  # the comment itself stays
    assert (recent.phone, recent.ip_address) == ("+84987654321", "203.113.0.1")


def test_phone_erases_one_persons_data_whatever_the_typed_form(article):
    mine = make_comment(article, name="Nguyễn Văn Hùng", phone="+84912345678")
    other = make_comment(article, name="Lê Minh Tuấn", phone="+84987654321")
    call_command("purge_commenter_data", "--phone", "0912 345 678")
    mine.refresh_from_db()
    other.refresh_from_db()
    assert (mine.name, mine.phone, mine.ip_address, mine.user_agent) == ("Bạn đọc", "", None, "")
    assert other.name == "Lê Minh Tuấn" and other.phone == "+84987654321"


def test_command_needs_an_option_and_a_valid_phone():
    with pytest.raises(CommandError):
        call_command("purge_commenter_data")
    with pytest.raises(CommandError):
        call_command("purge_commenter_data", "--phone", "không phải số")
    assert Comment.objects.count() == 0


def test_phone_purge_removes_the_name_from_the_cached_article_page(client, article):
    make_comment(article, name="Nguyễn Văn Hùng", phone="+84912345678", status=Comment.Status.APPROVED)
    assert "Nguyễn Văn Hùng" in client.get(article.get_absolute_url()).content.decode()
    call_command("purge_commenter_data", "--phone", "0912 345 678")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Nguyễn Văn Hùng" not in html and "Bạn đọc" in html


def test_older_than_purge_leaves_the_articles_modified_time(article):
    make_comment(
        article,
        phone="+84912345678",
        status=Comment.Status.APPROVED,
        received_at=timezone.now() - datetime.timedelta(days=100),
    )
    modified = Article.objects.get(pk=article.pk).updated_at
    call_command("purge_commenter_data", "--older-than", "90")
    assert Article.objects.get(pk=article.pk).updated_at == modified
