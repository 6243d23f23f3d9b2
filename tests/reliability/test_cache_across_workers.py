"""A cached page is fresh in every server process at once, with no shared cache."""

import re
import urllib.request

import pytest

from tests.factories import make_article


@pytest.mark.django_db(transaction=True)
def test_every_gunicorn_worker_shows_an_edit_at_once(gunicorn):
    """Four worker processes, each with its own in-memory cache (no Redis)."""
    article = make_article(title="Bản tin sáng")
    server = gunicorn(workers=4, REDIS_URL="")
    url = server.url + article.get_absolute_url()

    def titles(times=24):
        found = set()
        for _ in range(times):
            with urllib.request.urlopen(url, timeout=10) as response:
                found.add(
                    re.search(r'id="article-title"[^>]*>([^<]+)<', response.read().decode()).group(1).strip()
                )
        return found

    assert titles() == {"Bản tin sáng"}  # every worker has it cached now
    article.title = "Bản tin sáng đã sửa"
    article.save()
    assert titles() == {"Bản tin sáng đã sửa"}
