"""Fill every demo portal with Hỏi đáp: fields, departments, a few answered and
published questions and a few still waiting (one of them overdue), from
demo_questions.json. `make run` calls it after seed_demo.

Safe to run again: a portal's field, department or question already there
(matched by name or title) is left as it is.
"""

import datetime
import json
from pathlib import Path

from django.contrib.sites.models import Site
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from comments.text import to_e164
from newsroom.roles import staff_with_perm
from questions import workflow
from questions.models import Department, Field, Question

DATA = Path(__file__).with_name("demo_questions.json")


class Command(BaseCommand):
    help = "Tạo câu hỏi mẫu (Hỏi đáp) cho mọi cổng mẫu."

    def handle(self, *args, **options):
        data = json.loads(DATA.read_text(encoding="utf-8"))
        created = 0
        for site in Site.objects.order_by("pk"):
            with transaction.atomic():
                created += self.fill(site, data)
        self.stdout.write(f"Hỏi đáp: {created} câu hỏi mẫu mới.")

    def fill(self, site, data):
        fields = {name: Field.objects.get_or_create(site=site, name=name)[0] for name in data["fields"]}
        departments = {
            name: Department.objects.get_or_create(site=site, name=name)[0] for name in data["departments"]
        }
        editor = staff_with_perm("questions.answer_question", site).order_by("pk").first()
        now = timezone.now()
        created = 0
        for item in data["questions"]:
            if Question.objects.for_site(site).filter(title=item["title"]).exists():
                continue
            question = Question.objects.create(
                site=site,
                name=item["name"],
                phone=to_e164(item["phone"]) if item["phone"] else "",
                email=item["email"],
                field=fields[item["field"]],
                title=item["title"],
                body=item["body"],
                received_at=now - datetime.timedelta(days=item["days_ago"]),
            )
            created += 1
            if "answer" in item and editor is not None:
                answered_at = now - datetime.timedelta(days=item["answered_days_ago"])
                department = departments[item["department"]]
                workflow.assign(question, department, by=editor, now=answered_at)
                workflow.answer(
                    question, body=item["answer"], department=department, by=editor, now=answered_at
                )
                workflow.publish(question, by=editor, now=answered_at)
        return created
