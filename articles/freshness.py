"""Is a cached copy of a public page still fresh? The content token answers.

Every cached page and part is stored under a key that includes the content
token, so a change made through any path (admin, workflow, shell, another
server process) changes the token and the next request builds fresh parts:
nothing needs purging, with Redis or with each process's own memory.

The one rule: anything readers see of an article or section changes the
token. Article.save() and Section.save() call `content_changed()` themselves;
a write to rows in bulk goes through `ArticleQuerySet.touch()` or
`SectionQuerySet.touch()`, which mark the rows changed and call it; any other
write (a comment decision, edit, deletion or purge) calls it explicitly. The token also
changes when a scheduled article's time arrives and when a top story's pin
("ghim đến") expires; pinning itself is an article save.

Where the token lives:
- With a shared cache (Redis, NEWSROOM_CONTENT_TOKEN_IN_CACHE), in the cache:
  a cached page costs no database query. A write replaces it once committed;
  a missing one (Redis flushed, restarted, evicted) is rebuilt from the
  database, and so is one whose time is up: at the next scheduled publish time
  or pin expiry, or after TOKEN_LIFETIME seconds, whichever comes first, so a
  scheduled article shows, and an expired pin leaves, on the minute without cron.
- Otherwise (the SQLite default, one process's memory), every request reads
  the content state in one indexed query: each process sees every change. On
  SQLite a connection keeps what it read while SQLite's own counters say no
  connection committed anything since and this one wrote nothing
  (newsroom/dbchanges.py), until the next scheduled change: a cached page then
  costs no statement but that check.

Other apps' content (Hỏi đáp, the schedule, the organisation's pages, …) joins
the token through the setting NEWSROOM_CONTENT_SOURCES ("app.Model.field": a
portal's rows and when each one's public side last changed): each one's newest
time is read in the same query; their writes call `content_changed()` like any
other, and a deletion of any of their rows, one by one or in bulk, marks the
portal's ContentRemoval time (read in the same query too) and calls it by
itself (`watch_other_sources()`).

Per portal: each portal (a Site) has a token of its own, made from its own
content, so a change on one portal leaves every other portal's cached pages
valid (same ETag, 304). A province's token also covers its wards' stories,
which its home page ("Tin từ cơ sở") and its search show: a change on a ward
changes the ward's token and its province's, no other.
"""

import datetime
import hashlib
import uuid
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import post_delete
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles import prefetched
from newsroom.dbchanges import change_stamp
from newsroom.portals import family_ids, parent_id

TOKEN_KEY = "content-token"
# The longest a token kept in the cache is trusted before the database is read
# again: a bound on how late anything the write paths missed can show.
TOKEN_LIFETIME = 60


@dataclass(frozen=True)
class ContentState:
    token: str
    last_modified: datetime.datetime | None
    # The sections' rows (id, name, slug, position), in navigation order: they
    # come in the same query. A page served from the cache only needs their ids.
    section_rows: tuple = field(repr=False)
    # The next time the content changes by itself (a scheduled article becomes
    # visible, a pin expires), if any.
    next_publish_at: datetime.datetime | None = None

    @cached_property
    def sections(self):
        """The sections, for every page's navigation; made when a page is rendered."""
        Section = apps.get_model("articles", "Section")
        return tuple(
            Section(id=pk, name=name, slug=slug, position=position)
            for pk, name, slug, position in self.section_rows
        )


def _as_datetime(value):
    """Raw SQLite results come back as text or naive UTC datetimes."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime.datetime) else parse_datetime(value)
    if parsed is not None and timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, datetime.UTC)
    return parsed


def _in_order(value):
    """A time as the database gives it, made comparable with the others: SQLite
    gives text (one format, which sorts as time does) or, for a column read as
    it is, a naive UTC datetime, written here in that format; other databases
    give aware datetimes."""
    if isinstance(value, datetime.datetime) and timezone.is_naive(value):
        return value.isoformat(" ")
    return value


def _token_in_cache():
    return getattr(settings, "NEWSROOM_CONTENT_TOKEN_IN_CACHE", False)


def token_key(site_id):
    """The cache key of the portal `site_id`'s token."""
    return f"{TOKEN_KEY}:{site_id}"


def _keep_token(site_id, token, last_modified, next_publish_at, add=False):
    """Keep `token` as `site_id`'s in the cache until its content may change by
    itself: the next scheduled article's time, or TOKEN_LIFETIME seconds from now."""
    now = timezone.now().timestamp()
    valid_until = now + TOKEN_LIFETIME
    if next_publish_at is not None:
        valid_until = min(valid_until, next_publish_at.timestamp())
    if valid_until <= now:
        return
    keep = cache.add if add else cache.set
    keep(token_key(site_id), (token, last_modified, valid_until), max(1, int(valid_until - now)))


