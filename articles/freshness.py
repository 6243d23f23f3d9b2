"""When did anything a reader can see last change? One cheap query answers it.

Every cached part of a public page is stored under a key that includes the
content token, so a change made through any path (admin, workflow, shell,
another server process) changes the token and the next request builds fresh
parts: nothing needs purging, with Redis or with each process's own memory.

The one rule: anything readers see of an article changes its freshness. An
article or section saved through the ORM moves its own updated_at (auto_now);
every other write (comment decisions and edits, a comment deleted or purged,
articles deleted, a bulk `.update()`) calls `content_changed()`. The token
also changes when a scheduled article's time arrives (the newest visible
publish time moves) and when a section is added or removed (the same query
brings the sections themselves, which every page's navigation shows). Each
part is an index lookup, so the query stays cheap at any size.
"""
import datetime
import hashlib
from dataclasses import dataclass
from functools import wraps

from django.contrib import messages
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date, quote_etag

from articles.models import Article, Section

# Cached parts live at most this long; the token, not the timeout, keeps them fresh.
PART_TIMEOUT = 60 * 60


@dataclass(frozen=True)
class ContentState:
    token: str
    last_modified: datetime.datetime | None
    # The sections, for every page's navigation: they come in the same query.
    sections: tuple


def _as_datetime(value):
    """Raw SQLite results come back as text or naive UTC datetimes."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime.datetime) else parse_datetime(value)
    if parsed is not None and timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, datetime.timezone.utc)
    return parsed


def content_changed(*, articles=(), sections=(), **article_values):
    """The one freshness rule: what readers see of these articles or sections
    has changed, so every process serves fresh pages on its next request.

    `articles` and `sections` are ids; `article_values` are columns set on the
    articles in the same UPDATE (the comments app's comment_count).
    """
    now = timezone.now()
    if articles:
        Article.objects.filter(pk__in=list(articles)).update(updated_at=now, **article_values)
    if sections:
        Section.objects.filter(pk__in=list(sections)).update(updated_at=now)


def _state_sql():
    articles = Article._meta.db_table
    sections = Section._meta.db_table
    # One row per section (or one row of NULLs when there is none), each
    # carrying the same freshness figures from the one-row derived table.
    return (
        "SELECT st.*, s.id, s.name, s.slug, s.position FROM (SELECT"
        f" (SELECT MAX(updated_at) FROM {articles}) AS article_changed,"
        f" (SELECT MAX(published_at) FROM {articles}"
        "   WHERE status = %s AND published_at <= %s) AS newest_visible,"
        f" (SELECT MAX(updated_at) FROM {sections}) AS section_changed"
        f") st LEFT JOIN {sections} s ON 1 = 1 ORDER BY s.position, s.name"
    )


def content_state(request=None):
    """The current ContentState, computed once per request in one query."""
    if request is not None and hasattr(request, "_content_state"):
        return request._content_state
    with connection.cursor() as cursor:
        cursor.execute(_state_sql(), [Article.Status.PUBLISHED, timezone.now()])
        rows = cursor.fetchall()
    times = [_as_datetime(value) for value in rows[0][:3]]
    sections = tuple(
        Section(id=row[3], name=row[4], slug=row[5], position=row[6])
        for row in rows
        if row[3] is not None
    )
    token = hashlib.blake2b(
        repr([*times, [s.pk for s in sections]]).encode(),
        digest_size=10,
    ).hexdigest()
    state = ContentState(token, max((t for t in times if t), default=None), sections)
    if request is not None:
        request._content_state = state
    return state


def cached_part(request, name, build, timeout=PART_TIMEOUT):
    """`build()`'s result, cached under `name` for the current content token."""
    key = f"part:{name}:{content_state(request).token}"
    return cache.get_or_set(key, build, timeout)


def is_personal(request):
    """Whether this response may hold something for this reader alone: a signed-in
    user, or a message waiting to be shown (peeking does not consume it)."""
    if request.user.is_authenticated:
        return True
    return len(messages.get_messages(request)) > 0


def _shared_page(request, etag, render):
    """The page every anonymous reader gets, rendered once per content token.

    Only a plain 200 that sets no cookie is kept, so nothing of one reader's
    (a CSRF token, a session) can be stored and served to another.
    """
    key = f"page:{etag}"
    cached = cache.get(key)
    if cached is not None:
        content, content_type = cached
        return HttpResponse(content, content_type=content_type)
    response = render()
    if response.status_code == 200 and not response.cookies and not response.streaming:
        cache.set(key, (response.content, response["Content-Type"]), PART_TIMEOUT)
    return response


def public_page(view=None, *, varies_with=None):
    """Let browsers and CDNs revalidate a public page cheaply.

    A page that is the same for every anonymous reader gets an ETag (from the
    content token, the URL and the local day, since the date picker defaults to
    today) and a Last-Modified time, with `Cache-Control: public, no-cache`:
    caches may keep it but must ask each time, so they never serve it stale, and
    a matching request gets 304 after one query. Anything personal (a signed-in
    user, a pending message) is `private` and never gets a shared validator.

    `@public_page(varies_with=f)`: the page also shows something that changes
    on its own clock, not with the content (articles.popularity's "Đọc nhiều").
    `f(request)` gives that part's (version, changed_at); the version joins the
    ETag, and so the cached page's key, and Last-Modified is the later time.
    """
    if view is None:
        return lambda view: public_page(view, varies_with=varies_with)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or is_personal(request):
            response = view(request, *args, **kwargs)
            patch_cache_control(response, private=True, no_cache=True)
            return response
        state = content_state(request)
        version, changed_at = varies_with(request) if varies_with else ("", None)
        etag = quote_etag(
            hashlib.blake2b(
                f"{state.token}|{version}|{request.get_host()}{request.get_full_path()}|{timezone.localdate()}".encode(),
                digest_size=12,
            ).hexdigest()
        )
        newest = max((t for t in (state.last_modified, changed_at) if t), default=None)
        last_modified = int(newest.timestamp()) if newest else None
        response = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if response is None:
            response = _shared_page(request, etag, lambda: view(request, *args, **kwargs))
        if response.status_code in (200, 304):
            response["ETag"] = etag
            if last_modified:
                response["Last-Modified"] = http_date(last_modified)
            patch_cache_control(response, public=True, no_cache=True)
        return response

    return wrapper
