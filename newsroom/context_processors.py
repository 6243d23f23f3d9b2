"""Template context shared by every page."""

from django.conf import settings


def site(request):
    """The portal's name and short name, used in the header and datelines."""
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "site_short_name": settings.NEWSROOM_SITE_SHORT_NAME,
    }
