"""Vietnamese search: the words stored for each article, how a query matches
them, and how the matched words are marked in the results.

Article.save() stores three word lists beside the text (`search_columns()`):

    search_title_exact  the title's words, lower-cased NFC ("đảng", "bộ")
    search_title        the title's words, accent-folded      ("dang", "bo")
    search_text         the words of title, lead and body, accent-folded,
                        then those of them spelled with accents ("dang bo đảng bộ")

Each is the distinct words separated by single spaces, with a space at both
ends, so the pattern " bo " finds the whole word "bo" and never "bong". A
query matches an article when every one of its folded words is in
`search_text`; it ranks first when every exact word is in the title, second
when every folded word is, and last otherwise; the newest comes first within a
rank (`ArticleQuerySet.search()`). A query typed with accents ("Đảng bộ") means
those spellings: an article with every exact word anywhere ranks right after
the exact titles, before the look-alikes found by folding alone ("đăng ký bổ
sung"), and only the exact spellings are marked in the results (`highlight()`).

"Every word is in the column" is answered from a word index so a search reads
only the matching articles (`has_all_words()`, migrations 0010 and 0011): an FTS5 table on
SQLite, arrays of the words with a GIN index on PostgreSQL. Both
hold the stored words as they are, so they give the same results as the plain
`LIKE '% word %'` kept for other databases.
"""

import operator
import re
from functools import cached_property, reduce

from django.db import connections, models
from django.db.models import BooleanField, Case, Q, Value, When
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe

from articles.richtext import plain_text
from newsroom.vietnamese import fold_accents, words

MAX_QUERY_LENGTH = 200
# The stored word lists: read by the search alone, never shown.
SEARCH_COLUMNS = ["search_title_exact", "search_title", "search_text"]
SNIPPET_WORDS = 36
SNIPPET_WORDS_BEFORE = 10

_TOKENS_RE = re.compile(r"(\w+)")


def word_list(items):
    """Distinct words, in first-seen order, as stored: " đảng bộ quận "."""
    return " " + " ".join(dict.fromkeys(items)) + " "


def search_columns(title, lead, body_html):
    """The three search columns of an article, from its text."""
    return word_columns(words(title), words(lead) + words(plain_text(body_html)))


def word_columns(title_words, other_words):
    """The three search columns of anything searched like articles: its title's
    words, exact and folded, and every word folded, with the accented spellings
    beside them (so a query typed with accents finds its exact spellings first)."""
    all_words = title_words + other_words
    folded = [fold_accents(word) for word in all_words]
    accented = [word for word, plain in zip(all_words, folded, strict=True) if word != plain]
    return {
        "search_title_exact": word_list(title_words),
        "search_title": word_list(fold_accents(word) for word in title_words),
        "search_text": word_list(folded + accented),
    }


def query_words(query):
    """A query's distinct words, exact and accent-folded: ([...], [...])."""
    exact = list(dict.fromkeys(words(query)))
    folded = list(dict.fromkeys(fold_accents(word) for word in exact))
    return exact, folded


def has_accents(exact, folded):
    """Whether a query's words (query_words()) were typed with accents: then
    its exact spellings are what it asks for."""
    return exact != folded


SQLITE_WORD_INDEX = "article_search"
# The words of each column as arrays on PostgreSQL (migration 0010).
POSTGRESQL_WORDS = {
    "search_text": "search_text_words",
    "search_title": "search_title_words",
    "search_title_exact": "search_title_exact_words",
}


def _fts_phrase(word):
    """A word as an FTS5 string: always quoted, so no input is FTS syntax."""
    return '"' + word.replace('"', '""') + '"'


