"""The portal's main menu lists the portal's own pages whose apps are installed."""

import pytest

pytestmark = pytest.mark.django_db


def test_menu_lists_installed_pages_in_order_and_leaves_out_the_others(client, settings):
    settings.NEWSROOM_MAIN_MENU = [
        ("Trang chủ", "articles:home"),
        ("Văn bản", "documents:no-such-page"),
        ("Tìm kiếm", "articles:search"),
    ]
    html = client.get("/tim-kiem/").content.decode()
    menu = html[html.index('class="main-menu"') : html.index("</nav>", html.index('class="main-menu"'))]
    assert menu.index('href="/"') < menu.index('href="/tim-kiem/"')
    assert "Văn bản" not in menu
    assert 'href="/tim-kiem/" aria-current="page"' in menu


def test_no_menu_when_only_the_home_page_is_installed(client, settings):
    settings.NEWSROOM_MAIN_MENU = [("Trang chủ", "articles:home"), ("Hỏi đáp", "questions:missing")]
    assert 'class="main-menu"' not in client.get("/").content.decode()


def test_the_home_page_is_named_once_in_the_menus(client):
    html = client.get("/").content.decode()
    assert html.count(">Trang chủ</a>") == 1
    assert 'href="/" aria-current="page">Trang chủ</a>' in html
