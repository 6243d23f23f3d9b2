"""The search finds the portal's own pages as it finds articles: every word,
accents and case ignored; another portal's and hidden pages never."""

import pytest

from organisation.models import Page
from tests.factories import first_site, make_article, make_site

pytestmark = pytest.mark.django_db


def make_page(title, site=None, **fields):
    page = Page(site=site or first_site(), title=title, **fields)
    page.save()
    return page


def pages_section(html):
    start = html.find('<section class="search-pages"')
    return html[start : html.index("</section>", start)] if start >= 0 else ""


def test_pages_matching_every_word_show_above_the_articles(client):
    make_page("Tiếp công dân", body="<p>Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân.</p>")
    make_page("Cơ cấu tổ chức", summary="Các phòng, ban")
    article = make_article(title="Chủ tịch quận tiếp công dân định kỳ")
    page = client.get("/tim-kiem/", {"q": "tiep cong dan"}).content.decode()
    found = pages_section(page)
    assert "Trang giới thiệu" in found
    assert 'href="/gioi-thieu/tiep-cong-dan/"' in found and "Cơ cấu tổ chức" not in found
    assert page.index("search-pages") < page.index(article.get_absolute_url())


def test_other_portals_and_hidden_pages_are_not_found(client):
    ward = make_site("phuong-dong-thanh.example.vn")
    make_page("Tiếp công dân phường", site=ward)
    make_page("Tiếp công dân bản nháp", is_published=False)
    assert pages_section(client.get("/tim-kiem/", {"q": "tiếp công dân"}).content.decode()) == ""


def test_a_query_without_words_finds_no_page(client):
    make_page("Liên hệ công tác", kind=Page.Kind.GENERAL, slug="lien-he-cong-tac")
    assert pages_section(client.get("/tim-kiem/", {"q": "–"}).content.decode()) == ""
