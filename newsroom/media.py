"""Serve uploaded media from Django when no web server does it (development, tests).

Production serves /media/ from nginx or object storage (docs/deploying.md); this view
answers 404 there unless DJANGO_SERVE_MEDIA is on.
"""

from django.conf import settings
from django.http import Http404
from django.views.static import serve


def serve_media(request, path):
    """Serve one uploaded file, never as something the browser could run."""
    if not settings.NEWSROOM_SERVE_MEDIA:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    return response
