"""What the benchmark loads, found in the seeded database."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIND = """
import json
from comments.management.commands.seed_demo_comments import BENCH_ARTICLE_INDEX, LONG_ARTICLE_INDEX
from articles.conf import COMMENT_PAGE_PARAM
from comments.conf import COMMENTS_PER_PAGE
from articles.models import Article, Section
# The bench asks the first portal (127.0.0.1).
section = Section.objects.for_site(1).order_by("position").first()
article = Article.objects.published(1).newest_first()[BENCH_ARTICLE_INDEX]
long_discussion = Article.objects.published(1).newest_first()[LONG_ARTICLE_INDEX]
print(json.dumps({
    "long_article": long_discussion.get_absolute_url(),
    "long_approved": long_discussion.comment_count,
    "long_last_page": f"{long_discussion.get_absolute_url()}?{COMMENT_PAGE_PARAM}="
                      f"{max(1, -(-long_discussion.comment_count // COMMENTS_PER_PAGE))}",
    "section": section.get_absolute_url(),
    "article": article.get_absolute_url(),
    "article_pk": article.pk,
    "approved": article.comments.approved().count(),
    "read_ids": list(Article.objects.published(1).newest_first().values_list("pk", flat=True)[:500]),
}))
"""

# A query that matches a good share of the demo texts, so search does real work.
SEARCH_QUERY = "phuong dan"
# Uncached search is timed over these: common, accented, multi-word, rare, none.
SEARCH_QUERIES = ["phuong dan", "phường", "dang bo", "ủy ban nhân dân", "le hoi", "chợ tết", "xyzzy"]


def shell(env, code):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]


def find(env):
    return json.loads(shell(env, FIND))


def reader_targets(found):
    """(name, path) pairs; the ceiling comes first."""
    return [
        ("ceiling (trivial view)", "/bench/ceiling/"),
        ("home page", "/"),
        ("section page", found["section"]),
        (f"article page ({found['approved']} comments)", found["article"]),
        (f"article page ({found['long_approved']} comments)", found["long_article"]),
        (f"article page ({found['long_approved']} comments), last comment page", found["long_last_page"]),
        (f"search '{SEARCH_QUERY}'", "/tim-kiem/?q=" + SEARCH_QUERY.replace(" ", "+")),
    ]
