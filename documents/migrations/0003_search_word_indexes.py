"""Word indexes over the documents' search columns, made as the articles' are
(articles/migrations/0010 and 0011, articles/search.py `has_all_words()`), so a
search reads only the documents holding every word, the words of the files
included.

SQLite: an FTS5 index `document_search` over the three columns, the document's
id as its rowid, kept in step by triggers (every write path reaches it).
PostgreSQL: each column's words as a stored generated array (`<column>_words`,
not in the Django model) with a GIN index.
"""
from django.db import migrations

TABLE = "documents_document"
FTS_TABLE = "document_search"
COLUMNS = "search_title_exact, search_title, search_text"
NEW_VALUES = "new.id, new.search_title_exact, new.search_title, new.search_text"
OLD_VALUES = "old.id, old.search_title_exact, old.search_title, old.search_text"
SEARCH_COLUMNS = ["search_text", "search_title", "search_title_exact"]

SQLITE_CREATE = [
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        {COLUMNS}, content='{TABLE}', content_rowid='id',
        tokenize="unicode61 remove_diacritics 0 tokenchars '_'")""",
    f"""CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON {TABLE} BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {COLUMNS}) VALUES ({NEW_VALUES});
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON {TABLE} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {COLUMNS}) VALUES ('delete', {OLD_VALUES});
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF {COLUMNS} ON {TABLE} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {COLUMNS}) VALUES ('delete', {OLD_VALUES});
        INSERT INTO {FTS_TABLE}(rowid, {COLUMNS}) VALUES ({NEW_VALUES});
    END""",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]
SQLITE_DROP = [f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{event}" for event in ("insert", "delete", "update")] + [
    f"DROP TABLE IF EXISTS {FTS_TABLE}"
]
POSTGRESQL_CREATE = [
    f"ALTER TABLE {TABLE} "
    + ", ".join(
        f"ADD COLUMN {column}_words text[] GENERATED ALWAYS AS (string_to_array(btrim({column}), ' ')) STORED"
        for column in SEARCH_COLUMNS
    ),
    *(f"CREATE INDEX document_{column}_words ON {TABLE} USING gin ({column}_words)" for column in SEARCH_COLUMNS),
    f"ALTER TABLE {TABLE} SET (parallel_workers = 0)",
]
POSTGRESQL_DROP = [
    f"ALTER TABLE {TABLE} RESET (parallel_workers)",
    *(f"DROP INDEX IF EXISTS document_{column}_words" for column in SEARCH_COLUMNS),
    f"ALTER TABLE {TABLE} " + ", ".join(f"DROP COLUMN IF EXISTS {column}_words" for column in SEARCH_COLUMNS),
]


def run(statements):
    def operation(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("documents", "0002_rights")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRESQL_CREATE}),
            run({"sqlite": SQLITE_DROP, "postgresql": POSTGRESQL_DROP}),
        )
    ]
