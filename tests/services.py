"""Copies of services that tests start for themselves, each on a free port in a
temporary folder, and stop afterwards: an S3 endpoint (moto), a Redis, a
PostgreSQL cluster. The machine's own services are never touched."""

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(ready, what, seconds=30, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if ready():
            return
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within {seconds} s")


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def public_read_policy(bucket):
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/*",
            }
        ],
    }


class MotoServer:
    """moto's S3-compatible HTTP server; `create_bucket()` makes a public-read bucket."""

    ACCESS_KEY = "moto-test-key"
    SECRET_KEY = "moto-test-secret"

    def __init__(self, log_path):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.log = open(log_path, "w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_until(self._answers, "moto_server", process=self.process)

    def _answers(self):
        try:
            with urllib.request.urlopen(self.endpoint + "/moto-api/", timeout=1):
                return True
        except OSError:
            return False

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=self.ACCESS_KEY,
            aws_secret_access_key=self.SECRET_KEY,
        )

    def create_bucket(self, name):
        """A bucket whose files anyone may read, as docs/deploying.md sets it up."""
        client = self.client()
        client.create_bucket(Bucket=name)
        client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_read_policy(name)))
        return name

    def object_names(self, bucket):
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket)
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def storage_options(self, bucket, **extra):
        """STORAGES["default"]["OPTIONS"] for this bucket, as settings.py builds them."""
        return {
            "bucket_name": bucket,
            "endpoint_url": self.endpoint,
            "region_name": "us-east-1",
            "access_key": self.ACCESS_KEY,
            "secret_key": self.SECRET_KEY,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
            **extra,
        }

    def environment(self, bucket):
        """The variables a server process needs to keep its media in the bucket."""
        return {
            "DJANGO_MEDIA_STORAGE": "s3",
            "DJANGO_S3_BUCKET": bucket,
            "DJANGO_S3_ENDPOINT_URL": self.endpoint,
            "DJANGO_S3_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": self.ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": self.SECRET_KEY,
        }

    def stop(self):
        stop(self.process)
        self.log.close()


class RedisServer:
    """A redis-server of our own: no persistence, `shutdown()` and `start()` at will."""

    def __init__(self, folder, *options):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.folder = Path(folder)
        self.options = options
        self.process = None
        self.start()

    def cli(self, *args):
        return subprocess.run(
            ["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True, timeout=10
        )

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
                *self.options,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(lambda: self.cli("ping").stdout.strip() == "PONG", "redis-server", process=self.process)

    def shutdown(self):
        self.cli("shutdown", "nosave")
        self.process.wait(timeout=10)

    def stop(self):
        stop(self.process)


def postgresql_bin(name):
    """A PostgreSQL server program: on PATH, or in Debian's versioned folder."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


class PostgresCluster:
    """A PostgreSQL cluster of our own (initdb + pg_ctl) with trust authentication.

    PostgreSQL refuses to run as root, so as root the cluster belongs to the
    `postgres` system user and the programs run as that user.
    """

    def __init__(self):
        self.port = free_port()
        # Its own folder under /tmp: pytest's tmp_path is closed to other users.
        self.folder = Path(tempfile.mkdtemp(prefix="newsroom-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "postgresql.log"
        self.as_user = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self._run(
            postgresql_bin("initdb"),
            "-D",
            self.data,
            "-U",
            "postgres",
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        self.start()

    def _run(self, *command):
        return subprocess.run(
            [*self.as_user, *map(str, command)], check=True, capture_output=True, text=True, timeout=60
        )

    def url(self, database="postgres"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def start(self):
        self._run(
            postgresql_bin("pg_ctl"),
            "-D",
            self.data,
            "-l",
            self.log,
            "-w",
            "-o",
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        )

    def restart(self):
        self._run(postgresql_bin("pg_ctl"), "-D", self.data, "-l", self.log, "-m", "fast", "-w", "restart")

    def stop(self):
        try:
            self._run(postgresql_bin("pg_ctl"), "-D", self.data, "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def redis_snapshot(url):
    """What shows that a Redis was neither restarted nor emptied: its run_id,
    and whether a sentinel key set by `plant_sentinel` is still there."""
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        return {"run_id": client.info("server")["run_id"], "sentinel": client.exists(SENTINEL)}
    except redis.exceptions.ConnectionError:
        return None
    finally:
        client.close()


# One name per run: two suites on one machine must not take each other's sentinel away.
SENTINEL = f"newsroom-suite-sentinel:{os.getpid()}:{os.urandom(4).hex()}"


def plant_sentinel(url):
    import redis

    with redis.Redis.from_url(url, socket_connect_timeout=1) as client:
        client.set(SENTINEL, "1", ex=3 * 60 * 60)


def remove_sentinel(url):
    import redis

    with redis.Redis.from_url(url, socket_connect_timeout=1) as client:
        client.delete(SENTINEL)


def postgresql_snapshot(url):
    """The server's start time and its databases: a restart or a dropped
    database changes them."""
    import psycopg

    try:
        with psycopg.connect(url, dbname="postgres", connect_timeout=2) as connection:
            started = connection.execute("SELECT pg_postmaster_start_time()").fetchone()[0]
            names = connection.execute("SELECT datname FROM pg_database").fetchall()
    except psycopg.OperationalError:
        return None
    return {"started": started, "databases": {name for (name,) in names}}
