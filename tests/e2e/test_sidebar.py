"""The sidebar ("Đọc nhiều", and the place of "Tin nổi bật") in a real browser:
beside the page from 1024 px, after it on phones, accessible, nothing shifting
as the page loads; and the read beacon counting one read, without a cookie."""

import datetime
import time

import pytest
from django.utils import timezone

from articles import popularity
from articles.models import Article
from tests.e2e.conftest import DESKTOP, PHONE, screenshot
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db(transaction=True)

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

# Adds up layout shifts not caused by the reader (CLS), from the first paint on.
LAYOUT_SHIFTS = """
window.layoutShift = 0;
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) {
    if (!entry.hadRecentInput) window.layoutShift += entry.value;
  }
}).observe({ type: "layout-shift", buffered: true });
"""


@pytest.fixture
def memory_counter(settings, monkeypatch):
    settings.REDIS_URL = ""
    monkeypatch.setattr(popularity, "FLUSH_SECONDS", 0)
    popularity._counter_for.cache_clear()
    yield popularity.counter()
    popularity._counter_for.cache_clear()


@pytest.fixture
def pages(memory_counter, settings):
    settings.NEWSROOM_SERVE_MEDIA = True
    section = make_section("Văn hóa - Xã hội")
    articles = [
        make_article(
            title=f"Phường Đông Thành tổ chức ngày hội đọc sách lần thứ {i}",
            section=section,
            lead="Sáng 14/5, hàng nghìn học sinh đã đến dự ngày hội.",
            published_at=timezone.now() - datetime.timedelta(hours=i + 1),
            byline="Thu Hà",
        )
        for i in range(8)
    ]
    hour = popularity.hours_ending(1, timezone.now())[0]
    memory_counter.add(
        {(a.pk, hour - datetime.timedelta(hours=i * 7)): 40 - i for i, a in enumerate(articles)}
    )
    return {
        "home": "/",
        "section": section.get_absolute_url(),
        "article": articles[0].get_absolute_url(),
    }


def violations(page):
    """Every axe-core finding, whatever its impact."""
    from axe_playwright_python.sync_playwright import Axe

    return [f"{v['id']}: {v['help']}" for v in Axe().run(page).response["violations"]]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_sidebar_placement_accessibility_and_no_layout_shift(live_server, open_page, pages, viewport):
    page = open_page(viewport=viewport, user_agent=BROWSER)
    page.add_init_script(LAYOUT_SHIFTS)
    problems = {}
    for name, path in pages.items():
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        screenshot(page, f"sidebar-{name}-{viewport['width']}")
        found = violations(page) + page.errors
        shift = page.evaluate("window.layoutShift")
        if shift != 0:
            found.append(f"layout shift {shift}")
        main = page.locator("main").bounding_box()
        sidebar = page.locator("aside.sidebar").bounding_box()
        heading = page.locator("aside.sidebar h2", has_text="Đọc nhiều")
        if not heading.is_visible():
            found.append("no Đọc nhiều")
        if viewport is DESKTOP and not sidebar["x"] >= main["x"] + main["width"]:
            found.append(f"sidebar not beside the page: {main} {sidebar}")
        if viewport is PHONE and not sidebar["y"] >= main["y"] + main["height"]:
            found.append(f"sidebar not after the page: {main} {sidebar}")
        if page.evaluate("document.documentElement.scrollWidth") > viewport["width"]:
            found.append("scrolls sideways")
        if found:
            problems[name] = found
    assert problems == {}


def test_a_browser_reading_an_article_counts_once_and_gets_no_cookie(live_server, open_page, pages):
    page = open_page(viewport=PHONE, user_agent=BROWSER)
    article = Article.objects.get(title__endswith="lần thứ 7")  # 2 reads seeded... none now
    url = live_server.url + article.get_absolute_url()

    def reads():
        ranked = popularity.counter().most_read(
            article.site_id, Article.objects.all(), popularity.DAY_HOURS, timezone.now()
        )
        return next((item.reads for item in ranked if item.pk == article.pk), 0)

    before = reads()
    beacons = []
    page.on("request", lambda request: "/luot-doc/" in request.url and beacons.append(request.method))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    deadline = time.monotonic() + 5
    while reads() == before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert reads() == before + 1
    page.reload()
    page.wait_for_load_state("networkidle")
    time.sleep(0.3)
    assert beacons == ["POST", "POST"]
    assert reads() == before + 1, "the same address counts once an hour"
    assert page.context.cookies() == []
    assert page.errors == []
