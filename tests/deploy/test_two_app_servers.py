"""nginx (deploy/nginx.conf) in front of two gunicorn app servers sharing
PostgreSQL, Redis and an S3 bucket: what one server writes the other shows at
once, one server can die under load, media never go through Django, the flood
limit sees the real client, and slow clients do not starve the app servers."""

import gzip
import json
import socket
import ssl
import threading
import time
import urllib.request

import pytest
from django.conf import global_settings
from django.core.files.base import ContentFile

from articles import images
from comments.models import Comment
from newsroom.portals import UNKNOWN_HOST_RELOAD
from tests.deploy.conftest import Browser
from tests.editing.test_admin_permissions import article_form
from tests.editing.test_image_upload import picture
from tests.factories import make_article, make_section, make_user
from tests.factories import make_site as make_site_portal
from tests.reliability.load import ERROR, CaptchaAnswers, connect, fetch, make_site, run_load
from tests.services import wait_until

pytestmark = pytest.mark.django_db(transaction=True)

# What a read cut short by the crash looks like to the reader (http.client's
# names): the headers came, the body stopped; or the connection closed unanswered.
CUT_SHORT = {"IncompleteRead", "RemoteDisconnected", "ConnectionResetError"}
# Reads that started before the kill end within this many seconds of it.
IN_FLIGHT_SECONDS = 2


@pytest.fixture
def staff(settings):
    """A superuser whose password the app servers can check (their own hashers)."""
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    return make_user("bientap", is_superuser=True)


@pytest.fixture
def answers():
    reader = CaptchaAnswers()
    yield reader
    reader.close()


