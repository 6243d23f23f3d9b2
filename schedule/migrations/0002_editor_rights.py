"""Editors ("Biên tập viên") write the schedule (weeks and their entries) of the portals
where they have the role (newsroom/roles.py); journalists and moderators do not."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Biên tập viên"
MODELS = ["week", "entry"]
CODENAMES = [f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    config = apps.get_app_config("schedule")
    config.models_module = True  # the migration state has no module; permissions need a truthy one
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="schedule", codename__in=CODENAMES))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="schedule", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("schedule", "0001_initial"),
        ("articles", "0007_newsroom_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
