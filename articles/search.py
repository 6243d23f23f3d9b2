"""Vietnamese search: the words stored for each article, how a query matches
them, and how the matched words are marked in the results.

Article.save() stores three word lists beside the text (`search_columns()`):

    search_title_exact  the title's words, lower-cased NFC ("đảng", "bộ")
    search_title        the title's words, accent-folded      ("dang", "bo")
    search_text         the words of title, lead and body, accent-folded

Each is the distinct words separated by single spaces, with a space at both
ends, so the pattern " bo " finds the whole word "bo" and never "bong". A
query matches an article when every one of its folded words is in
`search_text`; it ranks first when every exact word is in the title, second
when every folded word is, and last otherwise; the newest comes first within a
rank (`ArticleQuerySet.search()`). These are plain `LIKE` lookups, so SQLite and
PostgreSQL give the same results; on PostgreSQL a pg_trgm GIN index answers them.
"""
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from articles.richtext import plain_text
from articles.vietnamese import fold_accents, words

MAX_QUERY_LENGTH = 200
SNIPPET_WORDS = 36
SNIPPET_WORDS_BEFORE = 10

_TOKENS_RE = re.compile(r"(\w+)")


def word_list(items):
    """Distinct words, in first-seen order, as stored: " đảng bộ quận "."""
    return " " + " ".join(dict.fromkeys(items)) + " "


def search_columns(title, lead, body_html):
    """The three search columns of an article, from its text."""
    title_words = words(title)
    all_words = title_words + words(lead) + words(plain_text(body_html))
    return {
        "search_title_exact": word_list(title_words),
        "search_title": word_list(fold_accents(word) for word in title_words),
        "search_text": word_list(fold_accents(word) for word in all_words),
    }


def query_words(query):
    """A query's distinct words, exact and accent-folded: ([...], [...])."""
    exact = list(dict.fromkeys(words(query)))
    folded = list(dict.fromkeys(fold_accents(word) for word in exact))
    return exact, folded


def _is_match(token, folded):
    token_words = words(token)
    return bool(token_words) and fold_accents(token_words[0]) in folded


def _marked(tokens, folded):
    """HTML of the text pieces with the matching words in <mark>; everything escaped."""
    return "".join(
        f"<mark>{escape(token)}</mark>" if _is_match(token, folded) else escape(token)
        for token in tokens
    )


def highlight(text, query):
    """`text`, HTML-escaped, with every word that matches `query` in <mark>."""
    _, folded = query_words(query)
    return mark_safe(_marked(_TOKENS_RE.split(text), set(folded)))


def snippet(article, query):
    """A short passage of the lead and body around the first matching word,
    escaped and highlighted; the start of the lead when only the title matched."""
    _, folded = query_words(query)
    folded = set(folded)
    text = " ".join(f"{article.lead} {plain_text(article.body)}".split())
    # split() with a capturing group alternates: separator, word, separator, ...
    tokens = _TOKENS_RE.split(text)
    first = next(
        (i for i in range(1, len(tokens), 2) if _is_match(tokens[i], folded)), 1
    )
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
    "va cua cac nhung la co duoc cho voi trong tren tai the nay mot de khi ve tu "
    "den da se nam ngay thang quan phuong nguoi ra vao lam".split()
)
RELATED_MAX_WORDS = 12


def related_title_words(search_title):
    """The words of a stored, folded title that can relate two articles."""
    candidates = [
        word for word in search_title.split()
        if len(word) > 1 and word not in RELATED_STOP_WORDS and not word.isdigit()
    ]
    return candidates[:RELATED_MAX_WORDS]
