"""manage.py add_staff USER --site DOMAIN --role journalist|editor|moderator
[--password P]: give USER a role on a portal, creating the user if needed."""

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from newsroom.management.commands.add_site import site_named
from newsroom.models import PortalRole


class Command(BaseCommand):
    help = (
        "Giao vai trò phóng viên, biên tập viên hoặc kiểm duyệt viên ở một cổng (tạo người dùng nếu chưa có)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="Tên đăng nhập")
        parser.add_argument("--site", required=True, help="Tên miền của cổng")
        parser.add_argument("--role", required=True, choices=PortalRole.Role.values)
        parser.add_argument("--password", help="Mật khẩu (đặt cho người dùng mới, hoặc thay mật khẩu cũ)")
        parser.add_argument("--email", default="", help="Thư điện tử (thư báo kiểm duyệt gửi đến đây)")

    def handle(self, username, site, role, password=None, email="", **options):
        portal_site = site_named(site)
        User = get_user_model()
        with transaction.atomic():
            user, created = User.objects.get_or_create(
                username=username, defaults={"is_staff": True, "email": email}
            )
            if password is not None:
                try:
                    validate_password(password, user)
                except ValidationError as error:
                    raise CommandError("Mật khẩu chưa dùng được: " + " ".join(error.messages)) from error
                user.set_password(password)
            elif created:
                user.set_unusable_password()
            user.is_staff = True
            if email:
                user.email = email
            user.save()
            PortalRole.objects.get_or_create(user=user, site=portal_site, role=role)
        label = PortalRole.Role(role).label
        self.stdout.write(f"{user.username} là {label} của {portal_site.domain}.")
        if created and password is None:
            self.stdout.write(f"Chưa có mật khẩu: đặt bằng manage.py changepassword {user.username}.")
