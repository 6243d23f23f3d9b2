"""Simulated readers and commenters for the load and fault tests.

Readers loop over pages; commenters do what a person does: fetch a captcha
(the JSON endpoint), read it (here: its answer from the database), wait the
form's minimum time, post. Every answer is tallied; a commenter's posts are
remembered by their unique body, so the test can compare them with what was stored.
"""

import collections
import http.client
import itertools
import json
import re
import ssl
import threading
import time
import urllib.parse

from django.db import DatabaseError, connection

# A little over the comment form's minimum time from captcha to post (3 s).
THINKING_SECONDS = 3.2
ERROR = "error"  # no HTTP answer at all: connection refused or reset, timeout


def connect(base, source=None, timeout=60):
    """An HTTP(S) connection to `base`, sent from the loopback address `source`."""
    address = urllib.parse.urlsplit(base)
    options = {"timeout": timeout, "source_address": (source, 0) if source else None}
    if address.scheme == "https":
        return http.client.HTTPSConnection(
            address.hostname, address.port, context=ssl._create_unverified_context(), **options
        )
    return http.client.HTTPConnection(address.hostname, address.port, **options)


def fetch(base, method, path, body=None, headers=None, source=None):
    """(status, headers, text) of one request, or (ERROR, {}, reason).

    `base` may be https:// (the deployment test's nginx, with a certificate of
    its own making); `source` is the loopback address to send from."""
    conn = connect(base, source)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException) as error:
        return ERROR, {}, type(error).__name__
    finally:
        conn.close()


class CaptchaAnswers:
    """Reads captcha answers from the test database through one connection of its own,
    shared by every commenter thread (one lock; not 50 connections)."""

    def __init__(self):
        self.connection = connection.copy()
        self.connection.inc_thread_sharing()
        self.lock = threading.Lock()

    def __call__(self, key):
        with self.lock:
            try:
                with self.connection.cursor() as cursor:
                    cursor.execute("SELECT response FROM captcha_captchastore WHERE hashkey = %s", [key])
                    row = cursor.fetchone()
            except DatabaseError:
                self.connection.close()  # the database restarted: reconnect next time
                return None
        return row[0] if row else None

    def close(self):
        self.connection.close()
        self.connection.dec_thread_sharing()


class CaptchaAnswersAt:
    """CaptchaAnswers for a database the suite did not make through Django (a
    cluster of a test's own): one psycopg connection, reopened after a restart."""

    def __init__(self, url):
        self.url = url
        self.connection = None
        self.lock = threading.Lock()

    def query(self, sql, params=()):
        import psycopg

        with self.lock:
            try:
                if self.connection is None or self.connection.closed:
                    self.connection = psycopg.connect(self.url, autocommit=True, connect_timeout=2)
                return self.connection.execute(sql, params).fetchall()
            except psycopg.Error:
                self.close()
                return None

    def __call__(self, key):
        rows = self.query("SELECT response FROM captcha_captchastore WHERE hashkey = %s", [key])
        return rows[0][0] if rows else None

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def make_site():
    """Three sections of five published articles; the pages readers loop over."""
    from tests.factories import make_article, make_section

    articles = [
        make_article(title=f"Tin {section_number}-{n} của quận", section=section)
        for section_number, section in enumerate(make_section() for _ in range(3))
        for n in range(5)
    ]
    target = articles[0]
    return {
        "reader_paths": ["/"]
        + [article.get_absolute_url() for article in articles]
        + [article.section.get_absolute_url() for article in articles[::5]],
        "article": {"url": target.get_absolute_url(), "post_url": f"/binh-luan/{target.pk}/gui/"},
    }


class Tally:
    """Every answer the simulated people got, by kind of request and status."""

    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.Counter()
        self.posts = collections.defaultdict(list)  # status -> bodies posted
        self.timeline = []  # (seconds since start, kind, status)
        self.pages = {}  # status -> the first page answered with it
        self.failures = []  # (seconds since start, kind, why): requests that got no answer
        self.started = time.monotonic()

    def count(self, kind, status, body=None, page=""):
        with self.lock:
            self.statuses[kind, status] += 1
            if page:  # a captcha that was issued brings no page to keep
                self.pages.setdefault(status, page)
            moment = time.monotonic() - self.started
            self.timeline.append((moment, kind, status))
            if status == ERROR:
                self.failures.append((moment, kind, page))
            if body is not None:
                self.posts[status].append(body)

    def of(self, kind=None):
        return collections.Counter(
            {status: n for (k, status), n in self.statuses.items() if kind in (None, k)}
        )

    def requests(self):
        return sum(self.statuses.values())

    def server_errors(self):
        return {
            (kind, status): n
            for (kind, status), n in self.statuses.items()
            if status == ERROR or (isinstance(status, int) and status >= 500)
        }

    def summary(self):
        kinds = sorted({kind for kind, _status in self.statuses})
        parts = [f"{kind}: {dict(sorted(self.of(kind).items(), key=str))}" for kind in kinds]
        return f"{self.requests()} requests; " + "; ".join(parts)


