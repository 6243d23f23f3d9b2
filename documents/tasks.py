"""The documents' background jobs, on Huey (settings.HUEY: a SQLite file by
default, Redis with REDIS_URL; `manage.py run_huey` is the worker). A job is
kept in the queue until a worker has run it, so it survives a restart, and a
failing one is tried again."""

from huey.contrib.djhuey import db_task

from documents import workflow


@db_task(retries=3, retry_delay=60)
def read_scan(attachment_pk):
    """Read a scanned PDF's words with OCR (documents/workflow.py)."""
    workflow.read_scan(attachment_pk)
