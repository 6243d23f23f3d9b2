"""Printing an article shows the article and its address, not the site around it."""

import pytest

from tests.e2e.conftest import DESKTOP, screenshot
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db(transaction=True)


def test_print_shows_only_the_article_and_its_url(live_server, open_page):
    section = make_section("Văn hóa")
    article = make_article(title="Lễ hội hoa xuân", section=section, byline="Minh Anh")
    make_article(title="Hoa xuân về phố", section=section)
    page = open_page(viewport=DESKTOP)
    page.goto(live_server.url + article.get_absolute_url())
    url_line = page.locator(".article__print-url")
    assert not url_line.is_visible()

    page.emulate_media(media="print")
    screenshot(page, "article-print")
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.get_by_text("Minh Anh").is_visible()
    assert url_line.is_visible()
    assert url_line.inner_text() == live_server.url + article.get_absolute_url()
    for hidden in [
        ".section-nav",
        ".search-form",
        ".related-articles",
        ".article-lists",
        ".comments",
        ".site-footer",
        ".breadcrumb",
    ]:
        assert not page.locator(hidden).first.is_visible(), hidden
