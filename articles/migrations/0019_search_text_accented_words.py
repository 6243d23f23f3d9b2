"""search_text now also holds the words spelled with accents ("dang bo đảng
bộ"), so a query typed with accents finds its exact spellings first
(articles/search.py). The stored word lists are made again for every article;
the word indexes follow by themselves (triggers on SQLite, generated columns on
PostgreSQL)."""

from django.db import migrations

BATCH = 500


def rebuild_search_text(apps, schema_editor):
    from articles.search import search_columns

    Article = apps.get_model("articles", "Article")
    rows = Article.objects.order_by("pk").only("pk", "title", "lead", "body")
    last = 0
    while True:
        batch = list(rows.filter(pk__gt=last)[:BATCH])
        if not batch:
            return
        for article in batch:
            article.search_text = search_columns(article.title, article.lead, article.body)["search_text"]
        Article.objects.bulk_update(batch, ["search_text"])
        last = batch[-1].pk


class Migration(migrations.Migration):
    dependencies = [("articles", "0018_tag_key_holds_folded_names")]

    operations = [migrations.RunPython(rebuild_search_text, migrations.RunPython.noop)]
