"""The one place that decides which address a request came from."""
from django.conf import settings


def client_ip(request):
    """The client's address: REMOTE_ADDR, unless NEWSROOM_TRUSTED_PROXY_COUNT
    proxies are configured, in which case the address the outermost trusted proxy
    saw. A reader can add anything to X-Forwarded-For, so only the entries our
    own proxies appended are believed."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = settings.NEWSROOM_TRUSTED_PROXY_COUNT
    if trusted <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < trusted:
        return remote
    return forwarded[-trusted]
