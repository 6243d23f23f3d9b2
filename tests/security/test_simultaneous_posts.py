"""Comments posted at the same moment cannot slip past the flood limit or the
duplicate rule: each server process checks and stores under one lock."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from tests.factories import comment_data, make_article

pytestmark = pytest.mark.django_db(transaction=True)


def post_together(url, posts):
    """POST every (form, address) at once, each from its own thread and database
    connection; returns the status codes in order."""
    barrier = threading.Barrier(len(posts))
    statuses = [None] * len(posts)

    def send(number, data, address):
        try:
            barrier.wait()
            statuses[number] = Client().post(url, data, REMOTE_ADDR=address).status_code
        finally:
            connection.close()

    threads = [
        threading.Thread(target=send, args=(number, data, address))
        for number, (data, address) in enumerate(posts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


@pytest.fixture
def url():
    return reverse("comments:post", args=[make_article().pk])


def test_simultaneous_posts_from_one_address_stop_exactly_at_the_flood_limit(url, settings):
    settings.COMMENTS_FLOOD_LIMIT = 3
    flood = [(comment_data(body=f"Ý kiến dồn dập số {n}", phone=""), "203.0.113.9") for n in range(8)]
    neighbour = (comment_data(body="Ý kiến của nhà bên", phone=""), "198.51.100.4")

    statuses = post_together(url, flood + [neighbour])

    assert Comment.objects.filter(ip_address="203.0.113.9").count() == 3
    assert sorted(statuses[:8]) == [302] * 3 + [429] * 5
    assert statuses[8] == 302
    assert Comment.objects.filter(ip_address="198.51.100.4").count() == 1


def test_the_same_comment_posted_simultaneously_is_stored_once(url):
    same = comment_data()
    posts = [({**comment_data(), "body": same["body"]}, "203.0.113.10") for _ in range(6)]

    statuses = post_together(url, posts)

    assert statuses == [302] * 6, "duplicates are dropped without a word, as one at a time"
    assert Comment.objects.count() == 1


def test_the_same_comment_from_one_phone_on_several_addresses_is_stored_once(url):
    body = "Đề nghị phường lắp thêm đèn ở ngõ 12."
    posts = [(comment_data(body=body, phone="0912 345 678"), f"203.0.113.{20 + n}") for n in range(5)]

    post_together(url, posts)

    assert Comment.objects.count() == 1
