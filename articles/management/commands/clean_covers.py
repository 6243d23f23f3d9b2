"""Clean the cover photos stored before covers went through articles.images.

Covers were once stored as uploaded, with the camera's metadata (GPS included)
and under the uploaded name. This replaces each such file with its cleaned copy
and deletes the original. Covers already clean are left alone, so running it
again changes nothing.
"""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand

from articles import images
from articles.models import Article


class Command(BaseCommand):
    help = "Làm sạch ảnh đại diện đã lưu (xoá dữ liệu GPS, máy ảnh), thay bản gốc bằng bản đã làm sạch."

    def handle(self, *args, **options):
        cleaned = refused = 0
        for article in Article.objects.exclude(cover_image="").order_by("pk").iterator():
            original = article.cover_image.name
            if images.is_clean(original):
                continue
            try:
                with default_storage.open(original) as stored:
                    article.cover_image = ContentFile(stored.read(), name=original)
                article.save()  # images.clean_cover() stores the cleaned copy
            except (OSError, images.ImageRejected) as error:
                refused += 1
                self.stderr.write(f"Bài {article.pk} «{article.title}»: ảnh {original} cần thay: {error}")
                continue
            default_storage.delete(original)
            cleaned += 1
        self.stdout.write(self.style.SUCCESS(f"Đã làm sạch {cleaned} ảnh đại diện; {refused} ảnh cần thay."))
