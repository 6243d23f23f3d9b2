"""Health check for load balancers and uptime monitors."""

import logging
from functools import lru_cache

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger("newsroom.health")


@never_cache
@require_safe
def healthz(request):
    """Answer 200 when the database answers a query and its schema is the
    code's (every app's latest migration applied), 503 when not: a database
    never migrated, or migrated behind the code, answers every page with a 500.

    The cache is reported too, but the site serves without it (newsroom/cache.py),
    so an unreachable cache alone is still a 200.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        migrated = schema_is_migrated()
    except DatabaseError:
        logger.warning("Health check: the database did not answer", exc_info=True)
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    if not migrated:
        logger.warning("Health check: the database schema is not migrated (manage.py migrate)")
        return JsonResponse({"status": "error", "database": "not migrated"}, status=503)
    return JsonResponse(
        {"status": "ok", "database": "ok", "cache": "ok" if cache_answers() else "unavailable"}
    )


def cache_answers():
    """Can the cache keep a value? (False while Redis is down.)"""
    cache.set("healthz", "ok", 10)
    return cache.get("healthz") == "ok"


@lru_cache(maxsize=1)
def _latest_migrations():
    """Each app's latest migrations, as the code on disk has them (read once
    per process: the code does not change while it runs)."""
    return frozenset(MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes())


_migrated = False


def schema_is_migrated():
    """Whether every app's latest migration is applied. One small query until
    the answer is yes; then remembered for the life of the process (a schema
    does not go back by itself)."""
    global _migrated
    if not _migrated:
        recorder = MigrationRecorder(connection)
        applied = set(recorder.applied_migrations()) if recorder.has_table() else set()
        _migrated = _latest_migrations() <= applied
    return _migrated
