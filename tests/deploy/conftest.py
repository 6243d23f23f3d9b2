"""The production shape, on this machine: nginx running the repository's own
site file (deploy/nginx.conf) in front of two gunicorn app servers that share
the suite's PostgreSQL database, its Redis and an S3 bucket (moto)."""

import os
import re
import shutil
import signal
import subprocess
import urllib.parse
from pathlib import Path

import pytest
from django.db import connection

from tests.reliability.conftest import ROOT, Gunicorn
from tests.reliability.load import connect, fetch
from tests.services import free_port, wait_until

NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.path.exists(p)), None)
SITE_FILE = ROOT / "deploy" / "nginx.conf"


def render_site(values):
    """deploy/nginx.conf with its @NAME@ placeholders filled in; nothing else changes."""
    text = SITE_FILE.read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    assert not re.search(r"@[A-Z0-9_]+@", text), "every placeholder is filled"
    return text


class Nginx:
    """nginx in the foreground with a minimal main configuration around the site file."""

    def __init__(self, folder, upstreams, media_root):
        self.folder = Path(folder)
        self.http_port, self.https_port = free_port(), free_port()
        self.https = f"https://127.0.0.1:{self.https_port}"
        self.http = f"http://127.0.0.1:{self.http_port}"
        certificate, key = self.folder / "site.crt", self.folder / "site.key"
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=127.0.0.1",
                "-keyout",
                str(key),
                "-out",
                str(certificate),
            ],
            check=True,
            capture_output=True,
        )
        (self.folder / "site.conf").write_text(
            render_site(
                {
                    "APP_SERVER_1": upstreams[0],
                    "APP_SERVER_2": upstreams[1],
                    "HTTP_LISTEN": f"127.0.0.1:{self.http_port}",
                    "HTTPS_LISTEN": f"127.0.0.1:{self.https_port}",
                    "SERVER_NAME": "127.0.0.1",
                    "MEDIA_ROOT": str(media_root),
                    "EDGE_CACHE": str(self.folder / "edge-cache"),
                    "TLS_CERTIFICATE": str(certificate),
                    "TLS_KEY": str(key),
                }
            )
        )
        temp = self.folder / "temp"
        temp.mkdir()
        (self.folder / "nginx.conf").write_text(f"""
user root;
worker_processes 1;
daemon off;
pid {self.folder}/nginx.pid;
error_log {self.folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {self.folder}/site.conf;
}}
""")
        self.process = subprocess.Popen(
            [NGINX, "-p", str(self.folder), "-c", str(self.folder / "nginx.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_until(lambda: fetch(self.https, "GET", "/healthz")[0] == 200, "nginx", process=self.process)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Deployment:
    def __init__(self, folder, moto_server):
        self.folder = Path(folder)
        self.bucket = moto_server.create_bucket(f"newsroom-deploy-{free_port()}")
        self.bucket_url = f"{moto_server.endpoint}/{self.bucket}/"
        self.media_root = self.folder / "media"
        self.media_root.mkdir()
        self.env = {**moto_server.environment(self.bucket), "NEWSROOM_TRUSTED_PROXY_COUNT": "1"}
        self.apps = [self.start_app(n) for n in range(2)]
        self.nginx = Nginx(
            self.folder / "nginx", [f"127.0.0.1:{app.port}" for app in self.apps], self.media_root
        )
        self.url = self.nginx.https

    def start_app(self, number, port=None):
        (self.folder / "nginx").mkdir(exist_ok=True)
        return Gunicorn(2, self.env, self.media_root, self.folder / f"app-{number}.log", port=port)

    def restart_app(self, number):
        """Bring a killed app server back on its port, as systemd would."""
        self.apps[number] = self.start_app(number, port=self.apps[number].port)

    def stop(self):
        self.nginx.stop()
        for app in self.apps:
            app.stop()


@pytest.fixture(scope="module")
def deployment(django_db_setup, django_db_blocker, moto_server, tmp_path_factory):
    if NGINX is None:
        pytest.skip("nginx is not installed (apt-get install nginx; .ci/run installs it)")
    if connection.vendor != "postgresql":
        pytest.skip("two app servers share one database: needs a PostgreSQL DATABASE_URL (CI's second pass)")
    site = Deployment(tmp_path_factory.mktemp("deploy"), moto_server)
    yield site
    site.stop()


class Browser:
    """One person's cookies against one server, sent from `source` (a loopback
    address): GET pages, POST forms with the CSRF token."""

    def __init__(self, base, source=None):
        self.base, self.source = base, source
        self.cookies = {}

    def request(self, method, path, data=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = self.base + path
        conn = connect(self.base, self.source, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            for value in response.msg.get_all("Set-Cookie") or []:
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
            return response.status, response.getheader("Location", ""), response.read().decode()
        finally:
            conn.close()

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, data):
        return self.request("POST", path, data)

    def log_in(self, username, password="test-pass-123"):
        self.get("/quan-tri/login/")
        status, _location, text = self.post("/quan-tri/login/", {"username": username, "password": password})
        assert status == 302, (
            f"login through {self.base} failed: {status} {re.findall(r'errornote[^<]*<[^<]*', text, re.S)}"
        )
        return self
