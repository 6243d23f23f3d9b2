"""Template context shared by every page."""


def site(request):
    """The portal's profile, and its name and short name (the header, titles and datelines)."""
    portal = request.portal
    return {"portal": portal, "site_name": portal.name, "site_short_name": portal.short_name}
