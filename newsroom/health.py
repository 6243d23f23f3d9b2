"""Health check for load balancers and uptime monitors."""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger("newsroom.health")


@never_cache
@require_safe
def healthz(request):
    """Answer 200 when the database answers a query, 503 when it does not.

    The cache is reported too, but the site serves without it (newsroom/cache.py),
    so an unreachable cache alone is still a 200.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.warning("Health check: the database did not answer", exc_info=True)
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse(
        {"status": "ok", "database": "ok", "cache": "ok" if cache_answers() else "unavailable"}
    )


def cache_answers():
    """Can the cache keep a value? (False while Redis is down.)"""
    cache.set("healthz", "ok", 10)
    return cache.get("healthz") == "ok"
