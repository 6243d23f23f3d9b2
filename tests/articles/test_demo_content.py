"""The demo a newsroom is shown is believable: comments arrive after their article and
before now and are decided after they arrive; every lead opens with a dateline that
agrees with its article's publication, whatever day the demo is seeded; bodies have
sub-headings as the portal's do, and captioned photos offered as renditions. Its
texts are data files people can edit, shipped with the package."""

import datetime
import re
import tomllib
import unicodedata
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article
from comments.models import Comment

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DATA_FILES = [
    ROOT / "articles/demo/articles.toml",
    ROOT / "comments/demo/comments.toml",
    ROOT / "schedule/demo/week.toml",
    ROOT / "organisation/demo/organisation.toml",
]
WEEKDAYS = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]
DATELINE = re.compile(rf"^(Sáng|Trưa|Chiều|Tối|Đêm)(?: ({'|'.join(WEEKDAYS)}))? (\d{{1,2}})/(\d{{1,2}}), \S")
# The local hour each part of the day begins: a lead never speaks of one that had
# not begun when its article was published.
PART_BEGINS = {"Sáng": 5, "Trưa": 11, "Chiều": 13, "Tối": 18, "Đêm": 22}
DAY_MONTH = re.compile(r"\b\d{1,2}/\d{1,2}\b")


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))
    return timezone.now()


def test_demo_comments_are_never_from_the_future_nor_decided_before_arrival(demo):
    comments = list(Comment.objects.select_related("article"))
    assert len(comments) > 20
    for comment in comments:
        assert comment.article.published_at <= comment.received_at <= demo, comment.title
        if comment.decided_at:
            assert comment.received_at <= comment.decided_at <= demo, comment.title
        for record in comment.records.all():
            assert record.created_at >= comment.received_at


@pytest.mark.parametrize(
    "seeded_at",
    [
        # Just after local midnight on New Year's day, and early on the first of March:
        # the newest stories were published the day, month or year before.
        datetime.datetime(2028, 1, 1, 0, 10, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        datetime.datetime(2027, 3, 1, 7, 20, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
    ],
)
def test_every_demo_lead_opens_with_the_day_its_article_tells_of(settings, tmp_path, seeded_at):
    settings.MEDIA_ROOT = tmp_path
    with time_machine.travel(seeded_at, tick=True):
        call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))
    articles = list(Article.objects.exclude(published_at=None))
    assert len(articles) > 40
    for article in articles:
        match = DATELINE.match(article.lead)
        assert match, article.lead[:40]
        part, weekday, day, month = match.groups()
        published = timezone.localtime(article.published_at)
        days = (published.date(), published.date() - datetime.timedelta(days=1))
        said = {(date.day, date.month): date for date in days}.get((int(day), int(month)))
        assert said, (article.lead[:40], published)
        if said == published.date():
            assert published.hour >= PART_BEGINS[part], (article.lead[:40], published)
        if weekday:
            assert weekday == WEEKDAYS[said.weekday()], (article.lead[:40], published)
        assert DAY_MONTH.findall(article.lead) == [f"{day}/{month}"], article.lead


def test_demo_texts_name_no_day_and_month_but_the_dateline():
    """The demo is seeded on any day of the year, so no text can name a date
    (titles may name a commemoration, as "ngày 27/7" does)."""
    content = tomllib.loads((ROOT / "articles/demo/articles.toml").read_text(encoding="utf-8"))
    for article in content["article"]:
        assert article["dateline"] in PART_BEGINS, article["title"]
        texts = [article["lead"], *(text for block in article["body"] for text in block.values())]
        assert not [text for text in texts if DAY_MONTH.search(text)], article["title"]


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: path.name)
def test_demo_data_is_nfc_text_people_can_edit_and_ships_with_the_package(path):
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert "\\u" not in text, "Vietnamese letters are written as they are, not escaped"
    package = path.relative_to(ROOT).parts[0]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = pyproject["tool"]["setuptools"]["package-data"].get(package, [])
    inside = PurePosixPath(*path.relative_to(ROOT / package).parts)
    assert any(inside.match(pattern) for pattern in shipped), f"{package}: {inside} not in package-data"


def test_demo_bodies_have_subheadings(demo):
    articles = list(Article.objects.all())
    assert articles
    assert all("<h2>" in article.body for article in articles)


def test_demo_bodies_have_captioned_photos_offered_as_renditions(demo, client):
    article = Article.objects.published().filter(body__contains="<figcaption>").first()
    assert article.body_photo_sizes and all(size == [1200, 800] for size in article.body_photo_sizes.values())
    html = client.get(article.get_absolute_url()).content.decode()
    body = html[html.index('<div class="article__body">') :]
    assert re.search(
        r"<figure [^>]*><picture>\s*<source type=\"image/webp\" srcset=\"[^\"]*-1200w\.webp 1200w\"", body
    )
    assert "<figcaption>" in body and "/media/uploads/demo/" not in body
