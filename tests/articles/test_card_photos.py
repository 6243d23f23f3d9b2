"""Card photos on list pages: the first one on the screen loads at once, the
others when scrolled near; and showing a photo does not ask the storage (an S3
request) whether its renditions exist each time the page is rendered."""

import datetime
import io
import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image

from articles.models import Tag
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

DAY = datetime.datetime(2024, 5, 14, 9, tzinfo=datetime.UTC)


def cover(seed):
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (seed * 40, 100, 0)).save(buffer, format="JPEG")
    return ContentFile(buffer.getvalue(), name=f"bia-{seed}.jpg")


@pytest.fixture
def listed():
    """A section and a tag listing, on one day, a story without a photo first
    (newest), then three with one; the section also pins the oldest."""
    section = make_section("Đô thị")
    stories = [
        make_article(
            title=f"Tin số {n}",
            section=section,
            tags=["Giao thông"],
            published_at=DAY - datetime.timedelta(minutes=n),
            cover_image=cover(n) if n else None,
            cover_alt=f"Ảnh tin số {n}",
        )
        for n in range(4)
    ]
    return section, stories


def card_photos(client, url):
    """(the story numbers of the cards with a photo, those photos' <img> tags), in page order."""
    html = client.get(url).content.decode()
    cards = re.findall(r'<article class="card.*?</article>', html, re.S)
    photos = [
        (re.search(r"Tin số (\d)", card).group(1), re.search(r"<img [^>]+>", card).group(0))
        for card in cards
        if "<img " in card
    ]
    return [number for number, _img in photos], [img for _number, img in photos]


@pytest.mark.parametrize("page", ["section", "tag", "day"])
def test_first_card_photo_loads_at_once_and_the_others_lazily(client, listed, page):
    section, _stories = listed
    url = {
        "section": section.get_absolute_url(),
        "tag": Tag.objects.get().get_absolute_url(),
        "day": "/bai-da-dang/?ngay=2024-05-14",
    }[page]
    numbers, tags = card_photos(client, url)
    assert numbers == ["1", "2", "3"], "the story without a photo shows none"
    first, *others = tags
    assert 'loading="lazy"' not in first and 'fetchpriority="high"' in first
    assert all('loading="lazy"' in tag and "fetchpriority" not in tag for tag in others)


def test_a_pinned_story_first_on_the_section_page_has_the_eager_photo(client, listed):
    section, stories = listed
    stories[3].section_position = 1
    stories[3].pinned_until = timezone.now() + datetime.timedelta(days=1)
    stories[3].save()
    numbers, tags = card_photos(client, section.get_absolute_url())
    assert numbers[0] == "3" and 'fetchpriority="high"' in tags[0]
    assert sum('fetchpriority="high"' in tag for tag in tags) == 1


def test_covers_are_not_looked_for_in_the_storage_on_every_render(client, listed):
    section, _stories = listed
    client.get(section.get_absolute_url())  # renditions made and found once
    with mock.patch.object(default_storage, "exists", wraps=default_storage.exists) as exists:
        for _ in range(3):
            cache.clear()  # the page and its parts rendered again each time
            numbers, _tags = card_photos(client, section.get_absolute_url())
            assert numbers == ["1", "2", "3"]
    assert exists.call_count == 0
