"""Which URLs the benchmark loads, found in the seeded database."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIND = """
import json
from articles.models import Article, Section
section = Section.objects.order_by("position").first()
article = Article.objects.published().newest_first()[25]
print(json.dumps({"section": section.get_absolute_url(), "article": article.get_absolute_url()}))
"""


def reader_targets(env):
    """(name, path) pairs; the ceiling comes first."""
    found = json.loads(
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", FIND],
            cwd=ROOT, env=env, check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1]
    )
    return [
        ("ceiling (trivial view)", "/bench/ceiling/"),
        ("home page", "/"),
        ("section page", found["section"]),
        ("article page", found["article"]),
    ]
