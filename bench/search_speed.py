"""Time the search page and its query on the configured database.

Run by hand over a seeded database (not part of `make test`):

    DJANGO_DEBUG=1 DATABASE_URL=... .venv/bin/python bench/search_speed.py [runs]

For each query it prints the median (p50) and p95 in milliseconds of
  page   GET /tim-kiem/?q=... through django.test.Client, the cache cleared
         before every request so no cached part or content token helps;
  query  the search's queries alone, as the view makes them: the count and
         the first page of results.
"""

import os
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.paginator import Paginator  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from articles.conf import SEARCH_RESULTS_PER_PAGE  # noqa: E402
from articles.models import Article  # noqa: E402
from articles.search import RankedResults  # noqa: E402

QUERIES = [
    "phuong dan",  # two common words
    "phường",  # one very common word, with accents
    "dang bo",  # common, folded
    "ủy ban nhân dân",  # three+ words
    "le hoi",  # medium
    "chợ tết",  # medium, accents
    "bong da phong trao",
    "xyzzy",  # no result
]


def timed(action, runs):
    times = []
    for _ in range(runs):
        cache.clear()
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)]


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    setup_test_environment()
    client = Client()
    total = Article.objects.count()
    print(f"{connection.vendor}, {total} articles, {runs} runs per figure (ms)")
    print(f"{'query':<22}{'results':>8}{'page p50':>10}{'p95':>8}{'query p50':>11}{'p95':>8}")
    for query in QUERIES:

        def page(query=query):
            response = client.get("/tim-kiem/", {"q": query})
            assert response.status_code == 200, response.status_code

        def queryset(query=query):
            results = RankedResults(Article.objects.published(), query)
            page = Paginator(results, SEARCH_RESULTS_PER_PAGE).page(1)
            list(page.object_list)

        found = Article.objects.published().search(query).count()
        page_p50, page_p95 = timed(page, runs)
        query_p50, query_p95 = timed(queryset, runs)
        print(f"{query:<22}{found:>8}{page_p50:>10.1f}{page_p95:>8.1f}{query_p50:>11.1f}{query_p95:>8.1f}")


if __name__ == "__main__":
    main()
