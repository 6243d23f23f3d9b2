"""An index on the captcha table's expiration, so that removing expired captchas
reads only them (django-simple-captcha's model has none)."""
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0002_moderators_group"),
        ("captcha", "0002_alter_captchastore_id"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS captcha_expiration_idx ON captcha_captchastore (expiration)",
            "DROP INDEX IF EXISTS captcha_expiration_idx",
        ),
    ]
