"""Which portal a request is for: its Host header, looked up among the sites.

Every process keeps the list of portals (one query for all of them) and reads
it again after PORTALS_LIFETIME seconds, or at once after a change it made
itself (`forget_portals()`, called by add_site and the admin), and no request
pays a query to know its portal. A host that is not in the list makes the
process read the list again if it is older than UNKNOWN_HOST_RELOAD seconds: a
portal added in one process answers in every other within those seconds, and a
flood of invented hosts costs at most one small query per process that often.

A host is a portal's when it is the portal's Site domain (compared without
case; with or without the port, as Django's own sites lookup does), or, for
the first portal only, a loopback name or an exact name in DJANGO_ALLOWED_HOSTS
(settings.NEWSROOM_FIRST_PORTAL_HOSTS). Any other host gets the Vietnamese 400
page before anything else runs: no portal's page, link or cache entry is ever
made for it.
"""

import threading
import time
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.sites import models as sites_models
from django.contrib.sites.models import Site
from django.core.exceptions import DisallowedHost, ValidationError
from django.core.validators import DomainNameValidator
from django.db import transaction
from django.http import HttpResponseBadRequest
from django.http.request import split_domain_port
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from newsroom.models import FIRST_PORTAL_ID, Portal
from newsroom.vietnamese import fold_name

PORTALS_LIFETIME = 30
# A host no portal has makes the process read the portals again, at most this
# often: a portal added in another process answers here within seconds, and a
# stream of invented hosts costs one small query every few seconds at most.
UNKNOWN_HOST_RELOAD = 2


@dataclass
class Portals:
    """Every portal of the install, as this process last read them."""

    by_domain: dict  # Site.domain, lower case -> Site (its profile as `.profile`)
    by_id: dict
    loaded_at: float
    # A province's id -> its wards' ids.
    children: dict = field(default_factory=dict)
    # The Site Django's own helpers (sitemaps, feeds) see for each host a
    # request used: the portal's, named after that host (see PortalMiddleware).
    as_requested: dict = field(default_factory=dict)

    def site_for_host(self, host):
        """The Site that `host` (a Host header, port included) belongs to, or None."""
        host = host.lower()
        site = self.by_domain.get(host)
        if site is None:
            domain, _port = split_domain_port(host)
            site = self.by_domain.get(domain)
            if site is None and domain in _first_portal_hosts():
                site = self.by_id.get(FIRST_PORTAL_ID)
        return site


# What the newsroom signs with, besides the portals' own names.
NEWSROOM_SIGNATURES = ("Tòa soạn", "Ban biên tập", "Quản trị viên")
# A folded name this long is not taken inside a longer one either ("Tòa soạn
# trả lời"); a shorter one (a short name, "HNP") only on its own.
_CONTAINED_FROM = 6


def signs_as_newsroom(name):
    """Whether `name` passes for the newsroom's or a portal's own name once
    folded (newsroom.vietnamese.fold_name): readers sign with names of their own."""
    folded = fold_name(name)
    if not folded:
        return False
    names = [*NEWSROOM_SIGNATURES, settings.NEWSROOM_SITE_NAME, settings.NEWSROOM_SITE_SHORT_NAME]
    for site in portals().by_id.values():
        names += [site.name, site.profile.name, site.profile.short_name]
    for own in {fold_name(own) for own in names if own}:
        if own and (folded == own or (len(own) >= _CONTAINED_FROM and own in folded)):
            return True
    return False


def _first_portal_hosts():
    return {*settings.LOOPBACK_HOSTS, *(host.lower() for host in settings.NEWSROOM_FIRST_PORTAL_HOSTS)}


def _load():
    sites = list(Site.objects.select_related("portal__parent__site").order_by("pk"))
    for site in sites:
        try:
            site.profile = site.portal
        except Portal.DoesNotExist:
            site.profile = Portal.default_for(site)
    children = {}
    for site in sites:
        if site.profile.parent_id is not None:
            children.setdefault(site.profile.parent_id, []).append(site.pk)
    return Portals(
        by_domain={site.domain.lower(): site for site in sites},
        by_id={site.pk: site for site in sites},
        loaded_at=time.monotonic(),
        children=children,
    )


_portals = None
_loading = threading.Lock()


def portals(lifetime=PORTALS_LIFETIME):
    """The portals as this process knows them, read again when older than `lifetime` seconds."""
    global _portals
    known = _portals
    if known is None or time.monotonic() - known.loaded_at > lifetime:
        with _loading:
            known = _portals
            if known is None or time.monotonic() - known.loaded_at > lifetime:
                known = _portals = _load()
    return known


