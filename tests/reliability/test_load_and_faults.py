"""Under gunicorn with several workers: readers and commenters at once, then a
killed worker, a stopped Redis, a restarted PostgreSQL. No 5xx but clean 503s,
no comment lost or doubled, and the site recovers by itself.

The Redis that stops and the PostgreSQL that restarts are the test's own
(tests/services.py, on free ports): the machine's shared services are never touched.

NEWSROOM_LOAD_SECONDS sets the length of the main load test (default 60).
Every test prints its figures (run with -s to see them) and records them as
test properties (in a --junitxml report).
"""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from django.db import connection

from comments.models import Comment
from tests import services
from tests.reliability.conftest import ROOT
from tests.reliability.load import ERROR, CaptchaAnswers, CaptchaAnswersAt, fetch, make_site, run_load

pytestmark = [pytest.mark.reliability, pytest.mark.django_db(transaction=True)]

LOAD_SECONDS = int(os.environ.get("NEWSROOM_LOAD_SECONDS", "60"))
WORKERS = 4
# Each post comes through "our proxy" from an address of its own (load.next_address).
SERVER_ENV = {"NEWSROOM_TRUSTED_PROXY_COUNT": "1"}


@pytest.fixture
def site():
    return make_site()


@pytest.fixture
def answers():
    reader = CaptchaAnswers()
    yield reader
    reader.close()


def stored_bodies():
    connection.close()  # after a database restart this process reconnects too
    return list(Comment.objects.values_list("body", flat=True))


def report(record_property, name, tally, stored, vendor=None, **extra):
    posted = tally.posts.get(302, [])
    figures = {
        "requests": tally.requests(),
        "server_errors": sum(tally.server_errors().values()),
        "posts_answered_302": len(posted),
        "comments_stored": len(stored),
        **extra,
    }
    for key, value in figures.items():
        record_property(f"{name}_{key}", value)
    print(f"\n[{name} on {vendor or connection.vendor}] {figures}\n  {tally.summary()}")


def assert_none_lost_none_doubled(tally, stored):
    answered = tally.posts.get(302, [])
    assert len(stored) == len(set(stored)), "a comment was stored twice"
    assert set(answered) <= set(stored), "a post answered with success is missing"
    return answered


def test_readers_and_commenters_together_get_no_errors_and_lose_no_comment(
    gunicorn, site, answers, record_property
):
    server = gunicorn(workers=WORKERS, **SERVER_ENV)
    tally = run_load(
        server.url,
        readers=200,
        commenters=50,
        seconds=LOAD_SECONDS,
        reader_paths=site["reader_paths"],
        article=site["article"],
        answers=answers,
    )
    stored = stored_bodies()
    report(record_property, "load", tally, stored, seconds=LOAD_SECONDS)

    assert tally.server_errors() == {}
    assert tally.of("read") == {200: tally.of("read").total()}
    assert tally.of("post") == {302: len(tally.posts[302])}, "every post was answered with success"
    answered = assert_none_lost_none_doubled(tally, stored)
    assert sorted(stored) == sorted(answered)
    assert len(answered) > 0


def test_worker_killed_during_comment_posts_leaves_no_partial_comment(
    gunicorn, site, answers, record_property
):
    server = gunicorn(workers=WORKERS, **SERVER_ENV)
    killed = []

    def kill_a_worker_mid_posts(tally):
        deadline = time.monotonic() + 20
        while tally.of("post").total() < 20:  # posting is in full swing
            assert time.monotonic() < deadline, f"posting never got going: {tally.summary()}"
            time.sleep(0.05)
        victim = server.worker_pids()[0]
        os.kill(victim, signal.SIGKILL)
        killed.append((victim, len(tally.timeline)))

    tally = run_load(
        server.url,
        readers=20,
        commenters=50,
        seconds=12,
        reader_paths=site["reader_paths"],
        article=site["article"],
        answers=answers,
        during=kill_a_worker_mid_posts,
    )
    stored = stored_bodies()
    report(record_property, "kill", tally, stored, killed_pid=killed[0][0])

    assert_none_lost_none_doubled(tally, stored)
    sent = set().union(*tally.posts.values())
    assert set(stored) <= sent
    unanswered = len(tally.posts.get(ERROR, []))
    assert len(stored) <= len(tally.posts[302]) + unanswered
    for comment in Comment.objects.all():
        number, attempt = comment.title.removeprefix("Góp ý ").split("-")
        assert comment.name == f"Bạn đọc {number}"
        assert comment.body.startswith(f"Ý kiến số {attempt} của bạn đọc {number}:"), (
            "a whole comment or none"
        )
    after_kill = tally.timeline[killed[0][1] :]
    assert not [entry for entry in after_kill if entry[2] != ERROR and entry[2] >= 500]
    assert sum(1 for _t, _kind, status in after_kill if status in (200, 302)) > 50, "the site kept answering"
    assert server.worker_pids() and len(server.worker_pids()) == WORKERS, "gunicorn replaced the worker"
    assert fetch(server.url, "GET", "/")[0] == 200


@pytest.fixture
def own_redis(tmp_path):
    server = services.RedisServer(tmp_path)
    yield server
    server.stop()


