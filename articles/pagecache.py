"""Public pages, cached whole for anonymous readers and answered early.

A public page (`@public_page`) is the same for every anonymous reader, so it is
rendered once per content token (articles/freshness.py) and URL, and kept:
- `CachedPageMiddleware`, placed before the session, authentication, CSRF and
  messages middleware, answers a request that carries no session or messages
  cookie straight from the cache: with the token in Redis, without a single
  database query. Anything personal (a signed-in editor, a message waiting)
  carries a session or messages cookie and goes the whole way.
- A page is keyed on what it renders: its portal (the Site, not the spelling
  of the Host header), its path and the query parameters its view reads
  (declared with `@public_page("page", ...)`), normalised. Any other parameter
  (`?utm_source=…`, `?fbclid=…`) reaches the same entry. A page number spelled
  otherwise than the page shows it (`?page=01`, `?page=abc`, `?page=1`, a page
  past the last) is redirected to its one address; a page that shows nothing
  found (a search without results, an empty day: `not_kept()`), an error page
  and a host spelled unlike the portal's are answered but never kept, and
  `cached_part()` keeps no "not found". Whatever a client sends, the pages
  kept are at most PAGE_SLOTS: a page's key is one of that many slots.
- Every public page gets an ETag (token, page, local day: the day picker
  defaults to today) and a Last-Modified time, with `Cache-Control: public,
  no-cache`: browsers and CDNs keep it and ask each time, and a matching
  request gets 304.
- nginx in front (deploy/nginx.conf) may keep a full public page until the
  end of the current second, told so by `X-Accel-Expires` on every answer,
  cached here or not (edge_headers(); the freshness rule is in
  docs/caching.md). nginx drops that header, so browsers see only
  `public, no-cache` and keep asking.
- A page may also show something that changes on its own clock rather than
  with the content ("Đọc nhiều", articles/popularity.py): `varies_with=f`,
  where `f(request)` gives that part's (version, changed_at). The version joins
  the ETag, and so the cached page's key, and Last-Modified is the later time:
  the page is rendered once per version, never invalidated from outside.
Parts of pages are cached the same way with `cached_part()`.
"""

import hashlib
import threading
import time
import unicodedata
from functools import lru_cache, wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError
from django.http import HttpResponse, HttpResponseRedirect
from django.http.request import split_domain_port
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag

from articles import prefetched
from articles.conf import COMMENT_PAGE_PARAM, PAGE_PARAM
from articles.freshness import content_token, token_keys

# Cached parts live at most this long; the token, not the timeout, keeps them fresh.
PART_TIMEOUT = 60 * 60
# How many whole pages the cache holds at most: a page is kept in one of this
# many slots (by a hash of its address), a later page in the same slot replaces it.
PAGE_SLOTS = 4096
# How many of the pages it served last each process also keeps in its own
# memory (below), and for how long at most.
RECENT_PAGES = 64
# Query parameters that are page numbers: spelled as digits without a leading
# zero, page 1 without the parameter.
PAGE_NUMBER_PARAMS = (PAGE_PARAM, COMMENT_PAGE_PARAM)


def cached_part(request, name, build, timeout=PART_TIMEOUT, keep=lambda value: value is not None):
    """`build()`'s result, cached under `name` for the request's portal and its
    current content token, when `keep(result)`: by default anything but None,
    so an invented address keeps no "not found"."""
    key = f"part:{request.site.pk}:{name}:{content_token(request).value}"
    value = prefetched.get(request, key)
    if value is None:
        value = build()
        if keep(value):
            cache.set(key, value, timeout)
    return value


def not_kept(request):
    """This request's page shows nothing found (a search without results): it
    is answered, never kept, so inventing such addresses fills nothing."""
    request.page_not_kept = True


def rendered_page(request, param, number):
    """Tell the page cache which page `param` rendered (Paginator.get_page()
    gives the last page for a number past it): a request that asked for
    another number is redirected to this one's address."""
    read_as(request, param, str(number) if number > 1 else "")


def read_as(request, param, value):
    """Tell the page cache what the view made of `param`: `value` as the page's
    own address spells it, "" when it ignored it (a filter naming nothing that
    exists). A request that said something else is redirected to that address,
    so invented values reach one cached page, not one each."""
    request.rendered_pages = {**getattr(request, "rendered_pages", {}), param: value}


def _canonical_value(name, value):
    """`value` of parameter `name` as its one address spells it ("" for none)."""
    if name in PAGE_NUMBER_PARAMS:
        number = int(value) if value.isascii() and value.isdigit() and len(value) < 10 else 1
        return str(number) if number > 1 else ""
    return " ".join(unicodedata.normalize("NFC", value).split())


