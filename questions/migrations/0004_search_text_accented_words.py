"""search_text now also holds the words spelled with accents (articles/search.py,
articles migration 0019): the stored word lists are made again for every
question, so a query typed with accents finds its exact spellings first."""

from django.db import migrations

BATCH = 500


def rebuild_search_text(apps, schema_editor):
    from articles.search import search_columns

    Question = apps.get_model("questions", "Question")
    rows = Question.objects.order_by("pk").only("pk", "title", "body", "answer")
    last = 0
    while True:
        batch = list(rows.filter(pk__gt=last)[:BATCH])
        if not batch:
            return
        for question in batch:
            question.search_text = search_columns(question.title, question.body, question.answer)["search_text"]
        Question.objects.bulk_update(batch, ["search_text"])
        last = batch[-1].pk


class Migration(migrations.Migration):
    dependencies = [("questions", "0003_lists_updated_at"), ("articles", "0019_search_text_accented_words")]

    operations = [migrations.RunPython(rebuild_search_text, migrations.RunPython.noop)]