def has_all_words(column, query_words, vendor, fts_table=SQLITE_WORD_INDEX):
    """The condition "search column `column` holds every one of `query_words`"
    on a database of `vendor` (on SQLite, from the FTS5 index `fts_table`)."""
    if vendor == "sqlite":
        match = " AND ".join(f"{column} : {_fts_phrase(word)}" for word in query_words)
        return Q(pk__in=RawSQL(f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH %s", [match]))
    if vendor == "postgresql":
        return Q(
            RawSQL(
                f"{POSTGRESQL_WORDS[column]} @> %s::text[]",
                [list(query_words)],
                output_field=BooleanField(),
            )
        )
    return Q(*[Q(**{f"{column}__contains": f" {word} "}) for word in query_words])


class RankedResults:
    """Search results for a Paginator, read no further than the page.

    The count is exact up to COUNT_CAP and only says "more" past it
    (`is_capped`): counting every match of a common word would cost more than
    the page itself, and nobody reads past page 50.

    Up to `rank_whole` matches are ranked in one query (ArticleQuerySet.search()).
    Past that, the page is read from the tiers of search_tiers(), best rank
    first and newest first within each, each only as far as the page needs:
    a word found in most articles costs a walk down the date index, not a
    ranking of every match.
    """

    COUNT_CAP = 500

    def __init__(self, articles, query, cap=None, rank_whole=None, related=("section",)):
        self.articles = articles
        self.query = query
        # What each result brings along (another model's results: its own).
        self.related = related
        self.cap = self.COUNT_CAP if cap is None else cap
        self.rank_whole = self.cap if rank_whole is None else rank_whole

    @cached_property
    def _capped_count(self):
        matches = self.articles.search_matches(self.query).order_by().values("pk")
        return matches[: max(self.cap, self.rank_whole) + 1].count()

    @property
    def is_capped(self):
        return self._capped_count > self.cap

    def count(self):
        return min(self._capped_count, self.cap)

    def __getitem__(self, page):
        if self._capped_count <= self.rank_whole:
            return list(self.articles.search(self.query).select_related(*self.related)[page])
        return self._read_tiers(page.start or 0, min(page.stop, self.count()))

    def _read_tiers(self, start, stop):
        results = []
        before = 0  # how many results the tiers already read rank above this one
        for tier in self.articles.search_tiers(self.query):
            if start + len(results) >= stop:
                break
            skip = max(start - before, 0)
            wanted = stop - start - len(results)
            found = list(tier.select_related(*self.related)[skip : skip + wanted])
            results += found
            # Where the next tier starts: after this one, which ended before the page did.
            before += skip + len(found) if found else tier.values("pk")[:skip].count()
        return results


def _hits(query):
    """(the words a text's word must be, whether to fold it first) to be a
    hit of `query`: its exact spellings when it was typed with accents, else
    any spelling of its letters."""
    exact, folded = query_words(query)
    if has_accents(exact, folded):
        return set(exact), False
    return set(folded), True


def _is_match(token, hits):
    wanted, fold = hits
    token_words = words(token)
    return bool(token_words) and (fold_accents(token_words[0]) if fold else token_words[0]) in wanted


def _marked(tokens, hits):
    """HTML of the text pieces with the matching words in <mark>; everything escaped."""
    return "".join(
        f"<mark>{escape(token)}</mark>" if _is_match(token, hits) else escape(token) for token in tokens
    )


def highlight(text, query):
    """`text`, HTML-escaped, with every word that matches `query` in <mark>
    (only its exact spellings, when it was typed with accents)."""
    return mark_safe(_marked(_TOKENS_RE.split(text), _hits(query)))


def snippet(article, query):
    """A short passage of the lead and body around the first matching word,
    escaped and highlighted; the start of the lead when only the title matched."""
    folded = _hits(query)
    text = " ".join(f"{article.lead} {plain_text(article.body)}".split())
    # split() with a capturing group alternates: separator, word, separator, ...
    tokens = _TOKENS_RE.split(text)
    first = next((i for i in range(1, len(tokens), 2) if _is_match(tokens[i], folded)), 1)
    start = max(0, first - 2 * SNIPPET_WORDS_BEFORE - 1)
    end = start + 2 * SNIPPET_WORDS
    passage = _marked(tokens[start:end], folded).strip()
    if start > 0:
        passage = "… " + passage
    if end < len(tokens):
        passage += " …"
    return mark_safe(passage)


# Accent-folded words too common in titles to make two articles related.
RELATED_STOP_WORDS = frozenset(
    [
        "va",
        "cua",
        "cac",
        "nhung",
        "la",
        "co",
        "duoc",
        "cho",
        "voi",
        "trong",
        "tren",
        "tai",
        "the",
        "nay",
        "mot",
        "de",
        "khi",
        "ve",
        "tu",
        "den",
        "da",
        "se",
        "nam",
        "ngay",
        "thang",
        "quan",
        "phuong",
        "nguoi",
        "ra",
        "vao",
        "lam",
    ]
)
RELATED_MAX_WORDS = 12


def related_title_words(search_title):
    """The words of a stored, folded title that can relate two articles."""
    candidates = [
        word
        for word in search_title.split()
        if len(word) > 1 and word not in RELATED_STOP_WORDS and not word.isdigit()
    ]
    return candidates[:RELATED_MAX_WORDS]


class SearchQuerySet(models.QuerySet):
    """The search's queries, mixed into ArticleQuerySet: matching, ranking and
    related articles, all from the stored word lists.

    Another model with the three columns (`search_columns()`) may mix it in
    too (questions): with `search_word_index = False` it matches with LIKE,
    the word indexes being the articles' own, and `search_order` says what
    "newest" is. A model with word indexes of its own, made as the articles'
    (migrations 0010 and 0011: the same `*_words` columns on PostgreSQL),
    names its FTS5 table in `search_fts_table` (documents).
    """

    search_word_index = True
    search_fts_table = SQLITE_WORD_INDEX
    search_order = ("-published_at", "-pk")

    def _search_conditions(self, query):
        """(every word anywhere, every exact word in the title, every folded
        word in the title, every exact word anywhere or None for a query
        without accents) for `query`, or None when it has no word."""
        exact, folded = query_words(query)
        if not folded:
            return None
        vendor = connections[self.db].vendor if self.search_word_index else None
        table = self.search_fts_table
        return (
            has_all_words("search_text", folded, vendor, table),
            has_all_words("search_title_exact", exact, vendor, table),
            has_all_words("search_title", folded, vendor, table),
            has_all_words("search_text", exact, vendor, table) if has_accents(exact, folded) else None,
        )

    def search_matches(self, query):
        """Articles with every word of `query`, ignoring case and accents, unordered."""
        conditions = self._search_conditions(query)
        if conditions is None:
            return self.none()
        return self.filter(conditions[0]).defer(*SEARCH_COLUMNS)

    def search(self, query):
        """search_matches(), best first: exact title match, accent-folded title
        match, then body or lead match; newest first within each. See
        articles/search.py."""
        conditions = self._search_conditions(query)
        if conditions is None:
            return self.none()
        _, exact_title, folded_title, exact_anywhere = conditions
        ranks = [When(exact_title, then=Value(3))]
        if exact_anywhere is not None:
            ranks.append(When(exact_anywhere, then=Value(2)))
        ranks.append(When(folded_title, then=Value(1)))
        return (
            self.search_matches(query)
            .annotate(search_rank=Case(*ranks, default=Value(0)))
            .order_by("-search_rank", *self.search_order)
        )

    def search_tiers(self, query):
        """The matches of `query` as search() ranks them, one queryset per
        rank, newest first within each: a page of results reads each tier only
        as far as it needs (articles/search.py RankedResults)."""
        conditions = self._search_conditions(query)
        if conditions is None:
            return []
        anywhere, exact_title, folded_title, exact_anywhere = conditions
        # A title's words are among the article's words, so a title match needs
        # no other condition, and each tier is read from its own word index.
        articles = self.defer(*SEARCH_COLUMNS).order_by(*self.search_order)
        if exact_anywhere is None:
            return [
                articles.filter(exact_title),
                articles.filter(folded_title).exclude(exact_title),
                articles.filter(anywhere).exclude(folded_title),
            ]
        return [
            articles.filter(exact_title),
            articles.filter(exact_anywhere).exclude(exact_title),
            articles.filter(folded_title).exclude(exact_title).exclude(exact_anywhere),
            articles.filter(anywhere).exclude(folded_title).exclude(exact_anywhere),
        ]

    def related_to(self, article):
        """Other articles of the same section sharing words with its title
        (accents ignored, common words left out), most shared words first."""
        shared = [Q(search_title__contains=f" {word} ") for word in related_title_words(article.search_title)]
        if not shared:
            return self.none()
        return (
            self.in_section(article.section_id)
            .exclude(pk=article.pk)
            .filter(reduce(operator.or_, shared))
            .annotate(shared_words=reduce(operator.add, [Case(When(q, then=1), default=0) for q in shared]))
            .order_by("-shared_words", "-published_at", "-pk")
        )
