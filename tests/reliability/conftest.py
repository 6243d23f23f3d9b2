"""A real gunicorn with several workers, serving the test database."""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from tests.services import free_port

ROOT = Path(__file__).resolve().parents[2]


def test_database_url():
    """The URL of the database pytest-django made, for processes of our own."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user = settings.get("USER") or "postgres"
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


class Gunicorn:
    """gunicorn serving the test database; `kill_worker()` SIGKILLs one worker."""

    def __init__(self, workers, extra_env, media_root, log_path, port=None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        env.update(
            DJANGO_DEBUG="0",
            DJANGO_SECRET_KEY="reliability-test-" + "s" * 40,
            DJANGO_STATIC_MANIFEST="0",
            DJANGO_MEDIA_ROOT=str(media_root),
            DATABASE_URL=test_database_url(),
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            GUNICORN_WORKERS=str(workers),
            GUNICORN_LOG_LEVEL="warning",
            GUNICORN_MAX_REQUESTS="0",
        )
        env.update(extra_env)
        # A file, not a pipe: nobody reads a pipe during the test, and a full
        # one would block the workers as soon as they log enough.
        self.log_path = log_path
        with open(log_path, "w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "newsroom.wsgi"],
                cwd=ROOT,
                env=env,
                start_new_session=True,
                stdout=log,
                stderr=subprocess.STDOUT,
                text=True,
            )
        self.wait_until_up()

    def wait_until_up(self, seconds=30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError("gunicorn exited:\n" + self.read_log()) from None
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not answer /healthz")

    def worker_pids(self):
        out = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(self.process.pid)],
            capture_output=True,
            text=True,
        ).stdout
        return [int(pid) for pid in out.split()]

    def kill(self):
        """SIGKILL the whole server, master and workers, as a crashed machine would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        return self.read_log()

    def read_log(self):
        return Path(self.log_path).read_text()


@pytest.fixture
def gunicorn(tmp_path):
    """Start gunicorn(workers=4, **env); every server is stopped after the test."""
    servers = []

    def start(workers=4, **extra_env):
        server = Gunicorn(workers, extra_env, tmp_path / "media", tmp_path / f"gunicorn-{len(servers)}.log")
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.log = server.stop()
