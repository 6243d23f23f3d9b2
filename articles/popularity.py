""" "Đọc nhiều": reads counted without a database write per read, and the lists.

Counting. The article page is the same for every reader and is served from
cache, so it cannot count itself. Once it has loaded, static/js/read-beacon.js
sends a bodiless POST to /luot-doc/<id>/ (articles.views.count_read), which
reads no cookie, sets none, needs no CSRF token and always answers 204. A read
counts (record_read) when
- the article is published (asked once a minute per id, through the cache),
- the user agent is a browser's: not empty, not a known bot (crawlerdetect),
- the request is sent by the portal's own pages (Origin, Sec-Fetch-Site), and
- this address (newsroom.client_ip) has not read this article in the last hour.
Reads go into hourly buckets (UTC), so "the last 24 hours" is the current hour
and the 23 before it, and "7 days" the current hour and the 167 before it:
- with REDIS_URL, one sorted set per hour (article id -> reads) kept eight days;
  the address's hour is a key set with NX and a one-hour expiry; one Lua call
  does both, so a read is one round trip;
- without Redis, the address's hour is a mark in the database that every
  process sees (newsroom/limits.py: two workers do not allow two reads an
  hour); each process adds reads up in memory and writes them to ReadCount,
  one row per article and hour,
  with one upsert every FLUSH_SECONDS or FLUSH_READS reads, from the beacon
  that crosses the threshold. Upserts add up, so processes and threads never
  lose each other's reads.

The lists. most_read() ranks the published articles (Article.objects.published())
of both windows, one query each, and caches them for LIST_SECONDS
under the content token: an unpublished article leaves at once, new reads show
within a minute (FLUSH_SECONDS + LIST_SECONDS <= 60 without Redis). When they
are due, one process computes them (a lock: cache.add) while the others hand
out the previous lists, less anything unpublished since: no dogpile.

Cached pages. A page showing the lists is cached whole, lists rendered in: its
ETag, and so its key in the page cache, adds the lists' version, a hash of
their ids (`public_page(varies_with=page_variant)`, articles/pagecache.py). When the ranking changes,
the next request gets a new ETag and renders the page once; reads never touch
the content token, and no page is invalidated per read.
"""

import datetime
import hashlib
import logging
import threading
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache

from crawlerdetect import CrawlerDetect
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import Sum
from django.utils import timezone

from articles import prefetched
from articles.freshness import content_token
from articles.models import Article, ReadCount
from newsroom import limits
from newsroom.cache import SOCKET_OPTIONS, outage_for
from newsroom.client_ip import client_ip
from newsroom.origin import is_same_origin

logger = logging.getLogger("articles.popularity")

DAY_HOURS = 24
WEEK_HOURS = 7 * 24
LIST_LENGTH = 5
# Ids Redis ranks per window: a few unpublished ones among them do not shorten the list.
RANKED = 30
LIST_SECONDS = 50
# While one process computes the lists (the lock, freed when it is done, lapses
# if the process dies), the others hand out the previous ones, kept this long.
LIST_LOCK_SECONDS = 10
LAST_LISTS_SECONDS = 10 * 60
FLUSH_SECONDS = 10
FLUSH_READS = 100
REPEAT_SECONDS = 60 * 60
MEMORY_ADDRESSES = 100_000
PUBLISHED_SECONDS = 60
KEEP_HOURS = WEEK_HOURS + 1
REDIS_RETRY_SECONDS = 5

_crawlers = CrawlerDetect()


def _hour(moment):
    return moment.astimezone(datetime.UTC).replace(minute=0, second=0, microsecond=0)


def hours_ending(hours, now):
    """The `hours` hourly buckets that end with the current one, newest first."""
    current = _hour(now)
    return [current - datetime.timedelta(hours=n) for n in range(hours)]


def is_countable(request):
    """Whether this request may count as a read: a browser's, from our own pages."""
    agent = request.headers.get("User-Agent", "").strip()
    if not agent or _crawlers.is_crawler(agent):
        return False
    return is_same_origin(request)


def _reader(request, article_id):
    """The reader's address and the article, hashed with a key of the site's:
    the address itself is never stored, and cannot be found by trying them all."""
    key = hashlib.blake2b(settings.SECRET_KEY.encode(), digest_size=32).digest()
    text = f"{client_ip(request)}|{article_id}".encode()
    return hashlib.blake2b(text, key=key, digest_size=12).hexdigest()


def _is_published(site, article_id):
    return cache.get_or_set(
        f"popular:published:{site.pk}:{article_id}",
        lambda: Article.objects.published(site).filter(pk=article_id).exists(),
        PUBLISHED_SECONDS,
    )


def record_read(request, article_id):
    """Count one read of `article_id` on the request's portal if it counts (see
    above; an article of another portal does not); True if it did."""
    if not is_countable(request) or not _is_published(request.site, article_id):
        return False
    return counter().record(_reader(request, article_id), request.site.pk, article_id, timezone.now())


