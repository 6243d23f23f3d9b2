"""The install's content becomes its first portal: Site 1 gets the domain readers
use (NEWSROOM_FIRST_PORTAL_DOMAIN, else the first name in DJANGO_ALLOWED_HOSTS,
else "localhost") and a profile with the names the settings gave the one portal
(NEWSROOM_SITE_NAME, NEWSROOM_SITE_SHORT_NAME); everyone in a newsroom group
gets that role on the first portal, so staff keep working as before."""

from django.conf import settings
from django.core.management.color import no_style
from django.db import migrations

FIRST_PORTAL_ID = 1
GROUPS = {"journalist": "Phóng viên", "editor": "Biên tập viên", "moderator": "Kiểm duyệt viên"}


def make_first_portal(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    Portal = apps.get_model("newsroom", "Portal")
    PortalRole = apps.get_model("newsroom", "PortalRole")
    Group = apps.get_model("auth", "Group")
    name = settings.NEWSROOM_SITE_NAME
    site, _ = Site.objects.update_or_create(
        pk=FIRST_PORTAL_ID,
        defaults={"domain": settings.NEWSROOM_FIRST_PORTAL_DOMAIN, "name": name[:50]},
    )
    # An explicit id leaves the table's sequence behind (as Django's own
    # create_default_site says): the next portal would be given id 1 again.
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [Site]):
            cursor.execute(statement)
    Portal.objects.get_or_create(site=site, defaults={"name": name, "short_name": settings.NEWSROOM_SITE_SHORT_NAME})
    for role, group_name in GROUPS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        PortalRole.objects.bulk_create(
            [PortalRole(user_id=user_id, site=site, role=role) for user_id in group.user_set.values_list("pk", flat=True)],
            ignore_conflicts=True,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_initial"),
        ("sites", "0002_alter_domain_unique"),
        # The groups whose members become the first portal's staff.
        ("articles", "0007_newsroom_groups"),
        ("comments", "0002_moderators_group"),
    ]

    operations = [migrations.RunPython(make_first_portal, migrations.RunPython.noop)]
