"""Fill the search columns of articles saved before they existed."""
from django.db import migrations

from articles.search import search_columns

BATCH = 500


def fill(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    articles = Article.objects.only("pk", "title", "lead", "body").order_by("pk")
    batch = []
    for article in articles.iterator(chunk_size=BATCH):
        for column, value in search_columns(article.title, article.lead, article.body).items():
            setattr(article, column, value)
        batch.append(article)
        if len(batch) == BATCH:
            Article.objects.bulk_update(batch, ["search_title_exact", "search_title", "search_text"])
            batch = []
    Article.objects.bulk_update(batch, ["search_title_exact", "search_title", "search_text"])


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_search_columns")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
