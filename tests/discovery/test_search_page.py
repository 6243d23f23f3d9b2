"""The search page: highlighted, escaped, paginated results and friendly errors."""

import datetime
import unicodedata

import pytest
from django.utils import timezone

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def test_results_show_highlighted_title_and_snippet(client):
    make_article(
        title="Đảng bộ phường tổng kết",
        lead="Chiều 14/5, hội nghị diễn ra.",
        body="<p>" + "Mở đầu dài dòng. " * 20 + "Các đảng viên đã dự họp.</p>",
    )
    response = client.get("/tim-kiem/", {"q": "dang bo"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tìm thấy 1 bài viết cho “dang bo”." in html
    assert "<mark>Đảng</mark> <mark>bộ</mark> phường tổng kết" in html
    snippet = html.split('class="search-result__snippet">')[1].split("</p>")[0]
    assert snippet.startswith("… ")
    assert "Các <mark>đảng</mark> viên" in snippet


def test_snippet_is_the_lead_when_only_the_title_matches(client):
    make_article(title="Lễ hội hoa", lead="Chiều 14/5, người dân xem.", body="<p>Thân bài.</p>")
    html = client.get("/tim-kiem/", {"q": "hoa"}).content.decode()
    assert 'class="search-result__snippet">Chiều 14/5, người dân xem. Thân bài.</p>' in html


def test_query_and_titles_are_escaped(client):
    make_article(title="<b>Tin</b> & chú thích", lead="Chiều 14/5.")
    html = client.get("/tim-kiem/", {"q": "<script>alert(1)</script> tin"}).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    html = client.get("/tim-kiem/", {"q": "tin"}).content.decode()
    assert "&lt;b&gt;<mark>Tin</mark>&lt;/b&gt; &amp; chú thích" in html


def test_results_are_paginated_and_keep_the_query(client):
    section = make_section()
    now = timezone.now()
    for i in range(12):
        make_article(
            title=f"Chợ Tết số {i:02d}", section=section, published_at=now - datetime.timedelta(hours=i + 1)
        )
    first = client.get("/tim-kiem/", {"q": "chợ tết"}).content.decode()
    assert "Tìm thấy 12 bài viết" in first
    assert "Chợ</mark> <mark>Tết</mark> số 09" in first and "số 10" not in first
    assert 'href="?q=ch%E1%BB%A3+t%E1%BA%BFt&amp;page=2"' in first
    second = client.get("/tim-kiem/", {"q": "chợ tết", "page": 2}).content.decode()
    assert "số 10" in second and "số 11" in second and "số 09" not in second


def test_no_result_says_so(client):
    response = client.get("/tim-kiem/", {"q": "không có gì"})
    assert response.status_code == 200
    assert "Không tìm thấy bài viết nào cho “không có gì”." in response.content.decode()


def test_empty_query_gets_a_friendly_page(client):
    for params in [{}, {"q": ""}, {"q": "   "}]:
        response = client.get("/tim-kiem/", params, follow=True)  # "   " is sent to /tim-kiem/
        assert response.status_code == 200
        assert "Nhập một hoặc vài từ để tìm bài viết" in response.content.decode()


def test_over_long_query_gets_a_clear_error_not_a_crash(client):
    response = client.get("/tim-kiem/", {"q": "đ" * 201})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Từ khóa quá dài: tối đa 200 ký tự, bạn đã nhập 201." in html
    assert 'aria-invalid="true"' in html
    assert client.get("/tim-kiem/", {"q": "đ" * 200}).status_code == 200


def test_decomposed_query_is_measured_in_nfc(client):
    decomposed = "ợ" * 200  # NFC is 200 characters; NFD is 600
    response = client.get("/tim-kiem/", {"q": unicodedata.normalize("NFD", decomposed)}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][1] == 301  # to the query's one spelling, in NFC


def test_null_character_gets_a_vietnamese_error(client):
    response = client.get("/tim-kiem/", {"q": "tin\x00"})
    assert response.status_code == 400
    assert "Từ khóa có ký tự không hợp lệ." in response.content.decode()


def test_search_page_is_not_indexed_and_writes_nothing(client, django_assert_max_num_queries):
    make_article(title="Tin phường")
    # The articles, and one query per other app's part (NEWSROOM_SEARCH_PAGE_PARTS).
    with django_assert_max_num_queries(6) as captured:
        html = client.get("/tim-kiem/", {"q": "phuong"}).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert [q["sql"].split()[0] for q in captured.captured_queries] == ["SELECT"] * len(captured)
    assert "sessionid" not in client.cookies


def test_every_page_has_the_search_form(client):
    article = make_article()
    for url in ["/", article.get_absolute_url(), article.section.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert 'role="search" aria-label="Tìm kiếm (đầu trang)" action="/tim-kiem/"' in html, url
        assert '<label class="visually-hidden" for="tim-kiem-dau-trang">Tìm kiếm bài viết</label>' in html
