"""Demo reads for "Đọc nhiều", so its lists are filled on a fresh `make run`."""

import datetime
import random

from django.utils import timezone

from articles import popularity
from articles.models import Article

DEMO_READ_ARTICLES = 12


def seed_reads():
    """Hourly reads for the newest published articles since each was published,
    fading with age: new articles lead the 24 hours, older ones the week. Does
    nothing when reads were already counted this week. Returns the reads added."""
    now = timezone.now()
    if popularity.counter().most_read(Article.objects.all(), popularity.WEEK_HOURS, now):
        return 0
    rng = random.Random(14)
    hours = popularity.hours_ending(popularity.WEEK_HOURS, now)
    reads = {}
    for article in Article.objects.published().newest_first()[:DEMO_READ_ARTICLES]:
        weight = rng.randint(8, 40)
        published = article.published_at - datetime.timedelta(hours=1)
        for age, hour in enumerate(reversed([h for h in hours if h >= published])):
            if count := round(weight * 0.97**age):
                reads[(article.pk, hour)] = count
    popularity.counter().add(reads)
    return sum(reads.values())
