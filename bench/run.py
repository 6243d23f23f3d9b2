"""The reader-path benchmark: `make bench` (see docs/benchmarks.md).

Seeds a large dataset into a database of its own, serves it with gunicorn
(2 workers, production settings) on 127.0.0.1 and loads each page with wrk at
16 connections, beside a trivial Django view on the same server (the ceiling).
Prints requests/s, p50/p99 latency, response size and the ratio to the ceiling.

Nothing here runs in `make test`.
"""

import argparse
import collections
import itertools
import json
import os
import platform
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.targets import find, reader_targets, shell  # noqa: E402 (needs ROOT on the path)

WORK = ROOT / "bench" / "results"
PYTHON = sys.executable
# Another database, port and key prefix (NEWSROOM_BENCH_DB, NEWSROOM_BENCH_PORT) let
# two benchmarks share a machine.
PORT = int(os.environ.get("NEWSROOM_BENCH_PORT", "8765"))
BASE = f"http://127.0.0.1:{PORT}"
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/test"
PG_BENCH_DB = os.environ.get("NEWSROOM_BENCH_DB", "newsroom_bench")
BENCH_REDIS_DB = "9"


def log(message):
    print(f"[bench] {message}", flush=True)


def environment(backend):
    """Production settings on a database of the benchmark's own."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "NEWSROOM_"))
    }
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="bench-only-" + "k" * 50,
        DJANGO_MEDIA_ROOT=str(WORK / "media"),
        DJANGO_STATIC_ROOT=str(WORK / "static"),
        NEWSROOM_BENCH_CEILING="1",
        GUNICORN_WORKERS="2",
        # Sync workers, as deployed (gunicorn.conf.py): each request comes on a
        # connection of its own, so the kernel spreads them over both workers.
        # Threaded workers keep wrk's 16 connections where they were accepted,
        # often all in one process, which then serves at half the rate.
        GUNICORN_THREADS="1",
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        # A recycled worker starts cold; at this rate the default recycling
        # (every 5,000 requests) would restart each worker every few seconds.
        GUNICORN_MAX_REQUESTS="0",
        GUNICORN_BIND=f"127.0.0.1:{PORT}",
        GUNICORN_LOG_LEVEL="warning",
        # The posting benchmark gives every post its own client address, as
        # readers behind one proxy would have.
        NEWSROOM_TRUSTED_PROXY_COUNT="1",
    )
    if backend == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"
    else:
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{PG_BENCH_DB}"
        env["REDIS_URL"] = f"redis://127.0.0.1:6379/{BENCH_REDIS_DB}"
        env["NEWSROOM_CACHE_KEY_PREFIX"] = PG_BENCH_DB.replace("_", "-")
    return env


def manage(env, *args, capture=False):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        capture_output=capture,
    )


def reset_database(backend, env):
    if backend == "sqlite":
        for path in WORK.glob("bench.sqlite3*"):
            path.unlink()
        return
    admin = ["psql", PG_ADMIN_URL, "-q", "-c"]
    subprocess.run([*admin, f"DROP DATABASE IF EXISTS {PG_BENCH_DB} WITH (FORCE)"], check=True)
    subprocess.run([*admin, f"CREATE DATABASE {PG_BENCH_DB}"], check=True)
    # Only the benchmark's own keys: the cache's (a prefix of its own; clear()
    # removes only those) and the read counter's. Redis is shared: never FLUSHDB.
    shell(env, "from django.core.cache import cache; cache.clear(); print('cleared')")
    for key in subprocess.run(
        [
            "redis-cli",
            "-n",
            BENCH_REDIS_DB,
            "--scan",
            "--pattern",
            f"{env['NEWSROOM_CACHE_KEY_PREFIX']}:reads:*",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split():
        subprocess.run(["redis-cli", "-n", BENCH_REDIS_DB, "unlink", key], check=True, capture_output=True)


def seed(backend, env, articles, comments):
    shutil.rmtree(WORK / "media", ignore_errors=True)
    reset_database(backend, env)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    started = time.perf_counter()
    extra = ["--comments", str(comments)] if comments else []
    manage(env, "seed_demo", "--articles", str(articles), *extra)
    elapsed = time.perf_counter() - started
    log(f"seed_demo --articles {articles} --comments {comments}: {elapsed:.1f} s")
    if backend == "postgres":
        # What autovacuum would do a minute later, done before measuring: fresh
        # statistics and a visibility map, so the planner uses the indexes.
        subprocess.run(["psql", env["DATABASE_URL"], "-q", "-c", "VACUUM ANALYZE"], check=True)
    return elapsed


class Server:
    """gunicorn with the project's gunicorn.conf.py, stopped on exit."""

    def __init__(self, env):
        self.env = env
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "newsroom.wsgi"],
            cwd=ROOT,
            env=self.env,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{BASE}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise SystemExit("gunicorn did not answer /healthz within 30 s")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)


