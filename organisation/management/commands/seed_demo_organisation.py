"""Fill the Giới thiệu pages and the leaders of every portal from
organisation/demo/organisation.toml; a portal that has pages (or
leaders) keeps them, so running it twice adds nothing."""

import tomllib
from pathlib import Path

from django.contrib.sites.models import Site
from django.core.management.base import BaseCommand
from django.db import transaction

from newsroom.portals import portal
from organisation.models import Leader, Page

DATA = Path(__file__).resolve().parents[2] / "demo" / "organisation.toml"
PAGE_FIELDS = ("title", "slug", "kind", "summary", "map_url")


class Command(BaseCommand):
    help = "Trang giới thiệu và lãnh đạo mẫu cho mọi cổng."

    @transaction.atomic
    def handle(self, *args, **options):
        data = tomllib.loads(DATA.read_text(encoding="utf-8"))
        pages = leaders = 0
        for site in Site.objects.order_by("pk"):
            name = portal(site.pk).profile.name
            if not Page.objects.for_site(site).exists():
                for position, row in enumerate(data["page"], start=1):
                    parent = self.make_page(site, name, row, position)
                    pages += 1
                    for child_position, child in enumerate(row.get("child", ()), start=1):
                        self.make_page(site, name, child, child_position, parent)
                        pages += 1
            if not Leader.objects.for_site(site).exists():
                for position, row in enumerate(data["leader"], start=1):
                    Leader(site=site, position=position, **row).save()
                    leaders += 1
        self.stdout.write(f"Giới thiệu mẫu: {pages} trang, {leaders} lãnh đạo mới.")

    @staticmethod
    def make_page(site, portal_name, row, position, parent=None):
        page = Page(
            site=site,
            parent=parent,
            position=position,
            body=row["body"].replace("{portal}", portal_name),
            **{field: row[field] for field in PAGE_FIELDS if field in row},
        )
        page.full_clean()
        page.save()
        return page
