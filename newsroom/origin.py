"""Was a request sent by one of the portal's own pages? For the few POSTs that
carry no CSRF token because they come from cached pages (the read beacon, the
helpfulness vote): what another site could make its visitors' browsers send."""


def is_same_origin(request):
    """Whether the request came from a page of this portal's own host: any
    Sec-Fetch-Site but "same-origin", and an Origin of another host (another
    portal's included) or an opaque one ("null"), are another site's. Browsers
    send Origin with every POST; a request without either header is not a
    browser's cross-site one."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site != "same-origin":
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    scheme, _, host = origin.partition("://")
    return scheme in ("http", "https") and host.lower() == request.get_host().lower()