def _replace_tokens(site_ids):
    """New tokens in the cache: every process's next request to these portals builds fresh pages."""
    for site_id in site_ids:
        state = content_state(site=site_id)
        _keep_token(site_id, uuid.uuid4().hex, timezone.now().timestamp(), state.next_publish_at)


def content_changed(*site_ids):
    """The one freshness rule: what readers see of the portals `site_ids` (Site
    ids) has changed (and is stored, or will be when the transaction commits),
    so every process serves fresh pages of them on its next request. Their
    provinces' pages change with them."""
    if not _token_in_cache() or not site_ids:
        return
    affected = set(site_ids) | {parent_id(site_id) for site_id in site_ids} - {None}
    # Now, for whoever reads inside this transaction, and again once it
    # commits: a page built between the two from what was committed before
    # is stored under the first token, which the second one retires.
    _replace_tokens(affected)
    transaction.on_commit(lambda: _replace_tokens(affected))


def _other_sources():
    """(table, column) of the other apps' content readers see, from the setting
    NEWSROOM_CONTENT_SOURCES: "app_label.Model.field" names a portal's rows
    (with `site`) and the time what readers see of each last changed."""
    return _sources(tuple(getattr(settings, "NEWSROOM_CONTENT_SOURCES", ())))


def _source_row_deleted(sender, instance, **kwargs):
    """A row of another app's content is gone, one by one or in bulk, from the
    admin or anywhere else: a change readers see on its portal, marked in its
    ContentRemoval row (one statement, whoever else deletes at the same time)."""
    ContentRemoval = apps.get_model("articles", "ContentRemoval")
    ContentRemoval.objects.bulk_create(
        [ContentRemoval(site_id=instance.site_id, removed_at=timezone.now())],
        update_conflicts=True,
        unique_fields=["site"],
        update_fields=["removed_at"],
    )
    content_changed(instance.site_id)


def watch_other_sources():
    """Make every deletion of a NEWSROOM_CONTENT_SOURCES model's row apply the
    one freshness rule (called by ArticlesConfig.ready()). Saves are left to
    the apps, which know whether readers see the row (a citizen's new question
    changes nothing cached)."""
    names = tuple(getattr(settings, "NEWSROOM_CONTENT_SOURCES", ()))
    for name, (model, _field) in zip(names, _source_models(names), strict=True):
        post_delete.connect(_source_row_deleted, sender=model, dispatch_uid=f"freshness:{name}")


def _source_models(names):
    """(model, field) of each "app_label.Model.field" of `names`."""
    models = []
    for name in names:
        app_label, model_name, field_name = name.split(".")
        model = apps.get_model(app_label, model_name)
        models.append((model, model._meta.get_field(field_name)))
    return models


@lru_cache(maxsize=8)
def _sources(names):
    return tuple((model._meta.db_table, field.column) for model, field in _source_models(names))


@lru_cache(maxsize=64)
def _state_sql(family_size, sources):
    """The content state's one statement, with named parameters: `site`, `now`,
    `published` and the family's `f0`, `f1`, … (made once per shape: the backend
    only fills in the names, each value is sent once)."""
    # The models are asked of the app registry, not imported: they call this
    # module when they are saved.
    articles = apps.get_model("articles", "Article")._meta.db_table
    sections = apps.get_model("articles", "Section")._meta.db_table
    removals = apps.get_model("articles", "ContentRemoval")._meta.db_table
    # Each other source gives its newest change (from an index that starts with
    # the portal); a deleted row that was not the newest moves the portal's
    # ContentRemoval time instead.
    others = "".join(
        f", (SELECT MAX({column}) FROM {table} WHERE site_id = %(site)s) AS other_{number}"
        for number, (table, column) in enumerate(sources)
    )
    # The portal's articles, and its wards' for a province; each figure is
    # read from an index that starts with the portal.
    of_family = "site_id IN (" + ", ".join(f"%(f{number})s" for number in range(family_size)) + ")"
    # One row per section of the portal (or one row of NULLs when there is
    # none), each carrying the same freshness figures from the one-row derived table.
    return (
        "SELECT st.*, s.id, s.name, s.slug, s.position FROM (SELECT"
        f" (SELECT MAX(updated_at) FROM {articles} WHERE {of_family}) AS article_changed,"
        f" (SELECT MAX(published_at) FROM {articles}"
        f"   WHERE {of_family} AND status = %(published)s AND published_at <= %(now)s) AS newest_visible,"
        f" (SELECT MAX(updated_at) FROM {sections} WHERE site_id = %(site)s) AS section_changed,"
        f" (SELECT MAX(pinned_until) FROM {articles}"
        "   WHERE site_id = %(site)s AND pinned_until <= %(now)s) AS last_pin_expiry,"
        f" (SELECT MIN(published_at) FROM {articles}"
        f"   WHERE {of_family} AND status = %(published)s AND published_at > %(now)s) AS next_publish,"
        f" (SELECT MIN(pinned_until) FROM {articles}"
        "   WHERE site_id = %(site)s AND pinned_until > %(now)s) AS next_pin_expiry,"
        f" (SELECT removed_at FROM {removals} WHERE site_id = %(site)s) AS removed"
        f"{others}) st LEFT JOIN {sections} s ON s.site_id = %(site)s ORDER BY s.position, s.name"
    )


