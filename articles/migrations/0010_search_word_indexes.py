"""Word indexes over the search columns, so a search reads only the articles
that hold every word of the query (articles/search.py, `has_all_words()`).

SQLite: an FTS5 index over the three columns, with the article's id as its
rowid, kept in step by triggers, so every write (save(), bulk_create(), update(),
delete(), raw SQL) reaches it. Its tokenizer keeps accents and treats "_" as a
letter, so its tokens are exactly the stored words.

PostgreSQL: `article_words(column)` is the column split into an array of its
words; `@>` on it is the same whole-word rule, and a GIN index over
article_words(search_text) finds the candidates. It replaces the trigram index
on search_text (the one on search_title still serves related articles). The two
title columns get stored generated twins, `<column>_words`, the same arrays kept
by the database on every write, so ranking splits nothing. Those columns are not
in the Django model: only the search's SQL reads them.
"""
from django.db import migrations

FTS_TABLE = "article_search"
COLUMNS = "search_title_exact, search_title, search_text"
NEW_VALUES = "new.id, new.search_title_exact, new.search_title, new.search_text"
OLD_VALUES = "old.id, old.search_title_exact, old.search_title, old.search_text"

SQLITE_CREATE = [
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        {COLUMNS}, content='articles_article', content_rowid='id',
        tokenize="unicode61 remove_diacritics 0 tokenchars '_'")""",
    f"""CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON articles_article BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {COLUMNS}) VALUES ({NEW_VALUES});
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON articles_article BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {COLUMNS}) VALUES ('delete', {OLD_VALUES});
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF {COLUMNS} ON articles_article BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {COLUMNS}) VALUES ('delete', {OLD_VALUES});
        INSERT INTO {FTS_TABLE}(rowid, {COLUMNS}) VALUES ({NEW_VALUES});
    END""",
    # Index the articles already stored.
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{event}" for event in ("insert", "delete", "update")
] + [f"DROP TABLE IF EXISTS {FTS_TABLE}"]

TITLE_COLUMNS = ["search_title_exact", "search_title"]

POSTGRESQL_CREATE = [
    # A function the planner believes costly, so that for a common word it still
    # reads the GIN index rather than splitting search_text on every row.
    """CREATE FUNCTION article_words(text) RETURNS text[]
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
        AS $$ BEGIN RETURN string_to_array(btrim($1), ' '); END $$""",
    "CREATE INDEX article_search_words ON articles_article USING gin (article_words(search_text))",
    "DROP INDEX IF EXISTS article_search_text_trgm",
    # Ranking compares the titles' words of every candidate: kept ready.
    "ALTER TABLE articles_article "
    + ", ".join(
        f"ADD COLUMN {column}_words text[] "
        f"GENERATED ALWAYS AS (string_to_array(btrim({column}), ' ')) STORED"
        for column in TITLE_COLUMNS
    ),
    # A search for a common word reads thousands of rows; on the small servers
    # the portal runs on, starting parallel workers for it costs more than it
    # saves (about 2x slower on 2 cores). Index lookups by id or date never
    # used them.
    "ALTER TABLE articles_article SET (parallel_workers = 0)",
]
POSTGRESQL_DROP = [
    "ALTER TABLE articles_article RESET (parallel_workers)",
    "ALTER TABLE articles_article "
    + ", ".join(f"DROP COLUMN IF EXISTS {column}_words" for column in TITLE_COLUMNS),
    "CREATE INDEX IF NOT EXISTS article_search_text_trgm ON articles_article "
    "USING gin (search_text gin_trgm_ops)",
    "DROP INDEX IF EXISTS article_search_words",
    "DROP FUNCTION IF EXISTS article_words(text)",
]


def run(statements):
    def operation(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_freshness")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRESQL_CREATE}),
            run({"sqlite": SQLITE_DROP, "postgresql": POSTGRESQL_DROP}),
        )
    ]
