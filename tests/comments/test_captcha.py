"""The captcha: made only when a reader is about to comment, good for one answer."""

import threading

import pytest
from captcha.models import CaptchaStore
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from tests.factories import comment_data, make_article, make_captcha

pytestmark = pytest.mark.django_db


def test_reading_an_article_writes_nothing_to_the_database(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="captcha_key" value=""' in html
    assert CaptchaStore.objects.count() == 0
    assert Session.objects.count() == 0


def test_captcha_endpoint_issues_a_fresh_captcha_as_json(client):
    response = client.get(reverse("comments:captcha"), HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    data = response.json()
    store = CaptchaStore.objects.get()
    assert data["key"] == store.hashkey
    assert data["image_url"] == reverse("captcha-image", args=[store.hashkey])
    assert "no-store" in response["Cache-Control"]
    assert client.get(data["image_url"])["Content-Type"] == "image/png"


def test_refresh_link_without_javascript_opens_the_form_with_a_captcha(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    link = reverse("comments:form", args=[article.pk])
    assert f'href="{link}#viet-binh-luan"' in html
    response = client.get(link)
    assert response.status_code == 200
    page = response.content.decode()
    store = CaptchaStore.objects.get()
    assert f'name="captcha_key" value="{store.hashkey}"' in page
    assert reverse("captcha-image", args=[store.hashkey]) in page
    assert '<meta name="robots" content="noindex, nofollow">' in page


def test_wrong_answer_is_refused_and_a_new_captcha_shown(client, post_url):
    data = comment_data(captcha="zzzz")
    response = client.post(post_url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Mã xác nhận không đúng hoặc đã hết hạn" in html
    new_key = CaptchaStore.objects.get().hashkey
    assert new_key != data["captcha_key"]
    assert f'value="{new_key}"' in html
    assert Comment.objects.count() == 0


def test_answer_is_case_insensitive(client, post_url):
    assert client.post(post_url, comment_data(captcha=" ABCD ")).status_code == 302
    assert Comment.objects.count() == 1


def test_expired_captcha_is_refused(client, post_url):
    key = make_captcha(age_seconds=31 * 60)
    response = client.post(post_url, comment_data(captcha_key=key))
    assert response.status_code == 400
    assert Comment.objects.count() == 0


def test_missing_captcha_is_refused(client, post_url):
    response = client.post(post_url, comment_data(captcha_key="", captcha=""))
    assert response.status_code == 400
    assert "Mã xác nhận không đúng" in response.content.decode()


def test_a_solved_captcha_works_once(client, post_url):
    data = comment_data()
    assert client.post(post_url, data).status_code == 302
    again = client.post(post_url, {**data, "body": "Một ý kiến khác hẳn."})
    assert again.status_code == 400
    assert Comment.objects.count() == 1


def test_a_wrong_try_spends_the_key_so_it_cannot_be_guessed(client, post_url):
    key = make_captcha(answer="abcd")
    client.post(post_url, comment_data(captcha_key=key, captcha="abce"))
    response = client.post(post_url, comment_data(captcha_key=key, captcha="abcd"))
    assert response.status_code == 400
    assert Comment.objects.count() == 0


def test_form_errors_elsewhere_also_spend_the_captcha(client, post_url):
    data = comment_data(name="")
    client.post(post_url, data)
    assert not CaptchaStore.objects.filter(hashkey=data["captcha_key"]).exists()


@pytest.mark.django_db(transaction=True)
def test_two_parallel_posts_with_one_solved_captcha_store_one_comment():
    article = make_article()
    url = reverse("comments:post", args=[article.pk])
    key = make_captcha(answer="abcd")
    barrier = threading.Barrier(4)
    statuses = []

    def post(number):
        try:
            barrier.wait()
            data = comment_data(captcha_key=key, body=f"Ý kiến song song số {number}")
            statuses.append(Client().post(url, data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [302, 400, 400, 400]
    assert Comment.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_an_accepted_post_spends_its_captcha_and_stores_its_comment_in_one_transaction(monkeypatch):
    article = make_article()
    data = comment_data()
    writes, commits = [], []

    def watch(execute, sql, params, many, context):
        if sql.lstrip().split(None, 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            writes.append((sql.split(None, 3)[:3], connection.in_atomic_block))
        return execute(sql, params, many, context)

    commit = connection.commit
    monkeypatch.setattr(connection, "commit", lambda: commits.append(1) or commit())
    with connection.execute_wrapper(watch):
        response = Client().post(reverse("comments:post", args=[article.pk]), data)
    assert response.status_code == 302
    assert Comment.objects.count() == 1
    assert not CaptchaStore.objects.filter(hashkey=data["captcha_key"]).exists()
    assert writes and all(in_block for _sql, in_block in writes), writes
    assert len(commits) == 1
