"""Demo reads for "Đọc nhiều", so its lists are filled on a fresh `make run`."""

import datetime
import random

from django.contrib.sites.models import Site
from django.utils import timezone

from articles import popularity
from articles.models import Article

DEMO_READ_ARTICLES = 12


def seed_reads():
    """Hourly reads for each portal's newest published articles since each was
    published, fading with age: new articles lead the 24 hours, older ones the
    week. A portal whose reads were already counted this week gets none.
    Returns the reads added."""
    now = timezone.now()
    rng = random.Random(14)
    hours = popularity.hours_ending(popularity.WEEK_HOURS, now)
    reads = {}
    for site in Site.objects.order_by("pk"):
        if popularity.counter().most_read(
            site.pk, Article.objects.for_site(site), popularity.WEEK_HOURS, now
        ):
            continue
        for article in Article.objects.published(site).newest_first()[:DEMO_READ_ARTICLES]:
            weight = rng.randint(8, 40)
            published = article.published_at - datetime.timedelta(hours=1)
            for age, hour in enumerate(reversed([h for h in hours if h >= published])):
                if count := round(weight * 0.97**age):
                    reads[(article.pk, hour)] = count
    popularity.counter().add(reads)
    return sum(reads.values())
