"""The moderators' group, "Kiểm duyệt viên", with exactly the rights to work the queue.

Seeing full phone numbers (comments.view_full_phone) is deliberately left out:
an administrator grants it to the few people who need to call a reader back.
"""
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Kiểm duyệt viên"
RIGHTS = [
    ("comment", "view_comment"),
    ("comment", "change_comment"),
    ("comment", "moderate_comment"),
    ("moderationrecord", "view_moderationrecord"),
    ("keyword", "view_keyword"),
    ("keyword", "add_keyword"),
    ("keyword", "change_keyword"),
    ("keyword", "delete_keyword"),
]


def create_group(apps, schema_editor):
    # Permissions are normally made after all migrations; make ours now.
    config = apps.get_app_config("comments")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(
        Permission.objects.get(content_type__app_label="comments", content_type__model=model, codename=codename)
        for model, codename in RIGHTS
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