class MemoryCounter:
    """Reads added up in this process's memory and written to ReadCount in batches."""

    UPSERT = (
        "INSERT INTO {table} (article_id, hour, reads) VALUES (%s, %s, %s)"
        " ON CONFLICT (article_id, hour) DO UPDATE SET reads = {table}.reads + excluded.reads"
    )

    def __init__(self):
        self.lock = threading.Lock()
        self.pending = {}  # (article id, hour) -> reads not yet written
        self.pending_reads = 0
        self.flushed_at = float("-inf")
        self.pruned_at = float("-inf")

    def record(self, reader, site_id, article_id, now):
        try:
            if not limits.first_in(f"read:{reader}", REPEAT_SECONDS, now):
                return False
        except DatabaseError:
            logger.warning("Read not counted: the database did not answer", exc_info=True)
            return False
        clock = time.monotonic()
        with self.lock:
            bucket = (article_id, _hour(now))
            self.pending[bucket] = self.pending.get(bucket, 0) + 1
            self.pending_reads += 1
            due = self.pending_reads >= FLUSH_READS or clock - self.flushed_at >= FLUSH_SECONDS
            batch = self._take(clock) if due else None
        if batch:
            self._write(batch)
        return True

    def flush(self):
        """Write the reads still waiting in memory now."""
        with self.lock:
            batch = self._take(time.monotonic())
        if batch:
            self._write(batch)

    def _take(self, clock):
        batch, self.pending, self.pending_reads = self.pending, {}, 0
        self.flushed_at = clock
        return batch

    def _write(self, batch):
        """Add `batch` ({(article id, hour): reads}) to ReadCount; on a database
        error the reads go back to wait for the next flush."""
        try:
            existing = set(
                Article.objects.filter(pk__in={pk for pk, _ in batch}).values_list("pk", flat=True)
            )
            table = connection.ops.quote_name(ReadCount._meta.db_table)
            rows = [
                (pk, connection.ops.adapt_datetimefield_value(hour), reads)
                for (pk, hour), reads in batch.items()
                if pk in existing
            ]
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.executemany(self.UPSERT.format(table=table), rows)
            self._prune()
        except DatabaseError:
            logger.warning("Read counts not written yet, kept for the next flush", exc_info=True)
            with self.lock:
                for bucket, reads in batch.items():
                    self.pending[bucket] = self.pending.get(bucket, 0) + reads

    def _prune(self):
        clock = time.monotonic()
        if clock - self.pruned_at < 60 * 60:
            return
        self.pruned_at = clock
        oldest = _hour(timezone.now()) - datetime.timedelta(hours=KEEP_HOURS)
        ReadCount.objects.filter(hour__lt=oldest).delete()

    def add(self, reads):
        """Add {(article id, hour): reads} at once (seed_demo)."""
        self._write(reads)

    def most_read(self, site_id, articles, hours, now):
        """The most read of `articles` (a queryset, of portal `site_id`) over the
        last `hours` hourly buckets, most read first, each with its `reads`; one query."""
        return list(
            articles.for_site(site_id)
            .filter(read_counts__hour__gte=hours_ending(hours, now)[-1])
            .annotate(reads=Sum("read_counts__reads"))
            .order_by("-reads", "-pk")[:LIST_LENGTH]
        )


class RedisCounter:
    """Reads counted in Redis: one sorted set per hour. While Redis is unreachable
    reads are dropped and the lists are empty, without a timeout per request
    (the outage state is shared with the cache, newsroom.cache)."""

    RECORD = """
    if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
      redis.call('ZINCRBY', KEYS[2], 1, ARGV[2])
      redis.call('EXPIREAT', KEYS[2], ARGV[3])
      return 1
    end
    return 0
    """

    def __init__(self, url, prefix):
        import redis

        self.errors = (redis.ConnectionError, redis.TimeoutError)
        self.client = redis.Redis.from_url(url, **SOCKET_OPTIONS)
        self.prefix = prefix
        self.record_script = self.client.register_script(self.RECORD)
        self.outage = outage_for(url, REDIS_RETRY_SECONDS)

    def _bucket(self, site_id, hour):
        return f"{self.prefix}{site_id}:hour:{hour:%Y%m%d%H}"

    def _expires(self, hour):
        return int((hour + datetime.timedelta(hours=KEEP_HOURS + 1)).timestamp())

    def _call(self, action, fallback):
        if self.outage.skipping():
            return fallback
        try:
            result = action()
        except self.errors as error:
            self.outage.failed(error)
            return fallback
        self.outage.succeeded()
        return result

    def record(self, reader, site_id, article_id, now):
        hour = _hour(now)
        keys = [f"{self.prefix}seen:{reader}", self._bucket(site_id, hour)]
        args = [REPEAT_SECONDS, article_id, self._expires(hour)]
        return bool(self._call(lambda: self.record_script(keys=keys, args=args), 0))

    def add(self, reads):
        """Add {(article id, hour): reads} at once (seed_demo)."""

        sites = dict(Article.objects.filter(pk__in={pk for pk, _ in reads}).values_list("pk", "site"))

        def run():
            pipe = self.client.pipeline()
            for (pk, hour), count in reads.items():
                if pk in sites:
                    pipe.zincrby(self._bucket(sites[pk], hour), count, pk)
                    pipe.expireat(self._bucket(sites[pk], hour), self._expires(hour))
            pipe.execute()

        self._call(run, None)

    def most_read(self, site_id, articles, hours, now):
        """The most read of `articles` (a queryset, of portal `site_id`) over the
        last `hours` hourly buckets, most read first, each with its `reads`: the
        best ids of the portal's own counts in Redis, then one query."""
        temporary = f"{self.prefix}union:{uuid.uuid4().hex}"

        def run():
            pipe = self.client.pipeline()  # MULTI: the union key never outlives it
            pipe.zunionstore(temporary, [self._bucket(site_id, hour) for hour in hours_ending(hours, now)])
            pipe.zrevrange(temporary, 0, RANKED - 1, withscores=True)
            pipe.delete(temporary)
            return pipe.execute()[1]

        ranked = {int(member): int(score) for member, score in self._call(run, [])}
        found = articles.in_bulk(list(ranked)) if ranked else {}
        best = [found[pk] for pk in ranked if pk in found][:LIST_LENGTH]
        for article in best:
            article.reads = ranked[article.pk]
        return best


