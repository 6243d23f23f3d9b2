"""Who sees a document's revisions ("Phiên bản"): those who see documents,
journalists and editors (0002_rights). Restoring one needs no right of its own:
documents/workflow.py lets the portal's editors alone do it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RIGHT = "view_documentrevision"
ROLES = ["Phóng viên", "Biên tập viên"]


def _permission(apps):
    config = apps.get_app_config("documents")
    config.models_module = True  # the migration state has no module; permissions need a truthy one
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label="documents", codename=RIGHT)


def grant(apps, schema_editor):
    permission = _permission(apps)
    Group = apps.get_model("auth", "Group")
    for name in ROLES:
        Group.objects.get_or_create(name=name)[0].permissions.add(permission)


def revoke(apps, schema_editor):
    permission = _permission(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [("documents", "0005_revisions")]

    operations = [migrations.RunPython(grant, revoke)]