def forget_portals():
    """After a portal or its domain changed: this process reads them again on its
    next request (the others within PORTALS_LIFETIME)."""
    global _portals
    _portals = None
    Site.objects.clear_cache()


def family_ids(site):
    """The ids of `site` (a Site or its id) and of its wards: the portals a
    province's search and content token cover."""
    site_id = getattr(site, "pk", site)
    return [site_id, *portals().children.get(site_id, ())]


def parent_id(site_id):
    """The id of the province the portal `site_id` belongs to, or None."""
    site = portals().by_id.get(site_id)
    return site.profile.parent_id if site is not None else None


def clean_domain(value):
    """A portal's domain as readers type it: lower case, no scheme, path or port
    ("phuong-ba-dinh.hanoi.gov.vn"). Raises ValidationError for anything else."""
    domain = value.strip().lower().rstrip(".")
    try:
        # A name without a dot ("localhost") is checked as if it had one.
        DomainNameValidator(accept_idna=False)(domain if "." in domain else f"{domain}.test")
    except ValidationError:
        domain = ""
    if not domain or split_domain_port(domain) != (domain, ""):
        raise ValidationError(
            _("“%(value)s” không phải tên miền (ví dụ: phuong-ba-dinh.hanoi.gov.vn).") % {"value": value}
        )
    return domain


@transaction.atomic
def save_portal(domain, name, *, short_name, parent=None, site=None):
    """Create the portal answering on `domain`, or update it (`site`: the one to
    update, for a change of domain); returns its Site, profile as `.profile`.
    `parent` is the Site of the portal it belongs to (a ward's province)."""
    domain = clean_domain(domain)
    name = unicodedata.normalize("NFC", name).strip()
    short_name = unicodedata.normalize("NFC", short_name).strip()
    if site is None:
        site = Site.objects.filter(domain__iexact=domain).first() or Site(domain=domain)
    if parent is not None and parent.pk == site.pk:
        raise ValidationError(_("Một cổng không thể là cổng cấp trên của chính nó."))
    site.domain, site.name = domain, name[:50]
    site.save()
    profile = Portal.objects.filter(site=site).first() or Portal(site=site)
    profile.name, profile.short_name = name, short_name
    if parent is not None and not Portal.objects.filter(site=parent).exists():
        # A province without a profile yet (a Site made outside add_site) gets its default one.
        Portal.default_for(parent).save()
    profile.parent_id = parent.pk if parent is not None else None
    profile.full_clean()
    profile.save()
    transaction.on_commit(forget_portals)
    forget_portals()
    site.profile = profile
    return site


def portal(site_id):
    """The Site with id `site_id`, its profile as `.profile` (None if there is none)."""
    return portals().by_id.get(site_id)


def site_url(site, path, request=None):
    """The absolute address of `path` on `site`'s own domain, by the scheme (and,
    on a developer's machine, the port) of `request`."""
    scheme, port = "https", ""
    if request is not None:
        scheme = request.scheme
        port = split_domain_port(request.get_host())[1]
    domain = site.domain
    if port and ":" not in domain.rsplit("]", 1)[-1]:
        domain = f"{domain}:{port}"
    return f"{scheme}://{domain}{path}"


# The one address that answers on any host (newsroom/health.py).
HEALTH_CHECK_PATH = "/healthz"


class PortalMiddleware:
    """Put the request's portal on it (`request.site`, its profile `request.portal`),
    or answer 400 for a host that is no portal's. First in MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_CHECK_PATH:
            # A load balancer asks each server by its own address, which is
            # no portal's; the health check shows nothing of any portal.
            return self.get_response(request)
        try:
            host = request.get_host()
        except DisallowedHost:  # not even a host name
            host = ""
        known = portals()
        site = known.site_for_host(host) if host else None
        if site is None and host:
            known = portals(lifetime=UNKNOWN_HOST_RELOAD)
            site = known.site_for_host(host)
        if site is None:
            response = HttpResponseBadRequest(render_to_string("errors/unknown_host.html"))
            response["Cache-Control"] = "no-store"
            return response
        request.site, request.portal = site, site.profile
        # Django's get_current_site() (sitemaps, feeds) looks the host up in
        # SITE_CACHE first: it finds this portal there, named after the host the
        # reader used, so its absolute links stay on the address the page came from.
        seen = known.as_requested.get(host)
        if seen is None:
            seen = known.as_requested[host] = Site(pk=site.pk, domain=host, name=site.name)
        # (Read from the module each time: Site.objects.clear_cache() replaces the dict.)
        sites_models.SITE_CACHE[host] = seen
        return self.get_response(request)