def content_state(request=None, site=None):
    """The current ContentState of the request's portal (or of `site`, a Site or
    its id) from the database, once per request, in one query; on SQLite, read
    again only when the database may have changed (below)."""
    if request is not None and hasattr(request, "_content_state"):
        return request._content_state
    site_id = getattr(request.site if request is not None else site, "pk", site)
    family = family_ids(site_id)
    now = timezone.now()
    # What this connection read last time stands while SQLite's change stamp
    # (newsroom/dbchanges.py: no commit by anyone, no write by this connection)
    # is the same and the next scheduled change has not come: each process
    # still sees every change on its next request, for a few microseconds.
    stamp = change_stamp(connection)
    remembered = connection.__dict__.setdefault("newsroom_content_states", {})
    kept = remembered.get(site_id)
    if (
        stamp is not None
        and kept is not None
        and kept[:2] == (stamp, family)
        and _still_current(kept[2], now)
    ):
        state = kept[2]
    else:
        state = _read_state(site_id, family, now)
        if stamp is not None:
            remembered[site_id] = (stamp, family, state)
    if request is not None:
        request._content_state = state
    return state


def _still_current(state, now):
    return state.next_publish_at is None or now < state.next_publish_at


def _read_state(site_id, family, now):
    """The ContentState of the portal `site_id` (with its `family`) at `now`, in one query."""
    sources = _other_sources()
    parameters = {
        "site": site_id,
        "now": now,
        "published": apps.get_model("articles", "Article").Status.PUBLISHED,
        **{f"f{number}": member for number, member in enumerate(family)},
    }
    with connection.cursor() as cursor:
        cursor.execute(_state_sql(len(family), sources), parameters)
        rows = cursor.fetchall()
    first = rows[0]
    # The times as the database gives them (text on SQLite, in one format that
    # sorts as time does; datetimes elsewhere): only the newest and the next
    # change are turned into datetimes.
    changes = (*first[:4], *first[6 : 7 + len(sources)])
    times = [value for value in changes if value is not None]
    next_changes = [value for value in first[4:6] if value is not None]
    sections_from = 7 + len(sources)
    section_rows = tuple(
        row[sections_from : sections_from + 4] for row in rows if row[sections_from] is not None
    )
    token = hashlib.blake2b(
        repr([site_id, family, changes, [row[0] for row in section_rows]]).encode(),
        digest_size=10,
    ).hexdigest()
    return ContentState(
        token,
        _as_datetime(max(times, key=_in_order)) if times else None,
        section_rows,
        _as_datetime(min(next_changes, key=_in_order)) if next_changes else None,
    )


@dataclass(frozen=True)
class Token:
    value: str
    last_modified: float | None  # a POSIX timestamp


def _token_from_database(request):
    """The token of the state in the database; with the token in the cache, kept
    there until the state may change by itself."""
    state = content_state(request)
    last_modified = state.last_modified.timestamp() if state.last_modified else None
    if _token_in_cache():
        # add(), not set(): a write that replaced the token meanwhile wins.
        _keep_token(request.site.pk, state.token, last_modified, state.next_publish_at, add=True)
    return Token(state.token, last_modified)


def token_keys(request):
    """The cache keys the request's portal's token is read from (none when it is not kept there)."""
    return (token_key(request.site.pk),) if _token_in_cache() else ()


def _kept_token(request):
    kept = prefetched.get(request, token_key(request.site.pk)) if _token_in_cache() else None
    if kept is not None and kept[2] > timezone.now().timestamp():
        return Token(kept[0], kept[1])
    return None


def content_token(request):
    """The token every cached page and part of the request's portal is stored
    under, once per request."""
    if hasattr(request, "_content_token"):
        return request._content_token
    token = request._content_token = _kept_token(request) or _token_from_database(request)
    return token
