"""manage.py add_site DOMAIN "NAME" --short-name X [--parent DOMAIN]: create a
portal answering on DOMAIN, or update the one that does."""

from django.contrib.sites.models import Site
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from newsroom.portals import clean_domain, save_portal


def site_named(domain):
    """The Site answering on `domain`, or CommandError in Vietnamese."""
    try:
        return Site.objects.get(domain=clean_domain(domain))
    except ValidationError as error:
        raise CommandError(" ".join(error.messages)) from error
    except Site.DoesNotExist as error:
        raise CommandError(
            f"Không có cổng nào ở tên miền “{domain}” (tạo bằng manage.py add_site)."
        ) from error


class Command(BaseCommand):
    help = "Tạo hoặc cập nhật một cổng thông tin (tên miền, tên, tên viết tắt, cổng cấp trên)."

    def add_arguments(self, parser):
        parser.add_argument("domain", help="Tên miền bạn đọc dùng, ví dụ phuong-ba-dinh.hanoi.gov.vn")
        parser.add_argument("name", help="Tên cổng, ví dụ “Cổng thông tin điện tử phường Ba Đình”")
        parser.add_argument("--short-name", required=True, help="Tên viết tắt đứng đầu mỗi sapo, ví dụ BĐ")
        parser.add_argument("--parent", help="Tên miền của cổng cấp trên (cổng tỉnh, thành phố)")

    def handle(self, domain, name, short_name, parent=None, **options):
        parent_site = site_named(parent) if parent else None
        if not name.strip() or not short_name.strip():
            raise CommandError("Tên cổng và tên viết tắt không được để trống.")
        try:
            site = save_portal(domain, name, short_name=short_name, parent=parent_site)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(
            f"Cổng “{site.profile.name}” ({site.profile.short_name}) ở {site.domain}, mã {site.pk}."
        )