@lru_cache(maxsize=None)  # noqa: UP033 (`cache` is the Django cache here)
def _counter_for(redis_url, prefix):
    return RedisCounter(redis_url, prefix) if redis_url else MemoryCounter()


def counter():
    """This process's counter: Redis when REDIS_URL is set, else memory + ReadCount."""
    return _counter_for(settings.REDIS_URL, settings.NEWSROOM_READS_KEY_PREFIX)


@dataclass(frozen=True)
class MostRead:
    day: list
    week: list
    version: str
    computed_at: datetime.datetime
    # Lists handed out while another process computes the next ones.
    previous: bool = False


def _compute_most_read(site):
    now = timezone.now()
    public = Article.objects.published(site).for_listing()
    day, week = (counter().most_read(site.pk, public, hours, now) for hours in (DAY_HOURS, WEEK_HOURS))
    version = hashlib.blake2b(
        repr([[a.pk for a in day], [a.pk for a in week]]).encode(), digest_size=8
    ).hexdigest()
    return MostRead(day, week, version, now)


# The lists' (content token, version, computed_at), read with the page on a
# cached hit: the version alone decides the page's ETag, so the lists are read
# only to render a page.
VERSION_KEY = "popular:version"


def version_key(request):
    """The cache key of the request's portal's lists' version."""
    return f"{VERSION_KEY}:{request.site.pk}"


def most_read(request):
    """The most-read published articles of 24 hours and of 7 days, at most a
    minute old; computed once per LIST_SECONDS and content token."""
    if not hasattr(request, "_most_read"):
        request._most_read = _lists(request.site, content_token(request).value)
    return request._most_read


def _lists(site, token):
    """The portal's current lists. When they are due, one process (the one that
    takes the lock) computes them; the others meanwhile hand out the previous
    lists, less any article no longer published, rather than all computing them
    at once (68-98 ms each with 20,000 articles, docs/most-read.md)."""
    key = f"popular:lists:{site.pk}:{token}"
    lists = cache.get(key)
    if lists is not None:
        return lists
    lock, last = f"popular:lists:lock:{site.pk}", f"popular:lists:last:{site.pk}"
    locked = cache.add(lock, True, LIST_LOCK_SECONDS)
    kept = None if locked else cache.get(last)
    if kept is not None:
        return kept[1] if kept[0] == token else _still_published(site, kept[1])
    try:
        lists = _compute_most_read(site)
        cache.set(key, lists, LIST_SECONDS)
        cache.set(last, (token, lists), LAST_LISTS_SECONDS)
    finally:
        if locked:
            cache.delete(lock)
    return lists


def _still_published(site, lists):
    """Lists kept under an older token, without what has left the site since;
    a version of their own, so no page rendered with them outlives them."""
    shown = {article.pk for article in (*lists.day, *lists.week)}
    public = set(Article.objects.published(site).filter(pk__in=shown).values_list("pk", flat=True))
    return MostRead(
        [article for article in lists.day if article.pk in public],
        [article for article in lists.week if article.pk in public],
        f"{lists.version}-previous",
        lists.computed_at,
        previous=True,
    )


def _keep_version(request, token, lists):
    """Keep the lists' version for the next page's ETag, as long as the lists last."""
    left = LIST_SECONDS - (timezone.now() - lists.computed_at).total_seconds()
    if left >= 1:
        cache.set(version_key(request), (token, lists.version, lists.computed_at), int(left))


def page_variant(request):
    """What a page showing "Đọc nhiều" adds to its ETag: the lists' version and
    when they were computed (see "Cached pages" above)."""
    token = content_token(request).value
    kept = prefetched.get(request, version_key(request))
    if kept is not None and kept[0] == token:
        return kept[1], kept[2]
    lists = most_read(request)
    if not lists.previous:
        _keep_version(request, token, lists)
    return lists.version, lists.computed_at


# The keys CachedPageMiddleware reads with the page (articles/prefetched.py).
page_variant.cache_keys = lambda request: (version_key(request),)
