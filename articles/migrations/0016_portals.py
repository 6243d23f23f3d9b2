"""Every section, tag and article belongs to a portal (a Site). What an install
had becomes its first portal's (Site 1, newsroom migration 0002): nothing moves,
no address changes. Slugs of sections and tags' names are unique per portal;
the indexes the public pages and the content token read start with the portal.

SQLite rebuilds the articles table to make its `site` column NOT NULL, and a
rebuilt table has lost its triggers: the search index's are made again here
(the statements of migration 0010).
"""

import importlib

import django.db.models.deletion
from django.db import migrations, models

FIRST_PORTAL_ID = 1
search_index = importlib.import_module("articles.migrations.0010_search_word_indexes")


def articles_to_their_sections_portal(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Section = apps.get_model("articles", "Section")
    for site_id in Section.objects.values_list("site", flat=True).distinct():
        Article.objects.filter(section__site=site_id).update(site=site_id)


def search_triggers_again(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in [*search_index.SQLITE_DROP, *search_index.SQLITE_CREATE]:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0015_body_photo_sizes"),
        ("newsroom", "0002_first_portal"),
        ("sites", "0002_alter_domain_unique"),
    ]

    operations = [
        migrations.AddField(
            model_name="section",
            name="site",
            field=models.ForeignKey(
                default=FIRST_PORTAL_ID,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="sections",
                to="sites.site",
                verbose_name="cổng",
            ),
        ),
        migrations.AlterField(
            model_name="section",
            name="slug",
            field=models.SlugField(max_length=100, verbose_name="đường dẫn"),
        ),
        migrations.AddConstraint(
            model_name="section",
            constraint=models.UniqueConstraint(fields=("site", "slug"), name="section_slug_per_site"),
        ),
        migrations.AddField(
            model_name="tag",
            name="site",
            field=models.ForeignKey(
                default=FIRST_PORTAL_ID,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="tags",
                to="sites.site",
                verbose_name="cổng",
            ),
        ),
        migrations.AlterField(
            model_name="tag",
            name="name",
            field=models.CharField(max_length=100, verbose_name="từ khóa"),
        ),
        migrations.AlterField(
            model_name="tag",
            name="key",
            field=models.CharField(editable=False, max_length=100),
        ),
        migrations.AddConstraint(
            model_name="tag",
            constraint=models.UniqueConstraint(fields=("site", "name"), name="tag_name_per_site"),
        ),
        migrations.AddConstraint(
            model_name="tag",
            constraint=models.UniqueConstraint(fields=("site", "key"), name="tag_key_per_site"),
        ),
        migrations.AddField(
            model_name="article",
            name="site",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="articles",
                to="sites.site",
                verbose_name="cổng",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="on_province_home_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="đưa lên trang chủ tỉnh lúc"
            ),
        ),
        migrations.RunPython(articles_to_their_sections_portal, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="article",
            name="site",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="articles",
                to="sites.site",
                verbose_name="cổng",
            ),
        ),
        migrations.RemoveIndex(model_name="article", name="article_public_idx"),
        migrations.RemoveIndex(model_name="article", name="article_updated_idx"),
        migrations.RemoveIndex(model_name="article", name="article_pin_expiry_idx"),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["site", "status", "published_at"], name="article_site_public_idx"),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["site", "updated_at"], name="article_site_updated_idx"),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["site", "pinned_until"], name="article_site_pin_expiry_idx"),
        ),
        migrations.RunPython(search_triggers_again, migrations.RunPython.noop),
    ]
