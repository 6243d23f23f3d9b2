"""On PostgreSQL, trigram indexes answer the search's `LIKE '% word %'` lookups.

SQLite has no such index and scans; the results are the same. The pg_trgm
extension needs a role allowed to create it (README "Search, feeds and sitemaps").
"""
from django.db import migrations

INDEXES = {
    "article_search_text_trgm": "search_text",
    "article_search_title_trgm": "search_title",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON articles_article "
            f"USING gin ({column} gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_fill_search_columns")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
