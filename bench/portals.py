"""The many-portals run of `make bench` (PostgreSQL + Redis): one install with
the first portal and 100 ward portals of 200 articles each.

Measured in one run, on the same server:
- the article page's ratio to the trivial view (the ceiling) with the first
  portal alone, then, once the wards exist, on the first portal and on a ward:
  a hundred portals must not cost the reader (within 5 %);
- a ward editor's article list in the admin (server side, median of 20): < 100 ms;
- the workers' memory (resident, summed) after every portal's home and article
  page were asked for, against the same after one portal's: the process keeps
  no per-portal state that grows.

`python bench/portals.py` runs it alone on a freshly seeded database; run.py
calls `bench_portals()` after the PostgreSQL runs.
"""

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import (  # noqa: E402 (needs ROOT on the path)
    BASE,
    Server,
    environment,
    log,
    run_wrk,
    seed,
    shell,
    wrk_command,
    wrk_result,
)

PORTALS = 100
ARTICLES_PER_PORTAL = 200
WARD_DOMAIN = "phuong-{n}.bench.localhost"
# Portals' pages asked for before memory is read, per portal.
MEMORY_PAGES = ("/", "/rss/")

MAKE_WARDS = """
import datetime
from django.contrib.sites.models import Site
from django.db import transaction
from django.utils import timezone
from articles.models import Article, Section
from newsroom.models import PortalRole
from newsroom.portals import save_portal
from django.contrib.auth import get_user_model
province = Site.objects.get(pk=1)
author = get_user_model().objects.get(username="phongvien")
texts = list(Article.objects.for_site(1).published().order_by("-pk")[:20])
now = timezone.now()
for n in range(1, %(portals)d):
    with transaction.atomic():
        site = save_portal("%(domain)s".format(n=n), f"Cổng thông tin điện tử phường {n}", short_name=f"P{n}",
                           parent=province)
        section = Section.objects.create(site=site, name="Tin phường", slug="tin-phuong")
        batch = []
        for number in range(%(articles)d):
            text = texts[number %% len(texts)]
            article = Article(
                title=f"{text.title} (phường {n}, kỳ {number})", lead=text.lead, body=text.body,
                author=author, section=section, status="published",
                published_at=now - datetime.timedelta(minutes=20 * (number + 1)),
            )
            article.fill_derived_fields()
            batch.append(article)
        Article.objects.bulk_create(batch)
editor = get_user_model().objects.create_user("bientap_bench", password="bench-pass-123", is_staff=True)
PortalRole.objects.create(user=editor, site=Site.objects.get(domain="%(domain)s".format(n=7)), role="editor")
print(Site.objects.count(), Article.objects.count())
"""

WARD_ARTICLE = """
from django.contrib.sites.models import Site
from articles.models import Article
site = Site.objects.get(domain="%(domain)s".format(n=7))
print(Article.objects.published(site).newest_first()[25].get_absolute_url())
"""

EDITOR_LIST = """
import statistics, time
from django.contrib.auth import get_user_model
from django.test import Client
client = Client(HTTP_HOST="127.0.0.1")
client.force_login(get_user_model().objects.get(username="bientap_bench"))
times = []
for _ in range(21):
    start = time.perf_counter()
    response = client.get("/quan-tri/articles/article/")
    assert response.status_code == 200 and "phường 7," in response.content.decode()
    times.append((time.perf_counter() - start) * 1000)
print(f"{statistics.median(times[1:]):.1f}")
"""


def workers_memory(server):
    """The gunicorn workers' resident memory, summed, in MB."""
    total = 0
    for child in Path(f"/proc/{server.process.pid}/task").iterdir():
        for pid in Path(f"/proc/{server.process.pid}/task/{child.name}/children").read_text().split():
            status = Path(f"/proc/{pid}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
    return total / 1024


def ratio(url, seconds, host=None):
    """The page at `url` (asked for on `host`) in requests/s, over the ceiling's."""
    ceiling = run_wrk(f"{BASE}/bench/ceiling/", seconds)["rps"]
    command = wrk_command(url, seconds)
    if host:
        command[1:1] = ["-H", f"Host: {host}"]
    page = wrk_result(url, subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    assert page["errors"] == 0, page
    return page["rps"] / ceiling


def visit_every_portal(portals):
    for n in range(1, portals):
        for path in MEMORY_PAGES:
            request = urllib.request.Request(f"{BASE}{path}", headers={"Host": WARD_DOMAIN.format(n=n)})
            with urllib.request.urlopen(request, timeout=10) as response:
                response.read()


def bench_portals(env, found, seconds=10, portals=PORTALS, articles=ARTICLES_PER_PORTAL):
    """The many-portals figures (see the module); `found` is bench.targets.find()'s."""
    figures = {}
    with Server(env):
        run_wrk(f"{BASE}{found['article']}", 3)  # warm up
        figures["article page ÷ ceiling, one portal"] = ratio(f"{BASE}{found['article']}", seconds)
    started = time.perf_counter()
    made = shell(env, MAKE_WARDS % {"portals": portals, "articles": articles, "domain": WARD_DOMAIN}).strip()
    log(f"{portals - 1} ward portals of {articles} articles: {time.perf_counter() - started:.1f} s ({made})")
    ward_article = shell(env, WARD_ARTICLE % {"domain": WARD_DOMAIN}).strip()
    subprocess.run(["psql", env["DATABASE_URL"], "-q", "-c", "VACUUM ANALYZE"], check=True)
    with Server(env) as server:
        run_wrk(f"{BASE}{found['article']}", 3)
        figures["memory, one portal asked, MB"] = workers_memory(server)
        visit_every_portal(portals)
        figures["memory, every portal asked, MB"] = workers_memory(server)
        figures["article page ÷ ceiling, first of many"] = ratio(f"{BASE}{found['article']}", seconds)
        figures["article page ÷ ceiling, a ward"] = ratio(
            f"{BASE}{ward_article}", seconds, WARD_DOMAIN.format(n=7)
        )
    figures["ward editor's article list, ms"] = float(shell(env, EDITOR_LIST))
    one = figures["article page ÷ ceiling, one portal"]
    worst = min(figures["article page ÷ ceiling, first of many"], figures["article page ÷ ceiling, a ward"])
    figures["article page ratio, many ÷ one portal"] = worst / one
    figures["memory growth, MB"] = (
        figures["memory, every portal asked, MB"] - figures["memory, one portal asked, MB"]
    )
    for what, figure in figures.items():
        log(f"{what}: {figure:.2f}")
    return figures


# (what, target, "min" or "max")
TARGETS = [
    ("article page ratio, many ÷ one portal", 0.95, "min"),
    ("ward editor's article list, ms", 100, "max"),
    ("memory growth, MB", 10, "max"),
]


def judge(figures):
    """Print each target with its figure; return how many were missed."""
    missed = 0
    for what, target, kind in TARGETS:
        figure = figures[what]
        met = figure >= target if kind == "min" else figure <= target
        missed += not met
        print(
            f"{what:<44}{figure:>10.2f}  target {'≥' if kind == 'min' else '≤'} {target}  {'met' if met else 'MISSED'}"
        )
    return missed


def main():
    from bench.targets import find

    env = environment("postgres")
    seed("postgres", env, 200, 0)
    figures = bench_portals(env, find(env))
    raise SystemExit(1 if judge(figures) else 0)


if __name__ == "__main__":
    main()
