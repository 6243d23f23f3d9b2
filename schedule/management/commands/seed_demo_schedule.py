"""Fill this week's and last week's schedule of every portal with demo entries
(schedule/demo/week.toml), published; a week that already has entries is
left as it is, so running it twice adds nothing."""

import datetime
import tomllib
from pathlib import Path

from django.contrib.sites.models import Site
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from schedule.models import Entry, Week

DATA = Path(__file__).resolve().parents[2] / "demo" / "week.toml"


class Command(BaseCommand):
    help = "Lịch công tác mẫu của tuần này và tuần trước cho mọi cổng."

    @transaction.atomic
    def handle(self, *args, **options):
        entries = tomllib.loads(DATA.read_text(encoding="utf-8"))["entry"]
        today = timezone.localdate()
        made = 0
        for site in Site.objects.order_by("pk"):
            for weeks_ago in (1, 0):
                iso = (today - datetime.timedelta(weeks=weeks_ago)).isocalendar()
                week, _created = Week.objects.get_or_create(site=site, year=iso.year, number=iso.week)
                if week.entries.exists():
                    continue
                made += self.fill(week, entries)
        self.stdout.write(f"Lịch công tác mẫu: {made} mục mới.")

    @staticmethod
    def fill(week, rows):
        """Enter `rows` in `week`, publish it, then move the entries the data
        moves: readers see those marked "Điều chỉnh"."""
        made = []
        for row in rows:
            entry = Entry(
                week=week,
                date=week.start + datetime.timedelta(days=row["day"]),
                starts_at=datetime.time.fromisoformat(row["starts_at"]),
                ends_at=datetime.time.fromisoformat(row["ends_at"]) if "ends_at" in row else None,
                **{name: row[name] for name in ("content", "chair", "attendees", "place", "preparing_unit")},
            )
            entry.save()
            made.append((entry, row.get("moved_to")))
        week.is_published = True
        week.save()
        for entry, moved_to in made:
            if moved_to:
                # A later edit, as an editor's next visit makes it: read again.
                entry = Entry.objects.get(pk=entry.pk)
                entry.starts_at = datetime.time.fromisoformat(moved_to)
                entry.save()
        return len(made)
