"""Give the photos in article bodies their renditions, for photos stored before
uploads made them (or whose making failed).

For each article whose body shows an editor's upload not yet offered as
renditions, the missing renditions are made and the article is saved, which
measures them (images.measure_photos, on save) and refreshes the cached pages.
Photos that cannot be read are listed and keep their plain <img>. Running it
again changes nothing.
"""

from django.core.management.base import BaseCommand

from articles import images
from articles.models import Article


class Command(BaseCommand):
    help = (
        "Tạo bản ảnh nhiều cỡ (WebP, JPEG) cho ảnh trong nội dung bài viết còn thiếu; "
        "chạy lại không làm gì thêm."
    )

    def handle(self, *args, **options):
        made = unreadable = 0
        for article in Article.objects.filter(body__contains="<img").order_by("pk").iterator():
            measured = article.body_photo_sizes or {}
            waiting = [name for name in images.body_uploads(article.body) if name not in measured]
            ready = [name for name in waiting if images.make_renditions(name)]
            for name in set(waiting) - set(ready):
                unreadable += 1
                self.stderr.write(f"Bài {article.pk} «{article.title}»: không đọc được ảnh {name}")
            if ready:
                article.save()
                made += len(ready)
        self.stdout.write(
            self.style.SUCCESS(f"Đã tạo bản ảnh nhiều cỡ cho {made} ảnh; {unreadable} ảnh không đọc được.")
        )
