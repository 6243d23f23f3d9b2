"""Top-level URLs."""

from captcha.views import captcha_image
from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from newsroom.ceiling import ceiling
from newsroom.health import healthz
from newsroom.media import serve_media

admin.site.site_header = "Newsroom – Quản trị nội dung"
admin.site.site_title = "Newsroom"
admin.site.index_title = "Bàn làm việc của tòa soạn"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"),
        name="robots",
    ),
    path("quan-tri/", admin.site.urls),
    # Of django-simple-captcha's views only the image: the site issues captchas
    # itself (comments:captcha) and reads them aloud itself (comments:audio).
    re_path(r"^captcha/image/(?P<key>\w+)/$", captcha_image, {"scale": 1}, name="captcha-image"),
    path("media/<path:path>", serve_media, name="media"),
    path("binh-luan/", include("comments.urls")),
    path("hoi-dap/", include("questions.urls")),
    path("lich-cong-tac/", include("schedule.urls")),
    path("gioi-thieu/", include("organisation.urls")),
    path("van-ban/", include("documents.urls")),
    path("", include("articles.urls")),
]


if settings.NEWSROOM_BENCH_CEILING:
    urlpatterns.insert(0, path("bench/ceiling/", ceiling))
