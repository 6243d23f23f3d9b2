"""PostgreSQL: every search column as a stored word array with its own GIN index.

Migration 0010 indexed article_words(search_text), a function the database had
to run again on every candidate row to recheck it, and left the title arrays
without an index, so a title match still went through the body's words. Here
search_text gets a stored generated twin, `search_text_words`, like the titles
have, and all three arrays get a GIN index: a search reads each tier of results
(articles/search.py) from its own index and splits no text at query time.
SQLite keeps its FTS5 index, which already covers the three columns.
"""
from django.db import migrations

WORD_COLUMNS = ["search_text_words", "search_title_words", "search_title_exact_words"]

POSTGRESQL_FORWARD = [
    "ALTER TABLE articles_article ADD COLUMN search_text_words text[] "
    "GENERATED ALWAYS AS (string_to_array(btrim(search_text), ' ')) STORED",
    *(
        f"CREATE INDEX article_{column} ON articles_article USING gin ({column})"
        for column in WORD_COLUMNS
    ),
    "DROP INDEX IF EXISTS article_search_words",
    "DROP FUNCTION IF EXISTS article_words(text)",
]
POSTGRESQL_BACKWARD = [
    """CREATE FUNCTION article_words(text) RETURNS text[]
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
        AS $$ BEGIN RETURN string_to_array(btrim($1), ' '); END $$""",
    "CREATE INDEX article_search_words ON articles_article USING gin (article_words(search_text))",
    *(f"DROP INDEX IF EXISTS article_{column}" for column in WORD_COLUMNS),
    "ALTER TABLE articles_article DROP COLUMN IF EXISTS search_text_words",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_search_word_indexes")]

    operations = [
        migrations.RunPython(run(POSTGRESQL_FORWARD), run(POSTGRESQL_BACKWARD)),
    ]
