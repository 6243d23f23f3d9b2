"""Give the newsroom's roles their rights over tags: both pick and add tags on
articles; editors also rename and delete them."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLE_ADDITIONS = {
    "Phóng viên": ["articles.view_tag", "articles.add_tag"],
    "Biên tập viên": [
        "articles.view_tag",
        "articles.add_tag",
        "articles.change_tag",
        "articles.delete_tag",
    ],
}


def _permissions(apps, codes):
    Permission = apps.get_model("auth", "Permission")
    return [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in (code.split(".") for code in codes)
    ]


def add_rights(apps, schema_editor):
    articles = apps.get_app_config("articles")
    articles.models_module = True  # as in 0007: permissions need a truthy module
    create_permissions(articles, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    for name, codes in ROLE_ADDITIONS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.add(*_permissions(apps, codes))


def remove_rights(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codes in ROLE_ADDITIONS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(*_permissions(apps, codes))


class Migration(migrations.Migration):
    dependencies = [("articles", "0012_tags_and_pins")]

    operations = [migrations.RunPython(add_rights, remove_rights)]
