"""Fill every demo portal with Văn bản: kinds, a dozen documents of several
kinds with real files made in code (one a scan, read by the OCR job), and
one draft open for opinions with a few received, from documents/demo/documents.toml.
`make run` calls it after seed_demo.

Safe to run again: a portal's document already there (matched by number) is
left as it is."""

import datetime
import tomllib
from pathlib import Path

from django.contrib.sites.models import Site
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from documents import samples, workflow
from documents.models import Attachment, Document, Kind, Opinion

DATA = Path(__file__).resolve().parents[2] / "demo" / "documents.toml"
MAKERS = {
    "text": ("pdf", samples.text_pdf),
    "scan": ("pdf", samples.scanned_pdf),
    "docx": ("docx", samples.docx),
}


class Command(BaseCommand):
    help = "Tạo văn bản mẫu (Văn bản, Lấy ý kiến dự thảo) cho mọi cổng mẫu."

    def handle(self, *args, **options):
        data = tomllib.loads(DATA.read_text(encoding="utf-8"))
        created = 0
        for site in Site.objects.select_related("portal").order_by("pk"):
            with transaction.atomic():
                created += self.fill(site, data)
        self.stdout.write(f"Văn bản: {created} văn bản mẫu mới.")

    def fill(self, site, data):
        kinds = {
            name: Kind.objects.get_or_create(site=site, name=name, defaults={"position": position})[0]
            for position, name in enumerate(data["kinds"])
        }
        issuer = site.portal.name
        today, now = timezone.localdate(), timezone.now()
        created = 0
        for item in data["documents"]:
            if Document.objects.for_site(site).filter(number=item["number"]).exists():
                continue
            document = Document.objects.create(
                site=site,
                kind=kinds[item["kind"]],
                number=item["number"],
                summary=item["summary"],
                issuer=issuer,
                signer=item["signer"],
                field=item["field"],
                issued_on=today - datetime.timedelta(days=item["days_ago"]),
                effective_on=today - datetime.timedelta(days=item["days_ago"]),
                status=Document.Status.PUBLISHED,
                consultation_ends_at=(
                    now + datetime.timedelta(days=item["opinion_days"]) if "opinion_days" in item else None
                ),
            )
            file_type, make = MAKERS[item["file"]]
            content = make(item["lines"])
            attachment = Attachment(
                document=document,
                name=f"{item['number'].split()[0].replace('/', '-')}.{file_type}",
                file_type=file_type,
                size=len(content),
            )
            workflow.read_upload(attachment, content)
            attachment.file.save(attachment.name, ContentFile(content), save=True)
            workflow.files_saved(document)
            for name, title, body in item.get("opinions", []):
                Opinion.objects.create(document=document, name=name, title=title, body=body)
                document.opinion_count += 1
            if item.get("opinions"):
                document.save()
            created += 1
        report = Document.objects.for_site(site).filter(number="12/BC-UBND").first()
        Document.objects.for_site(site).drafts_for_opinions().filter(consultation_report=None).exclude(
            consultation_ends_at__gt=now
        ).update(consultation_report=report)
        return created
