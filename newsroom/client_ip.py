"""The one place that decides which address a request came from."""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's IP address.

    REMOTE_ADDR unless NEWSROOM_TRUSTED_PROXY_COUNT says how many proxies we run:
    each of them appends the address it saw to X-Forwarded-For, so the client is
    the entry that many places from the right. Anything a client wrote further
    left is ignored, and a malformed header falls back to REMOTE_ADDR.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = settings.NEWSROOM_TRUSTED_PROXY_COUNT
    if trusted > 0:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        hops = [hop for hop in hops if hop]
        if len(hops) >= trusted:
            try:
                return str(ipaddress.ip_address(hops[-trusted]))
            except ValueError:
                pass
    return remote
