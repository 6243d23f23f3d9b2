"""The demo's sections, tags and articles for ``seed_demo``, read from
articles/demo/articles.toml (its header describes the format), and the rule
that dates a demo lead by its article's publication."""

import datetime
import tomllib
from importlib import resources

from django.utils import timezone

DATA = resources.files("articles") / "demo" / "articles.toml"

_content = tomllib.loads(DATA.read_text(encoding="utf-8"))
SECTIONS = [(section["slug"], section["name"]) for section in _content["section"]]
ARTICLES = _content["article"]
DISTRICT_TAG = _content["district_tag"]
TITLE_TAGS = _content["title_tags"]

# The local hour by which that part of the day is over: published earlier, the
# lead speaks of the day before.
PART_OF_DAY_ENDS = {"Sáng": 11, "Trưa": 13, "Chiều": 17, "Tối": 21, "Đêm": 24}
WEEKDAYS = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]


def dated_lead(text, published_at):
    """The lead of demo article `text`, opened by its dateline for an article
    published at `published_at`: "Chiều 14/5, …" or "Sáng chủ nhật 17/11, …"."""
    part = text["dateline"]
    local = timezone.localtime(published_at)
    day = local.date()
    if local.hour < PART_OF_DAY_ENDS[part]:
        day -= datetime.timedelta(days=1)
    weekday = f" {WEEKDAYS[day.weekday()]}" if text.get("weekday") else ""
    return f"{part}{weekday} {day.day}/{day.month}, {text['lead']}"


def demo_tags(title):
    """The demo tags of an article with this title: the district's, and each
    tag whose words appear in the title (compared in lower case)."""
    lowered = title.lower()
    return [DISTRICT_TAG] + [
        tag for tag, words in TITLE_TAGS.items() if any(word in lowered for word in words)
    ]