def load_with_fault(server, site, answers, fault):
    """A shorter load (50 readers, 30 commenters, 14 s) while `fault(tally)` runs."""
    return run_load(
        server.url,
        readers=50,
        commenters=30,
        seconds=14,
        reader_paths=site["reader_paths"],
        article=site["article"],
        answers=answers,
        during=fault,
    )


def health(server):
    status, _headers, text = fetch(server.url, "GET", "/healthz")
    return status, text


def test_redis_stopped_during_load_pages_and_comments_keep_working(
    gunicorn, site, answers, own_redis, record_property
):
    server = gunicorn(workers=WORKERS, REDIS_URL=own_redis.url, **SERVER_ENV)
    outage = {}

    def stop_redis_then_bring_it_back(tally):
        time.sleep(2)
        try:
            own_redis.shutdown()
            outage["from"] = len(tally.timeline)
            time.sleep(5)
            outage["health_during"] = [health(server) for _ in range(WORKERS * 2)]
        finally:
            own_redis.start()
        outage["to"] = len(tally.timeline)

    tally = load_with_fault(server, site, answers, stop_redis_then_bring_it_back)
    recovered = wait_for(lambda: all('"cache": "ok"' in health(server)[1] for _ in range(WORKERS * 2)))
    stored = stored_bodies()
    during = tally.timeline[outage["from"] : outage["to"]]
    report(record_property, "redis", tally, stored, requests_during_outage=len(during))

    assert tally.server_errors() == {}
    assert {status for _t, kind, status in during if kind == "read"} == {200}
    assert 302 in {status for _t, kind, status in during if kind == "post"}, (
        "comments were posted during the outage"
    )
    assert all(status == 200 and '"cache": "unavailable"' in text for status, text in outage["health_during"])
    assert recovered, "the cache came back by itself"
    assert sorted(stored) == sorted(assert_none_lost_none_doubled(tally, stored))
    log = server.read_log()
    # Each worker logs the outage once and its end once (a worker may see Redis
    # flap while it restarts: another pair); never once per request.
    downs, backs = log.count("serving without cache"), log.count("is back, caching again")
    assert 1 <= downs <= backs + WORKERS, (downs, backs)
    assert downs * 10 < len(during), "logged per outage, not per request"


def wait_for(condition, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def own_postgresql():
    """A PostgreSQL cluster of the test's own, holding a migrated site with the
    same articles as `site`; yields (cluster, database URL, site)."""
    if not services.postgresql_bin("initdb"):
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL's initdb and pg_ctl are needed (Debian package postgresql)")
        pytest.skip("PostgreSQL's initdb and pg_ctl are not installed")
    cluster = services.PostgresCluster()
    try:
        subprocess.run(
            [
                *cluster.as_user,
                services.postgresql_bin("createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(cluster.port),
                "-U",
                "postgres",
                "newsroom",
            ],
            check=True,
            capture_output=True,
            timeout=30,
        )
        url = cluster.url("newsroom")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_URL"))}
        env.update(
            DATABASE_URL=url,
            DJANGO_SECRET_KEY="reliability-test-" + "s" * 40,
            DJANGO_SETTINGS_MODULE="newsroom.settings",
        )
        migrate = [sys.executable, "manage.py", "migrate", "--noinput"]
        subprocess.run(migrate, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        seed = "import django, json; django.setup(); from tests.reliability.load import make_site; print(json.dumps(make_site()))"
        made = subprocess.run(
            [sys.executable, "-c", seed],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
        yield cluster, url, json.loads(made.stdout)
    finally:
        cluster.stop()


def test_postgresql_restarted_during_load_fails_cleanly_and_recovers(
    gunicorn, own_postgresql, record_property
):
    cluster, url, site = own_postgresql
    server = gunicorn(workers=WORKERS, DATABASE_URL=url, **SERVER_ENV)
    answers = CaptchaAnswersAt(url)
    restart = {}

    def restart_the_database(tally):
        time.sleep(3)
        restart["from"] = len(tally.timeline)
        cluster.restart()
        restart["to"] = len(tally.timeline)

    try:
        tally = load_with_fault(server, site, answers, restart_the_database)
        recovered = wait_for(lambda: all(health(server)[0] == 200 for _ in range(WORKERS * 2)))
        after = [fetch(server.url, "GET", path)[0] for path in site["reader_paths"] * 2]
        stored = [body for (body,) in answers.query("SELECT body FROM comments_comment")]
    finally:
        answers.close()
    report(
        record_property,
        "postgresql",
        tally,
        stored,
        vendor="its own PostgreSQL cluster",
        requests_during_restart=restart["to"] - restart["from"],
        answered_503=tally.of()[503],
    )

    assert not [key for key in tally.server_errors() if key[1] != 503], "only clean 503s, never a 500"
    if tally.of()[503]:
        assert "Trang tạm thời gián đoạn" in tally.pages[503] and "Traceback" not in tally.pages[503]
    assert recovered and after == [200] * len(after), "the site recovered by itself"
    answered = assert_none_lost_none_doubled(tally, stored)
    assert len(stored) <= len(answered) + len(tally.posts.get(503, [])) + len(tally.posts.get(ERROR, []))
