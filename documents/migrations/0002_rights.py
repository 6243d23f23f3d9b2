"""Who works on documents (newsroom/roles.py gives each group's rights on its
portals): editors ("Biên tập viên") add, change and publish documents and keep
the kinds; journalists ("Phóng viên") draft documents; moderators ("Kiểm duyệt
viên") and editors read the opinions on drafts."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DRAFTING = [
    *(f"{action}_document" for action in ("add", "change", "view")),
    *(f"{action}_attachment" for action in ("add", "change", "delete", "view")),
    "view_kind",
]
OPINIONS = ["view_opinion", "change_opinion"]
RIGHTS = {
    "Phóng viên": DRAFTING,
    "Kiểm duyệt viên": OPINIONS,
    "Biên tập viên": [
        *DRAFTING,
        *OPINIONS,
        "delete_document",
        "publish_document",
        *(f"{action}_kind" for action in ("add", "change", "delete")),
    ],
}


def grant(apps, schema_editor):
    config = apps.get_app_config("documents")
    config.models_module = True  # the migration state has no module; permissions need a truthy one
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in RIGHTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="documents", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=RIGHTS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="documents", codename__in=RIGHTS[group.name])
        )


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_initial"),
        ("articles", "0007_newsroom_groups"),
        ("comments", "0005_reply_rights"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