def reader(base, paths, tally, stop):
    for path in itertools.cycle(paths):
        if stop.is_set():
            return
        status, _headers, text = fetch(base, "GET", path)
        tally.count("read", status, page=text)


_addresses = itertools.count(1)
_address_lock = threading.Lock()


def next_address():
    """A fresh reader address for each post (sent as X-Forwarded-For through
    one trusted proxy), so the flood limit of one address never applies."""
    with _address_lock:
        n = next(_addresses)
    return f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"


def next_loopback_address():
    """A fresh loopback address to send a post from: through a proxy that
    appends the real address (nginx), each post then comes from its own reader."""
    with _address_lock:
        n = next(_addresses)
    return f"127.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255 or 1}"


def commenter(base, number, article, answers, tally, stop, from_loopback=False):
    """Read the article, then post comments as its form's script does: each
    captcha comes with the CSRF token (the shared article page carries none).

    Each post comes from an address of its own: named in X-Forwarded-For as if
    by a trusted proxy, or `from_loopback`, sent from that address for real."""
    status, _headers, _text = fetch(base, "GET", article["url"])
    if status != 200:
        tally.count("article-for-form", status)
        return
    cookie = ""
    for attempt in itertools.count(1):
        if stop.is_set():
            return
        # Each captcha from another address too: one address gets a limited number.
        status, headers, text = fetch(
            base,
            "GET",
            "/binh-luan/ma-xac-nhan/",
            None,
            {"X-Forwarded-For": next_address(), **({"Cookie": f"csrftoken={cookie}"} if cookie else {})},
        )
        tally.count("captcha", status, page="" if status == 200 else text)
        if status != 200:
            continue
        captcha = json.loads(text)
        key, token = captcha["key"], captcha["csrf_token"]
        new_cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", ""))
        if new_cookie:
            cookie = new_cookie.group(1)
        issued = time.monotonic()
        answer = answers(key)
        if answer is None:
            tally.count("captcha-answer", "unreadable")
            continue
        if stop.wait(max(0.0, issued + THINKING_SECONDS - time.monotonic())):
            return
        body = f"Ý kiến số {attempt} của bạn đọc {number}: đề nghị phường giữ đường sạch."
        form = urllib.parse.urlencode(
            {
                "name": f"Bạn đọc {number}",
                "phone": "",
                "title": f"Góp ý {number}-{attempt}",
                "body": body,
                "captcha_key": key,
                "captcha": answer,
                "website": "",
                "started": captcha["started"],
                "csrfmiddlewaretoken": token,
            }
        )
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            "Referer": base + article["url"],  # as a browser sends it; HTTPS requires it
        }
        if from_loopback:
            source = next_loopback_address()
        else:
            source, headers["X-Forwarded-For"] = None, next_address()
        status, _headers, text = fetch(base, "POST", article["post_url"], form, headers, source=source)
        tally.count("post", status, body, page=text)


def run_load(
    base, *, readers, commenters, seconds, reader_paths, article, answers, during=None, from_loopback=False
):
    """Run the readers and commenters for `seconds`; `during(tally)`, if given,
    runs in this thread meanwhile (the fault to inject). Returns the tally."""
    tally = Tally()
    stop = threading.Event()
    threads = [
        threading.Thread(
            target=reader, args=(base, reader_paths[n % len(reader_paths) :] + reader_paths, tally, stop)
        )
        for n in range(readers)
    ] + [
        threading.Thread(target=commenter, args=(base, n, article, answers, tally, stop, from_loopback))
        for n in range(commenters)
    ]
    for thread in threads:
        thread.start()
    try:
        if during:
            during(tally)
        stop.wait(max(0.0, tally.started + seconds - time.monotonic()))
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    return tally
