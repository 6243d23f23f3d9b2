"""A trivial view for the benchmark's ceiling: the same server, middleware and
settings as the real pages, but no database and no template."""

from django.http import HttpResponse


def ceiling(request):
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
