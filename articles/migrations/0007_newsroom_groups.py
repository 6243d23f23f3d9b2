"""Create the newsroom's two writing roles with exactly their rights.

Permissions are normally created after all migrations ran (post_migrate), so this
migration creates the ones it needs first.
"""
from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = {
    "Phóng viên": [
        "articles.add_article",
        "articles.change_article",
        "articles.view_article",
        "articles.view_section",
    ],
    "Biên tập viên": [
        "articles.add_article",
        "articles.change_article",
        "articles.view_article",
        "articles.publish_article",
        "articles.edit_others_article",
        "articles.view_articlerevision",
        "articles.add_section",
        "articles.change_section",
        "articles.view_section",
    ],
}


def create_roles(apps, schema_editor):
    articles = apps.get_app_config("articles")
    articles.models_module = True  # the migration state has no module; permissions need a truthy one
    create_permissions(articles, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in (code.split(".") for code in codes)
        ]
        group.permissions.set(permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