def parse_duration(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk_command(url, seconds, connections=16, script=None, script_args=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if script:
        command += ["-s", str(script)]
    command.append(url)
    if script_args:
        command += ["--", *script_args]
    return command


def wrk_result(url, output):
    if "Latency Distribution" not in output:
        raise SystemExit(f"wrk got no answers from {url}:\n{output}")
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)$", output, re.M)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": parse_duration(percentiles["50"]),
        "p99": parse_duration(percentiles["99"]),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
    }


def run_wrk(url, seconds, **options):
    command = wrk_command(url, seconds, **options)
    return wrk_result(url, subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def response_size(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return len(response.read())


def print_table(title, rows):
    ceiling = rows[0][1]["rps"]
    print()
    print(title)
    header = f"{'page':<34}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'bytes':>9}{'errors':>8}{'÷ceiling':>10}"
    print(header)
    print("-" * len(header))
    for name, result in rows:
        ratio = result["rps"] / ceiling if ceiling else 0
        print(
            f"{name:<34}{result['rps']:>9.0f}{result['p50']:>9.1f}{result['p99']:>9.1f}"
            f"{result.get('bytes', 0):>9}{result['errors']:>8}{ratio:>9.0%}"
        )


def bench_pages(env, seconds, found):
    """Load every reader page and the ceiling; return the table rows."""
    rows = []
    for name, path in reader_targets(found):
        url = BASE + path
        size = response_size(url)
        run_wrk(url, 2)  # warm the workers and caches
        result = run_wrk(url, seconds)
        result["bytes"] = size
        rows.append((name, result))
        log(f"{name}: {result['rps']:.0f} req/s, p99 {result['p99']:.1f} ms")
    return rows


# Captchas fetched beside the posts in the second posting run: one per
# connection every CAPTCHA_PAUSE_MS at most (2 connections: up to 100 a second).
CAPTCHA_CONNECTIONS = 2
CAPTCHA_PAUSE_MS = 20
# The second octet of the addresses each posting run sends from (10.N.x.y), and
# of each beacon run's (two: one per wrk thread). A random start, so a bench run
# soon after another (--skip-seed) does not meet its addresses again.
POSTING_BLOCKS = itertools.count(random.randrange(20, 60))
BEACON_BLOCKS = itertools.count(random.randrange(100, 160), 2)


def bench_posting(env, seconds, found, with_captchas=False):
    """POST prepared comments (each with its own solved captcha) for `seconds`;
    `with_captchas`: while a steady stream of captchas is fetched."""
    posts = WORK / "posts.txt"
    token = "b" * 32  # an unmasked CSRF secret: the cookie and the form agree
    # Well above what this machine posts: a run that uses them all up measures
    # the supply, not the server (it then only asks for /healthz).
    prepared = max(2000, seconds * 1500)
    shell(
        {**env, "BENCH_POSTS": str(prepared), "BENCH_POSTS_FILE": str(posts), "BENCH_CSRF": token},
        (ROOT / "bench" / "prepare_posts.py").read_text(),
    )
    count = "from comments.models import Comment; print(Comment.objects.count())"
    before = int(shell(env, count))
    path = f"/binh-luan/{found['article_pk']}/gui/"
    fetching = None
    if with_captchas:
        captcha_url = BASE + "/binh-luan/ma-xac-nhan/"
        fetching = subprocess.Popen(
            wrk_command(
                captcha_url,
                seconds,
                connections=CAPTCHA_CONNECTIONS,
                script=ROOT / "bench" / "fetch_captcha.lua",
                script_args=[str(CAPTCHA_PAUSE_MS)],
            ),
            stdout=subprocess.PIPE,
            text=True,
        )
    result = run_wrk(
        BASE + path,
        seconds,
        script=ROOT / "bench" / "post_comment.lua",
        script_args=[path, token, str(posts), "2", str(next(POSTING_BLOCKS))],
    )
    stored = int(shell(env, count)) - before
    result.update(stored=stored, bytes=0, accepted=stored / seconds)
    if stored >= prepared - 16:
        raise SystemExit(f"comment posting used up all {prepared} prepared posts: prepare more")
    also = ""
    if fetching:
        captchas = wrk_result(captcha_url, fetching.communicate()[0])
        result["captchas"] = captchas
        also = f", while {captchas['rps']:.0f} captchas/s were fetched ({captchas['errors']} errors)"
    log(
        f"comment posting: {result['requests']} posts answered, {result['errors']} errors, "
        f"{stored} comments stored, {result['accepted']:.0f} accepted comments/s{also}"
    )
    return result


READS = """
import datetime
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from articles import popularity
from articles.models import ReadCount
hours = popularity.hours_ending(2, timezone.now())
counter = popularity.counter()
if settings.REDIS_URL:
    print(sum(int(s) for h in hours for _, s in counter.client.zrange(counter._bucket(h), 0, -1, withscores=True)))
else:
    print(ReadCount.objects.filter(hour__gte=hours[-1]).aggregate(n=Sum("reads"))["n"] or 0)
"""


def bench_beacons(env, seconds, found):
    """A burst of read beacons from many addresses over 500 articles; the reads
    counted are those written by the end (without Redis each worker may still
    hold up to FLUSH_SECONDS of reads in memory)."""
    before = int(shell(env, READS))
    result = run_wrk(
        BASE + "/luot-doc/",
        seconds,
        script=ROOT / "bench" / "read_beacon.lua",
        script_args=[",".join(map(str, found["read_ids"])), str(next(BEACON_BLOCKS))],
    )
    time.sleep(1)
    result["counted"] = int(shell(env, READS)) - before
    result["bytes"] = 0
    log(
        f"read beacons: {result['requests']} sent ({result['rps']:.0f}/s), {result['errors']} errors, "
        f"{result['socket_errors'] or 'no socket errors'}, {result['counted']} reads counted"
    )
    return result


QUEUE = """
import statistics, time
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from comments.models import Comment
client = Client(HTTP_HOST="127.0.0.1")
client.force_login(get_user_model().objects.get(username="kiemduyet"))
url = "/quan-tri/comments/comment/"
client.get(url)
times = []
for _ in range(5):
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
assert response.status_code == 200, response.status_code
print(f"{Comment.objects.count()} {statistics.median(times):.0f} {max(times):.0f} {len(queries)}")
"""


CAPTCHA_ROWS = 500_000
CAPTCHA = """
import datetime, secrets, statistics, time
from captcha.models import CaptchaStore
from django.test import Client
from django.utils import timezone
# A flood's worth of live captchas, and the expired ones of a few minutes.
now = timezone.now()
have = CaptchaStore.objects.count()
run = secrets.token_hex(4)  # keys of their own: an earlier run's rows may still be there
for start in range(have, %(rows)d, 20000):
    CaptchaStore.objects.bulk_create(
        CaptchaStore(challenge="ABCD", response="abcd", hashkey=f"bench-{run}-{n:07d}",
                     expiration=now + datetime.timedelta(minutes=(-1 if n %% 50 == 0 else 20)))
        for n in range(start, min(start + 20000, %(rows)d))
    )
client = Client(HTTP_HOST="127.0.0.1")
client.get("/robots.txt")  # the process's first request loads the URLs and templates
times = []
for n in range(1000):
    start = time.perf_counter()
    response = client.get("/binh-luan/ma-xac-nhan/", REMOTE_ADDR=f"10.9.{n >> 8}.{n & 255}")
    times.append((time.perf_counter() - start) * 1000)
    assert response.status_code == 200, response.status_code
times.sort()
print(f"{CaptchaStore.objects.count()} {times[499]:.2f} {times[949]:.2f} {times[-1]:.1f}")
"""


def bench_captcha(env):
    """Time captcha issuing (the JSON endpoint, in process) with a big captcha
    table; return its p95 in ms (the target is in TARGETS)."""
    count, p50, p95, worst = shell(env, CAPTCHA % {"rows": CAPTCHA_ROWS}).split()
    log(
        f"captcha issuing, {count} rows: p50 {p50} ms, p95 {p95} ms, "
        f"worst {worst} ms (the first removes the expired rows)"
    )
    return float(p95)


def bench_queue(env, total):
    """Time the moderators' queue page (server side) with `total` comments."""
    started = time.perf_counter()
    manage(env, "seed_demo", "--comments", str(total))
    log(f"seed_demo --comments {total}: {time.perf_counter() - started:.1f} s")
    count, median, worst, queries = shell(env, QUEUE).split()
    log(f"moderation queue, {count} comments: median {median} ms, worst {worst} ms, {queries} queries")
    return {"comments": int(count), "median": float(median), "worst": float(worst), "queries": int(queries)}


# Issue targets: (what, SQLite target, PostgreSQL + Redis target, "min" or "max").
TARGETS = [
    ("article page ÷ ceiling", 0.80, 0.60, "min"),
    ("home page ÷ ceiling", 0.80, 0.60, "min"),
    ("section page ÷ ceiling", 0.80, 0.60, "min"),
    ("article page p99, ms", 15, 20, "max"),
    ("cached-hit database queries", 1, 0, "max"),
    ("comment posting, accepted/s", 200, 200, "min"),
    ("comment posting errors", 0, 0, "max"),
    ("posting beside captchas ÷ alone", 0.85, 0.85, "min"),
    ("search p50, uncached, ms", 30, 30, "max"),
    ("search p99, uncached, ms", 100, 100, "max"),
    ("search p50, 100,000 articles, ms", 50, 50, "max"),
    ("captcha issuing p95, ms", 5, 5, "max"),
]
SEARCH_SCALE_ARTICLES = 100_000
WORST_OF_RUNS = {"cached-hit database queries", "comment posting errors"}

CACHED_HIT = """
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
url = "%s"
assert client.get(url).status_code == 200
with CaptureQueriesContext(connection) as queries:
    assert client.get(url).status_code == 200
print(len(queries))
"""

SEARCH = """
import statistics, time
from django.test import Client, override_settings
from bench.targets import SEARCH_QUERIES
client = Client(HTTP_HOST="127.0.0.1")
times = []
with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}):
    for _ in range(%d):
        for query in SEARCH_QUERIES:
            start = time.perf_counter()
            assert client.get("/tim-kiem/", {"q": query}).status_code == 200
            times.append((time.perf_counter() - start) * 1000)
times.sort()
print(f"{statistics.median(times):.1f} {times[int(len(times) * 0.99) - 1]:.1f}")
"""


def bench_cached_hit(env, found):
    """Database queries of a cached anonymous article page (counted, not timed)."""
    return int(shell(env, CACHED_HIT % found["article"]))


def bench_search(env, runs=10):
    """p50 and p99 in ms of uncached search pages, through the whole stack."""
    p50, p99 = shell(env, SEARCH % runs).split()
    return float(p50), float(p99)


def shown(figure):
    return f"{figure:.2f}" if isinstance(figure, float) and figure < 10 else f"{figure:.0f}"


def targets_met(backend, figures):
    """Print each target beside its figures (the median of the runs, and their
    range); return how many medians missed their target."""
    column = 1 if backend == "sqlite" else 2
    print()
    print(f"{backend}: targets (median of the runs, the worst for errors and queries; range)")
    header = f"{'what':<36}{'median':>9}{'range':>16}{'target':>9}  met"
    print(header)
    print("-" * len(header))
    missed = 0
    for row in TARGETS:
        what, target, kind = row[0], row[column], row[3]
        if not figures.get(what):
            print(f"{what:<36}{'not run':>9}")
            continue
        # A count that must stay at a bound (errors, queries) is judged by its worst run.
        median = max(figures[what]) if what in WORST_OF_RUNS else statistics.median(figures[what])
        met = median >= target if kind == "min" else median <= target
        missed += not met
        spread = f"{shown(min(figures[what]))}–{shown(max(figures[what]))}"
        sign = "≥" if kind == "min" else "≤"
        print(f"{what:<36}{shown(median):>9}{spread:>16}{sign + str(target):>9}  {'yes' if met else 'NO'}")
    return missed


def measure_once(env, args, found, run, backend, figures):
    """One run of the loaded measurements on a freshly started server."""
    with Server(env):
        rows = bench_pages(env, args.seconds, found)
        posting = bench_posting(env, args.seconds, found)
        beside = bench_posting(env, args.seconds, found, with_captchas=True)
        beacons = bench_beacons(env, args.seconds, found)
    rows += [
        ("comment posting", posting),
        ("posting, captchas fetched", beside),
        ("read beacons (204)", beacons),
    ]
    print_table(
        f"{backend}, run {run} of {args.runs}: {args.articles} articles, {args.comments} comments, "
        "16 connections",
        rows,
    )
    print(
        f"comment posting: {posting['requests']} answered, {posting['errors']} errors, "
        f"{posting['stored']} stored ({posting['accepted']:.0f} accepted comments/s); "
        f"beside {beside['captchas']['rps']:.0f} captchas/s: {beside['accepted']:.0f} accepted/s, "
        f"{beside['errors']} errors"
    )
    print(
        f"read beacons: {beacons['requests']} answered ({beacons['rps']:.0f}/s), "
        f"{beacons['errors']} errors, {beacons['counted']} reads counted"
    )
    ceiling = rows[0][1]["rps"]
    # The first of each kind: "article page" is the one with 50 comments.
    by_name = {}
    for name, result in rows:
        by_name.setdefault(name.split(" (")[0], result)
    search_p50, search_p99 = bench_search(env)
    for what, figure in {
        "article page ÷ ceiling": by_name["article page"]["rps"] / ceiling,
        "home page ÷ ceiling": by_name["home page"]["rps"] / ceiling,
        "section page ÷ ceiling": by_name["section page"]["rps"] / ceiling,
        "article page p99, ms": by_name["article page"]["p99"],
        "comment posting, accepted/s": posting["accepted"],
        "comment posting errors": posting["errors"] + beside["errors"],
        "posting beside captchas ÷ alone": beside["accepted"] / posting["accepted"]
        if posting["accepted"]
        else 0,
        "search p50, uncached, ms": search_p50,
        "search p99, uncached, ms": search_p99,
        "captcha issuing p95, ms": bench_captcha(env),
    }.items():
        figures[what].append(figure)


def bench_documents(env):
    """bench/documents.py on this backend's database: /van-ban/?q= over 10,000
    documents, p50 under its target. Returns the number of targets missed."""
    done = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "documents.py")], env=env, capture_output=True, text=True, check=True
    )
    print(done.stdout, end="")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return int(result["p50"] >= result["target_p50"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--comments", type=int, default=200000)
    parser.add_argument(
        "--queue-comments",
        type=int,
        default=1000000,
        help="comments in the database when the moderation queue is timed",
    )
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per page")
    parser.add_argument("--runs", type=int, default=3, help="loaded measurements repeated on the same data")
    parser.add_argument(
        "--no-scale",
        action="store_true",
        help=f"skip the queue and the search at {SEARCH_SCALE_ARTICLES:,} articles",
    )
    parser.add_argument("--skip-seed", action="store_true", help="reuse the last seeded data")
    parser.add_argument(
        "--no-portals", action="store_true", help="skip the many-portals run (bench/portals.py)"
    )
    args = parser.parse_args()
    from bench.portals import bench_portals
    from bench.portals import judge as judge_portals

    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    WORK.mkdir(parents=True, exist_ok=True)
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    missed = 0
    for backend in backends:
        env = environment(backend)
        if not args.skip_seed:
            seed(backend, env, args.articles, args.comments)
        found = find(env)
        figures = collections.defaultdict(list)
        for run in range(1, args.runs + 1):
            measure_once(env, args, found, run, backend, figures)
        figures["cached-hit database queries"].append(bench_cached_hit(env, found))
        if not args.no_scale:
            queue = bench_queue(env, args.queue_comments)
            print(
                f"moderation queue with {queue['comments']} comments: median {queue['median']:.0f} ms, "
                f"worst {queue['worst']:.0f} ms, {queue['queries']} queries"
            )
            started = time.perf_counter()
            manage(env, "seed_demo", "--articles", str(SEARCH_SCALE_ARTICLES))
            log(f"seed_demo --articles {SEARCH_SCALE_ARTICLES}: {time.perf_counter() - started:.1f} s")
            if backend == "postgres":
                subprocess.run(["psql", env["DATABASE_URL"], "-q", "-c", "VACUUM ANALYZE"], check=True)
            p50, p99 = bench_search(env)
            log(f"search at {SEARCH_SCALE_ARTICLES:,} articles, uncached: p50 {p50:.1f} ms, p99 {p99:.1f} ms")
            figures["search p50, 100,000 articles, ms"].append(p50)
        missed += targets_met(backend, figures)
        missed += bench_documents(env)
        if backend == "postgres" and not args.no_portals:
            missed += judge_portals(bench_portals(env, found, args.seconds))
    print()
    print(f"machine: {platform.node()}, {os.cpu_count()} cores, {platform.platform()}")
    print("all targets met" if not missed else f"{missed} target(s) missed")


if __name__ == "__main__":
    main()