def _canonical_query(request, params, rendered=None):
    """The query string of the page's one address, and whether the request's
    own spelling of its parameters differs from it; `rendered`: the page
    numbers the view showed (rendered_page()). Undeclared parameters are kept
    as they came (they reach no page)."""
    pairs, differs = [], False
    for name, value in request.GET.lists():
        if name in params:
            if len(value) > 1:
                differs = True
            canonical = _canonical_value(name, value[-1])  # the one the view reads
            if rendered and name in rendered:
                canonical = rendered[name]
            differs = differs or canonical != value[-1]
            if canonical:
                pairs.append((name, canonical))
        else:
            pairs.extend((name, item) for item in value)
    for name, value in (rendered or {}).items():
        if name not in request.GET and value:
            pairs.append((name, value))
            differs = True
    return urlencode(pairs), differs


def _redirect_to(request, query, permanent):
    response = HttpResponseRedirect(f"{request.path}?{query}" if query else request.path)
    if permanent:
        response.status_code = 301
    return response


def _host_is_canonical(request):
    """Whether the Host header is spelled as the portal's own (lower case, no
    trailing dot, no port or the server's own): other spellings of the same
    portal are answered but never kept."""
    host = request.get_host()
    domain, port = split_domain_port(host)
    return (
        host == host.lower()
        and not domain.endswith(".")
        and (not port or port in (request.META.get("SERVER_PORT"), "80", "443"))
    )


def is_personal(request):
    """Whether this response may hold something for this reader alone: a signed-in
    user, or a message waiting to be shown (peeking does not consume it)."""
    if request.user.is_authenticated:
        return True
    return len(messages.get_messages(request)) > 0


def _page_address(request, params):
    """The page asked for: portal, host, path and the declared query parameters
    only, normalised (a request whose spelling differs is redirected)."""
    query = urlencode(
        [(name, _canonical_value(name, request.GET[name])) for name in params if request.GET.get(name)]
    )
    return f"{request.site.pk}|{request.get_host()}{request.path}?{query}"


def _validators(request, address, varies_with=None):
    """(ETag, Last-Modified timestamp) of the page at `address` (_page_address)."""
    token = content_token(request)
    version, changed_at = varies_with(request) if varies_with else ("", None)
    page = f"{address}|{timezone.localdate()}"
    etag = quote_etag(hashlib.blake2b(f"{token.value}|{version}|{page}".encode(), digest_size=12).hexdigest())
    times = [t for t in (token.last_modified, changed_at and changed_at.timestamp()) if t]
    return etag, int(max(times)) if times else None


def edge_headers(response):
    """Let the edge (nginx, deploy/nginx.conf) keep `response` until the end
    of the current second: the freshness rule (docs/caching.md). Only a full
    page that is the same for everyone and sets no cookie (nginx would not keep
    one that does; this says it here too); every other response says nothing,
    and nginx keeps nothing it was not told it may.

    An absolute time: nginx counts whole seconds and keeps a copy while its
    clock's second is not past the one given, so a relative "1" would mean up
    to two seconds. Set on each answer, never kept with a cached page."""
    if response.status_code == 200 and not response.cookies:
        response["X-Accel-Expires"] = f"@{int(time.time())}"


def _mark_public(response, etag, last_modified):
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, no_cache=True)
    edge_headers(response)


def public_page(*params, varies_with=None):
    """Make a view a public page, cached and revalidated (see the module).

    `@public_page` for a view that reads no query parameter, or
    `@public_page("page", "q")` naming every one it reads; `varies_with=f`
    for a page that also shows a part with a version of its own.
    """
    if len(params) == 1 and callable(params[0]):
        return _public_page(params[0], (), varies_with)
    return lambda view: _public_page(view, params, varies_with)


def _public_page(view, params, varies_with):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or is_personal(request):
            response = view(request, *args, **kwargs)
            patch_cache_control(response, private=True, no_cache=True)
            return response
        etag, last_modified = _validators(request, _page_address(request, params), varies_with)
        response = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code == 200:
                # The view answered first: what it refuses (a day out of range)
                # is its 400, not a redirect. A page it shows under another
                # spelling, or past the last page, goes to its own address.
                _, misspelt = _canonical_query(request, params)
                query, differs = _canonical_query(request, params, getattr(request, "rendered_pages", None))
                if differs:
                    return _redirect_to(request, query, permanent=misspelt)
            response.is_shared_page = (
                response.status_code == 200
                and not getattr(request, "page_not_kept", False)
                and _host_is_canonical(request)
            )
        if response.status_code in (200, 304):
            _mark_public(response, etag, last_modified)
        return response

    wrapper.page_params = params
    wrapper.page_variant = varies_with
    return wrapper


