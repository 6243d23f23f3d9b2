"""Who answers readers: moderators and editors ("Biên tập viên") get
comments.reply_comment; editors also get to see the comments, to reach them.
Journalists get neither."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

RIGHTS = {
    "Kiểm duyệt viên": ["reply_comment"],
    "Biên tập viên": ["reply_comment", "view_comment", "view_moderationrecord"],
}


def grant(apps, schema_editor):
    config = apps.get_app_config("comments")
    config.models_module = True  # the migration state has no module; permissions need a truthy one
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in RIGHTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="comments", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=RIGHTS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="comments", codename__in=RIGHTS[group.name])
        )


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0004_reply"),
        ("articles", "0007_newsroom_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