@pytest.fixture
def bucket_media(deployment, settings, moto_server):
    """This process stores media where the app servers do: the deployment's bucket."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": moto_server.storage_options(deployment.bucket),
        },
    }
    settings.MEDIA_URL = deployment.bucket_url


def post_comment(browser, article, answers, body, headers=None):
    """What a reader does: fetch the captcha, read it, wait as a person would, post."""
    status, _location, text = browser.get("/binh-luan/ma-xac-nhan/")
    assert status == 200
    captcha = json.loads(text)
    time.sleep(3.2)  # the form's minimum time from being shown to the post
    form = {
        "name": "Bạn đọc Hòa",
        "phone": "",
        "title": "Góp ý",
        "body": body,
        "captcha_key": captcha["key"],
        "captcha": answers(captcha["key"]),
        "website": "",
        "started": captcha["started"],
    }
    return browser.request("POST", f"/binh-luan/{article.pk}/gui/", form, headers)


def test_plain_http_redirects_to_https_except_the_health_check(deployment):
    status, headers, _text = fetch(deployment.nginx.http, "GET", "/tin-tuc/")
    assert status == 301 and headers["Location"].startswith("https://127.0.0.1")
    assert fetch(deployment.nginx.http, "GET", "/healthz")[0] == 200


def test_comment_posted_through_one_and_approved_through_the_other_shows_on_both(deployment, answers, staff):
    article = make_article(title="Phường ra quân dọn kênh")
    first, second = (app.url for app in deployment.apps)
    assert post_comment(Browser(first), article, answers, "Rất cảm ơn các bạn trẻ.")[0] == 302
    comment = Comment.objects.get()
    for server in (first, second):
        assert "Rất cảm ơn các bạn trẻ." not in fetch(server, "GET", article.get_absolute_url())[2]

    moderator = Browser(second).log_in("bientap")
    action = {"action": "approve_comments", "_selected_action": comment.pk, "index": 0}
    assert moderator.post("/quan-tri/comments/comment/", action)[0] == 302

    for server in (first, second, deployment.url):
        assert "Rất cảm ơn các bạn trẻ." in fetch(server, "GET", article.get_absolute_url())[2], server


def test_article_edited_through_one_shows_through_the_other(deployment, staff):
    article = make_article(title="Chợ phường mở cửa lại")
    first, second = (app.url for app in deployment.apps)
    for server in (first, second):
        assert "Chợ phường mở cửa lại" in fetch(server, "GET", article.get_absolute_url())[2]

    editor = Browser(first).log_in("bientap")
    form = article_form(
        article.section,
        title="Chợ phường mở cửa từ sáng mai",
        slug=article.slug,
        status="published",
        published_at_0="01/01/2024",
        published_at_1="08:00:00",
    )
    assert editor.post(f"/quan-tri/articles/article/{article.pk}/change/", form)[0] == 302

    page = fetch(second, "GET", article.get_absolute_url())[2]
    assert "Chợ phường mở cửa từ sáng mai" in page and "Chợ phường mở cửa lại" not in page


def test_one_app_server_killed_under_load_loses_no_accepted_comment(deployment, answers, record_property):
    """A crash can cut short only the answers the dead server was sending at that
    instant (nginx has passed their headers on and cannot ask the other server
    again); every read after that is answered by the other server."""
    site = make_site()
    killed = {}

    def kill_the_first_app_server(tally):
        time.sleep(4)
        killed["at"] = time.monotonic() - tally.started
        deployment.apps[0].kill()

    try:
        tally = run_load(
            deployment.url,
            readers=15,
            commenters=10,
            seconds=12,
            reader_paths=site["reader_paths"],
            article=site["article"],
            answers=answers,
            during=kill_the_first_app_server,
            from_loopback=True,
        )
    finally:
        deployment.restart_app(0)
    stored = list(Comment.objects.values_list("body", flat=True))
    record_property("deploy_kill_requests", tally.requests())
    print(f"\n[deploy kill] {tally.summary()}; stored {len(stored)}; cut short: {tally.failures}")

    answered = tally.posts.get(302, [])
    assert answered and set(answered) <= set(stored), "every post answered as accepted is stored"
    assert len(stored) == len(set(stored)), "no comment stored twice"
    cut_short = [(moment, why) for moment, kind, why in tally.failures if kind == "read"]
    assert all(killed["at"] <= moment < killed["at"] + IN_FLIGHT_SECONDS for moment, _why in cut_short), (
        "a read failed other than one in flight on the killed server",
        cut_short,
        killed["at"],
    )
    assert all(why in CUT_SHORT for _moment, why in cut_short), cut_short
    reads_later = [
        s for t, kind, s in tally.timeline if kind == "read" and t >= killed["at"] + IN_FLIGHT_SECONDS
    ]
    assert len(reads_later) > 50 and set(reads_later) == {200}, "readers kept getting pages"
    assert not [s for (kind, s) in tally.server_errors() if kind not in ("post", "read")], tally.summary()
    assert not [s for (kind, s) in tally.server_errors() if kind == "read" and s != ERROR], tally.summary()


def test_media_come_from_nginx_or_the_bucket_never_from_django(deployment, bucket_media):
    article = make_article(cover_image=ContentFile(picture(size=(1600, 1000)), name="x.jpg"), cover_alt="Ảnh")
    page = fetch(deployment.url, "GET", article.get_absolute_url())[2]
    largest = deployment.bucket_url + images.rendition_name(article.cover_image.name, 1200, "jpg")
    assert f'src="{largest}"' in page
    with urllib.request.urlopen(largest, timeout=10) as rendition:
        assert rendition.status == 200 and rendition.headers["Content-Type"] == "image/jpeg"

    # A site that keeps its media on the shared disk: nginx serves /media/ itself.
    folder = deployment.media_root / "uploads" / "cu"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "anh.jpg").write_bytes(picture())
    (folder / "trang.html").write_text("<script>alert(1)</script>")
    status, headers, _body = fetch(deployment.url, "GET", "/media/uploads/cu/anh.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    assert headers["X-Content-Type-Options"] == "nosniff" and "sandbox" in headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in headers, "Django's middleware never saw it"
    assert (
        fetch(deployment.url, "GET", "/media/uploads/cu/trang.html")[1]["Content-Type"]
        == "application/octet-stream"
    )
    assert fetch(deployment.apps[0].url, "GET", "/media/uploads/cu/anh.jpg")[0] == 404, (
        "Django does not serve media"
    )


def test_flood_limit_counts_the_real_client_address_behind_nginx(deployment, answers):
    article = make_article()
    reader = Browser(deployment.url, source="127.0.0.77")
    status, _location, text = post_comment(
        reader, article, answers, "Đề nghị lắp đèn đường.", {"X-Forwarded-For": "203.0.113.9"}
    )
    assert status == 302, text[-3000:]
    assert Comment.objects.get().ip_address == "127.0.0.77"


def slow_clients(base, count, seconds):
    """`count` clients that open a connection and send their headers a byte a second."""
    host, port = base.split("//")[1].split(":")
    context = ssl._create_unverified_context() if base.startswith("https") else None
    stop = threading.Event()
    sockets = []

    def crawl():
        try:
            raw = socket.create_connection((host, int(port)), timeout=5)
            sock = context.wrap_socket(raw, server_hostname=host) if context else raw
            sockets.append(sock)
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            while not stop.wait(1):
                sock.sendall(b"X")
        except OSError:
            pass

    threads = [threading.Thread(target=crawl) for _ in range(count)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)  # every client is connected and stalling
    return stop, threads, sockets


def healthz_within(base, seconds):
    """Whether /healthz answers 200 within `seconds` (a fresh connection)."""
    from tests.reliability.load import connect

    conn = connect(base, timeout=seconds)
    try:
        conn.request("GET", "/healthz")
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


@pytest.mark.parametrize("through_nginx", [True, False], ids=["nginx", "bare-gunicorn"])
def test_forty_slow_clients_do_not_stop_the_health_check_behind_nginx(deployment, through_nginx):
    base = deployment.url if through_nginx else deployment.apps[1].url
    stop, threads, sockets = slow_clients(base, 40, seconds=8)
    try:
        answered = [healthz_within(base, 3) for _ in range(3)]
    finally:
        stop.set()
        for sock in sockets:
            sock.close()
        for thread in threads:
            thread.join()
    if through_nginx:
        assert answered == [True] * 3
    else:
        assert answered == [False] * 3, "bare gunicorn's threads are all held by the slow clients"


def test_pages_feeds_and_json_are_sent_compressed_to_browsers_that_accept_it(deployment):
    article = make_article(title="Phường trồng thêm cây xanh")
    # The suite empties the database between tests under running servers: a
    # worker that read its list of portals while it was empty answers 400
    # until it reads it again (UNKNOWN_HOST_RELOAD). Wait for every worker to know it,
    # past the edge cache (a cookie of the kind it never answers).
    past_the_edge = {"Cookie": "csrftoken=sonde"}
    wait_until(
        lambda: all(
            fetch(deployment.url, "GET", article.get_absolute_url(), headers=past_the_edge)[0] == 200
            for _ in range(6)
        ),
        "the first portal on every app server worker",
        seconds=40,
    )
    for path in ("/", article.get_absolute_url(), "/rss/", "/binh-luan/ma-xac-nhan/"):
        conn = connect(deployment.url)
        try:
            conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
            response = conn.getresponse()
            raw = response.read()
        finally:
            conn.close()
        assert response.status == 200 and response.getheader("Content-Encoding") == "gzip", (
            path,
            response.status,
            response.getheader("X-Cache"),
        )
        body = gzip.decompress(raw).decode()
        varies = {name.strip() for value in response.headers.get_all("Vary") for name in value.split(",")}
        assert "Accept-Encoding" in varies, (path, varies)
        assert body.strip(), path


def test_two_portals_answer_through_nginx_each_on_its_own_domain(deployment):
    """A ward added while the servers run answers on its domain through nginx
    (each worker reads its list of portals again for a host it does not know)
    with its own stories only; the first portal keeps its own; a host that is
    no portal's gets 400."""
    ward = make_site_portal(
        "phuong-qua-nginx.example.vn", "Cổng thông tin điện tử phường Qua Nginx", short_name="QN"
    )
    make_article(title="Tin của quận qua nginx")
    story = make_article(title="Tin của phường qua nginx", section=make_section(site=ward))
    ward_host = {"Host": "phuong-qua-nginx.example.vn"}

    # Every worker of both servers knows it once UNKNOWN_HOST_RELOAD seconds have
    # passed. Asked past the edge cache (a cookie of the kind it never answers),
    # so that the requests reach the app servers' workers rather than one kept page.
    past_the_edge = {**ward_host, "Cookie": "csrftoken=sonde"}
    time.sleep(UNKNOWN_HOST_RELOAD + 0.5)
    for _ in range(12):
        assert "Tin của phường qua nginx" in fetch(deployment.url, "GET", "/", headers=past_the_edge)[2]
    ward_home = fetch(deployment.url, "GET", "/", headers=ward_host)[2]
    assert "Tin của quận qua nginx" not in ward_home and "Qua Nginx" in ward_home
    first_home = fetch(deployment.url, "GET", "/")[2]
    assert "Tin của quận qua nginx" in first_home and "Tin của phường qua nginx" not in first_home
    page = fetch(deployment.url, "GET", story.get_absolute_url(), headers=ward_host)[2]
    assert '<link rel="canonical" href="https://phuong-qua-nginx.example.vn' in page
    assert fetch(deployment.url, "GET", story.get_absolute_url())[0] == 404
    assert fetch(deployment.url, "GET", "/", headers={"Host": "khong-co.example.vn"})[0] == 400
