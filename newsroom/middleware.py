"""What readers get when a service behind the site fails."""
import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger("newsroom.database")

# Seconds a reader (or a crawler) is asked to wait: a database restart takes a few.
RETRY_AFTER = 30


class DatabaseUnavailableMiddleware:
    """Answer 503 with a Vietnamese page, not a 500, when the database cannot be reached.

    A restart or failover of the database makes views raise OperationalError or
    InterfaceError; Django closes the broken connection after the request and
    the next request reconnects (CONN_HEALTH_CHECKS), so the site recovers by
    itself. Other errors are left to Django's 500 handling.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.warning("Database unavailable, answering 503 for %s: %s", request.path, exception)
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        response["Cache-Control"] = "no-store"
        return response
