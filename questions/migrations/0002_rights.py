"""Who works on questions (newsroom/roles.py gives each group's rights on its
portals): editors ("Biên tập viên") answer and publish, and keep the fields and
departments; moderators ("Kiểm duyệt viên") see the queue, assign and turn
questions down. Journalists get nothing here."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

QUEUE = ["view_question", "change_question", "triage_question", "view_questionevent"]
RIGHTS = {
    "Kiểm duyệt viên": QUEUE,
    "Biên tập viên": [
        *QUEUE,
        "answer_question",
        *(f"{action}_{model}" for action in ("add", "change", "delete", "view") for model in ("field", "department")),
    ],
}


def grant(apps, schema_editor):
    config = apps.get_app_config("questions")
    config.models_module = True  # the migration state has no module; permissions need a truthy one
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in RIGHTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="questions", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=RIGHTS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="questions", codename__in=RIGHTS[group.name])
        )


class Migration(migrations.Migration):
    dependencies = [
        ("questions", "0001_initial"),
        ("comments", "0005_reply_rights"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