class RecentPages:
    """The pages a process served last, as kept in the cache: (ETag, content,
    headers) by cache key. A copy is used only while its ETag is the current
    one, which is made of everything the page shows (content token, version of
    its own part, address, day), so it is exactly the cache's copy: with Redis
    a hit then reads only the small keys the ETag is made of, not the page
    (tens of kilobytes) every time. At most RECENT_PAGES, each for at most
    PART_TIMEOUT seconds, as in the cache."""

    def __init__(self, size=RECENT_PAGES):
        self.size = size
        self.pages = {}
        self.lock = threading.Lock()

    def get(self, key):
        kept = self.pages.get(key)
        if kept is None or kept[1] < time.monotonic():
            return None
        return kept[0]

    def keep(self, key, page):
        with self.lock:
            self.pages.pop(key, None)
            while len(self.pages) >= self.size:
                del self.pages[next(iter(self.pages))]
            self.pages[key] = (page, time.monotonic() + PART_TIMEOUT)

    def clear(self):
        with self.lock:
            self.pages.clear()


recent_pages = RecentPages()


@lru_cache(maxsize=1024)
def _shared_page(urlconf, path):
    """(declared parameters, page variant) of the public page at `path`, or None
    for any other path. Remembered per path (the URLs do not change while the
    process runs); a flood of invented paths only pushes out older entries."""
    try:
        view = resolve(path, urlconf).func
        return view.page_params, view.page_variant
    except (Resolver404, AttributeError):
        return None


class CachedPageMiddleware:
    """Answer anonymous requests for public pages from the cache (see the module).

    A page is kept under its address with the ETag it was rendered for, so one
    get_many() brings the page together with what its ETag is made of (the
    content token, a part's version: articles/prefetched.py); the page is served
    when the ETag it was kept with is the current one.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.personal_cookies = {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name}

    def _page(self, request):
        """(cache key, ETag, Last-Modified, this process's copy or None) for a
        request that may share a cached page, else None."""
        if request.method not in ("GET", "HEAD") or self.personal_cookies & request.COOKIES.keys():
            return None
        shared = _shared_page(settings.ROOT_URLCONF, request.path_info)
        if shared is None:
            return None
        params, variant = shared
        if _canonical_query(request, params)[1] or not _host_is_canonical(request):
            return None  # the view redirects, or answers without keeping
        address = _page_address(request, params)
        digest = hashlib.blake2b(address.encode(), digest_size=16).digest()
        key = f"page:{int.from_bytes(digest) % PAGE_SLOTS}"
        variant_keys = variant.cache_keys(request) if variant is not None else ()
        # The page itself is read only when this process has no copy of it; a
        # copy whose ETag turns out old is read again after (__call__).
        copy = recent_pages.get(key)
        page_key = () if copy is not None else (key,)
        prefetched.fetch(request, [*token_keys(request), *variant_keys, *page_key])
        try:
            etag, last_modified = _validators(request, address, variant)
        except (DatabaseError, InterfaceError):
            return None  # the view answers, with the database-down page
        return key, etag, last_modified, copy

    def __call__(self, request):
        page = self._page(request)
        if page is not None:
            key, etag, last_modified, kept = page
            response = get_conditional_response(request, etag=etag, last_modified=last_modified)
            if response is not None:
                _mark_public(response, etag, last_modified)
                return response
            if kept is None or kept[0] != etag:
                kept = prefetched.get(request, key)
                if kept is not None and kept[0] == etag:
                    recent_pages.keep(key, kept)
            if kept is not None and kept[0] == etag:
                # (The ETag is made of the address: another page in this slot has another.)
                _kept_etag, content, headers = kept
                response = HttpResponse(content)
                for header, value in headers:
                    response[header] = value
                edge_headers(response)
                return response
        response = self.get_response(request)
        if (
            page is not None
            and getattr(response, "is_shared_page", False)
            and response.get("ETag") == etag
            and not response.cookies
            and not response.streaming
        ):
            # Only a plain 200 that sets no cookie is kept, so nothing of one
            # reader's (a CSRF token, a session) is served to another.
            kept = (etag, response.content, list(response.items()))
            cache.set(key, kept, PART_TIMEOUT)
            recent_pages.keep(key, kept)
        return response
