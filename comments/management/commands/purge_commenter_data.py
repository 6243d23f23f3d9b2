"""Erase commenters' personal data: all of it after a while, or one person's on request."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from comments.models import Comment
from comments.moderation import ANONYMOUS_NAME, erase_personal_data
from comments.text import to_e164


class Command(BaseCommand):
    help = (
        "Xóa dữ liệu cá nhân của người bình luận: số điện thoại, IP và trình duyệt của "
        "bình luận cũ (--older-than), hoặc mọi dữ liệu của một người theo số điện thoại (--phone)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            metavar="DAYS",
            help="Xóa số điện thoại, IP, trình duyệt của bình luận cũ hơn DAYS ngày.",
        )
        parser.add_argument(
            "--phone",
            metavar="NUMBER",
            help="Xóa dữ liệu cá nhân của người có số điện thoại này (tên thành “Bạn đọc”).",
        )

    def handle(self, *args, older_than=None, phone=None, **options):
        if older_than is None and not phone:
            raise CommandError("Cần --older-than DAYS hoặc --phone NUMBER.")
        if older_than is not None:
            if older_than < 0:
                raise CommandError("--older-than phải là số ngày không âm.")
            cutoff = timezone.now() - datetime.timedelta(days=older_than)
            count = erase_personal_data(
                Comment.objects.filter(received_at__lt=cutoff), phone="", ip_address=None, user_agent=""
            )
            self.stdout.write(f"Đã xóa dữ liệu cá nhân của {count} bình luận cũ hơn {older_than} ngày.")
        if phone:
            try:
                number = to_e164(phone)
            except ValueError:
                raise CommandError(f"Số điện thoại không hợp lệ: {phone}") from None
            count = erase_personal_data(
                Comment.objects.filter(phone=number),
                name=ANONYMOUS_NAME,
                phone="",
                ip_address=None,
                user_agent="",
            )
            self.stdout.write(f"Đã xóa dữ liệu cá nhân trong {count} bình luận của số {number}.")
