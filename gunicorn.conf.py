"""gunicorn settings, read automatically when gunicorn starts in this folder.

Every value can be changed from the environment; see docs/deploying.md.
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# One thread: gunicorn's sync worker, one request at a time per process, with
# nginx in front buffering slow clients (docs/deploying.md). A number above 1
# gives the threaded worker, which keeps a client's connection open between
# requests; the benchmark found it uneven: a process holds the connections it
# accepted, so one process can end up serving every client while the other
# waits (docs/benchmarks.md).
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# Requests that hang longer than this are cut off and the worker replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5  # seconds a kept-alive connection waits (threaded worker only)
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# The tail (docs/benchmarks.md#the-tail): a worker's full garbage collection
# walked every object Django, the apps and their caches had made, 240-440 ms
# on this machine, every few thousand requests, while the requests queued
# behind it waited. Frozen objects are never walked again: what the worker
# made loading the app, then what its first requests built (URL patterns,
# compiled templates, the portal list).
GC_FREEZE_AFTER_REQUESTS = 200


def post_worker_init(worker):
    gc.freeze()


def post_request(worker, req, environ, resp):
    if worker.nr == GC_FREEZE_AFTER_REQUESTS:
        gc.freeze()
