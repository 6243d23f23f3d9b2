"""What readers get when a service behind the site fails, or a request is not one
the site takes (a method a page does not answer, a body in another charset)."""

import codecs
import logging

from django.core.exceptions import ValidationError
from django.db import DataError, InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
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


def accepts_posts(view):
    """Mark a view that takes POST (a form's target): ReaderMethodsMiddleware lets
    other methods than GET and HEAD through to it, and to the admin, only."""
    view.accepts_posts = True
    return view


class ReaderMethodsMiddleware:
    """Every page answers GET and HEAD only (405 otherwise), unless it is part of
    the admin or marked with @accepts_posts: a new view is read-only by default.

    Runs before CSRF, so a stray POST gets 405 rather than a CSRF refusal.
    """

    SAFE = ("GET", "HEAD")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in self.SAFE or getattr(view_func, "accepts_posts", False):
            return None
        if request.resolver_match and request.resolver_match.app_name == "admin":
            return None
        response = HttpResponse(render_to_string("405.html"), status=405)
        response["Allow"] = ", ".join(self.SAFE)
        return response


class Utf8BodyMiddleware:
    """Refuse a request body declared in another charset than UTF-8 with the
    Vietnamese 400 page, before anything parses it. Everything we serve is
    UTF-8 and says so; a form sent back in UTF-16 is not one of ours."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        charset = request.content_params.get("charset")
        if charset:
            try:
                utf8 = codecs.lookup(charset).name == "utf-8"
            except LookupError:
                utf8 = False
            if not utf8:
                return HttpResponseBadRequest(render_to_string("400.html"))
            # "utf8", "UTF8"…: Django's form parser accepts only the spelling "utf-8".
            request.encoding = "utf-8"
        return self.get_response(request)


class StaffParameterErrorsMiddleware:
    """Junk in what a staff page is sent (letters where an id goes, a NUL that
    PostgreSQL refuses, a number too big for its column), in its query string
    or in a form posted to it (a bulk action's `_selected_action`), answers the
    Vietnamese 400 page instead of a 500, whichever admin list, filter, action
    or view reads it.

    Only for requests to the admin: GET and HEAD that carry a query string
    (the error can only have come from it, and nothing was being written) and
    POSTs. A junk id is refused when the ids are read, before anything is
    written; the admin's change forms write in a transaction of their own.
    """

    ERRORS = (ValueError, ValidationError, DataError, OverflowError)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """A bulk action's ids are checked before it runs: one id that is no id
        of the model (letters, a NUL, a number past the column) refuses the
        whole action, on every database alike (PostgreSQL would quietly drop
        a number out of range and act on the rest)."""
        model_admin = getattr(view_func, "model_admin", None)
        if request.method != "POST" or model_admin is None or "_selected_action" not in request.POST:
            return None
        field = model_admin.model._meta.pk
        try:
            for value in request.POST.getlist("_selected_action"):
                field.run_validators(field.to_python(value))
        except self.ERRORS as error:
            return self.refuse(request, error)
        return None

    def process_exception(self, request, exception):
        match = request.resolver_match
        if not (
            isinstance(exception, self.ERRORS)
            and ((request.method in ("GET", "HEAD") and request.GET) or request.method == "POST")
            and match is not None
            and match.app_name == "admin"
        ):
            return None
        return self.refuse(request, exception)

    @staticmethod
    def refuse(request, error):
        logger.warning("Refused parameters of %s %s: %r", request.method, request.path, error)
        return HttpResponseBadRequest(render_to_string("400.html"))
