"""Settings for Newsroom, read from the environment with safe local defaults.

Every variable is documented in README.md. With nothing set, the site runs on a
SQLite file beside this package and an in-process cache.
"""

import base64
import datetime
import hashlib
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

# The development key only ever serves a developer's own machine: with DEBUG off
# the site refuses to start on it, so a forgotten variable cannot reach production.
DEV_SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or DEV_SECRET_KEY
if not DEBUG and SECRET_KEY == DEV_SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. Set it to a long random value, "
        "or set DJANGO_DEBUG=1 on a development machine."
    )

# Many portals, one install (docs/portals.md). Each portal's host is its Site's
# domain in the database; the first portal (Site 1) also answers on the loopback
# names and on the exact names in DJANGO_ALLOWED_HOSTS. newsroom.portals.PortalMiddleware,
# first in MIDDLEWARE, answers every other host with a 400 before anything reads
# it, so Django's own host check lets them through to it: a portal added with
# `manage.py add_site` answers without a new setting or a restart, and a forged
# Host header still reaches nothing (no page, no link, no cache entry).
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
NEWSROOM_FIRST_PORTAL_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", [])
if any(host.startswith(".") or "*" in host for host in NEWSROOM_FIRST_PORTAL_HOSTS):
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS lists exact names of the first portal; the other portals' "
        "hosts come from their sites (manage.py add_site), see docs/portals.md."
    )
# The first portal's domain when the migrations make it: NEWSROOM_FIRST_PORTAL_DOMAIN,
# else the first name in DJANGO_ALLOWED_HOSTS, else "localhost".
NEWSROOM_FIRST_PORTAL_DOMAIN = (
    os.environ.get("NEWSROOM_FIRST_PORTAL_DOMAIN", "").strip().lower()
    or next(iter(NEWSROOM_FIRST_PORTAL_HOSTS), "localhost").lower()
)
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "ckeditor",
    "csp",
    "captcha",
    "axes",
    "newsroom",
    "articles",
    "comments",
    "questions",
    "schedule",
    "organisation",
    "documents",
    "huey.contrib.djhuey",
]

# The portal's main menu: (label, URL name) of its own pages, in order. An entry
# whose app is not installed is left out (articles/templatetags/articles_tags.py).
NEWSROOM_MAIN_MENU = [
    (_("Trang chủ"), "articles:home"),
    (_("Giới thiệu"), "organisation:index"),
    (_("Văn bản"), "documents:list"),
    (_("Lấy ý kiến dự thảo"), "documents:drafts"),
    (_("Lịch công tác"), "schedule:week"),
    (_("Hỏi đáp"), "questions:list"),
    (_("Liên hệ"), "organisation:contact"),
]

# What other apps show under an article, in order: the article page includes
# these templates and names no app itself (articles imports nothing of comments).
NEWSROOM_ARTICLE_PAGE_PARTS = ["documents/_article_part.html", "comments/_article_part.html"]
# What other apps add to the first page of search results (given `query` and `request`).
NEWSROOM_SEARCH_PAGE_PARTS = [
    "organisation/_search_part.html",
    "documents/_search_part.html",
    "questions/_search_part.html",
]
# Other apps' content readers see, as "app_label.Model.field" (the time each
# row's public side last changed): part of each portal's content token
# (articles/freshness.py), so their cached pages change with them.
NEWSROOM_CONTENT_SOURCES = [
    "questions.Question.public_changed_at",
    "questions.Field.updated_at",
    "questions.Department.updated_at",
    "schedule.Week.updated_at",
    "schedule.Entry.updated_at",
    "organisation.Page.updated_at",
    "organisation.Leader.updated_at",
    "organisation.PageSlug.updated_at",
    "documents.Document.public_changed_at",
    "documents.Kind.updated_at",
]
# Other apps' sitemaps in each portal's sitemap index (articles/sitemaps.py).
NEWSROOM_SITEMAPS = {
    "hoi-dap": "questions.sitemaps.QuestionSitemap",
    "lich-cong-tac": "schedule.sitemaps.WeekSitemap",
    "gioi-thieu": "organisation.sitemaps.PageSitemap",
    "van-ban": "documents.sitemaps.DocumentSitemap",
}
# The moderators' mail also reports the questions waiting and overdue (comments/notify.py).
COMMENTS_QUEUE_COUNTERS = ["questions.queue.mail_line", "documents.queue.mail_line"]
# What other apps add to every page's footer, in order (rendered by includes/_footer.html).
NEWSROOM_FOOTER_PARTS = ["organisation/_footer_part.html"]
# What other apps add to the home page under the sections, in order (given `request`).
NEWSROOM_HOME_PAGE_PARTS = ["documents/_home_part.html"]

MIDDLEWARE = [
    # First: the request's portal from its Host header, or 400 for any other host.
    "newsroom.portals.PortalMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Right after SecurityMiddleware, as WhiteNoise asks: a static file is
    # answered before any other middleware runs.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, authentication, CSRF and messages: a cached public page
    # for an anonymous reader needs none of them (articles/pagecache.py). Before
    # the CSP too: a page is kept with the policy it was sent with.
    "articles.pagecache.CachedPageMiddleware",
    "newsroom.csp.NewsroomCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "newsroom.middleware.Utf8BodyMiddleware",
    "newsroom.middleware.ReaderMethodsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "newsroom.middleware.DatabaseUnavailableMiddleware",
    "newsroom.middleware.StaffParameterErrorsMiddleware",
]

# Form widgets are drawn from the same templates as pages, so templates/ can
# override one (templates/admin/widgets/: labelled date and time boxes).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.site",
            ],
        },
    },
]

# Database: DATABASE_URL if set, else a SQLite file. SQLite is tuned for several
# writers either way: WAL lets readers run beside one writer; IMMEDIATE takes the
# write lock at BEGIN so two writers queue on the busy timeout instead of failing
# half-way through a transaction.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": ("PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;"),
}
DATABASE_URL = os.environ.get("DATABASE_URL", "").strip()
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=600, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / "db.sqlite3",
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
            "TEST": {"NAME": BASE_DIR / "test_db.sqlite3"},
        }
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "").strip()
# Every Redis key of the install starts with this prefix: the cache's, and the
# read counter's ("Đọc nhiều", articles/popularity.py).
NEWSROOM_CACHE_KEY_PREFIX = os.environ.get("NEWSROOM_CACHE_KEY_PREFIX", "").strip() or "newsroom"
NEWSROOM_READS_KEY_PREFIX = f"{NEWSROOM_CACHE_KEY_PREFIX}:reads:"
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis cache that serves without a cache while Redis is down.
            "BACKEND": "newsroom.cache.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            # clear() removes only keys under this prefix (newsroom/cache.py),
            # so a Redis database shared with other work is never emptied.
            "KEY_PREFIX": NEWSROOM_CACHE_KEY_PREFIX,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "newsroom",
        }
    }
# Background jobs (documents/tasks.py: reading scanned documents with OCR) run
# on Huey: its queue is a SQLite file beside the database by default, so
# nothing else needs installing, and Redis when REDIS_URL is set. A worker
# (`manage.py run_huey`) takes the jobs; `make run` starts one beside the server.
NEWSROOM_JOBS_FILE = os.environ.get("NEWSROOM_JOBS_FILE", "").strip() or str(BASE_DIR / "jobs.sqlite3")
HUEY = {
    "name": NEWSROOM_CACHE_KEY_PREFIX,
    # Queued, never run inside the request (djhuey's default follows DEBUG);
    # the tests run jobs at once where they are not about the queue.
    "immediate": False,
    "consumer": {"workers": 1, "worker_type": "thread"},
}
if REDIS_URL:
    HUEY.update({"huey_class": "huey.RedisHuey", "url": REDIS_URL})
else:
    HUEY.update({"huey_class": "huey.SqliteHuey", "filename": NEWSROOM_JOBS_FILE})

# With a cache shared by every process, the content token lives there too, so a
# cached page needs no database query (articles/freshness.py).
NEWSROOM_CONTENT_TOKEN_IN_CACHE = bool(REDIS_URL)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Everyone reads Vietnamese, whatever their browser asks for: no LocaleMiddleware.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
# Our own Vietnamese for what Django's and the libraries' catalogues leave out (docs/editing.md).
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["newsroom.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
DEFAULT_CHARSET = "utf-8"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL") or "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
NEWSROOM_SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", DEBUG)
# Mounts /bench/ceiling/, the benchmark's trivial view. Off except under `make bench`.
NEWSROOM_BENCH_CEILING = env_bool("NEWSROOM_BENCH_CEILING", False)

# Production serves static files under content-hashed names (far-future
# caching) from what `collectstatic` wrote; DJANGO_STATIC_MANIFEST=0 serves the
# source files instead, for test servers that never ran collectstatic.
STATIC_MANIFEST = env_bool("DJANGO_STATIC_MANIFEST", not DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Serve files straight from the finders when collectstatic has not run (tests,
# a developer's first run); production runs collectstatic and gets hashed names.
# Uploaded photos: the local disk (DJANGO_MEDIA_ROOT, shared by the app servers
# over NFS or similar) or an S3-compatible bucket through django-storages.
MEDIA_STORAGE = os.environ.get("DJANGO_MEDIA_STORAGE", "local").strip().lower()
if MEDIA_STORAGE == "s3":
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("DJANGO_S3_BUCKET", ""),
            "endpoint_url": os.environ.get("DJANGO_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("DJANGO_S3_REGION") or None,
            "custom_domain": os.environ.get("DJANGO_S3_CUSTOM_DOMAIN") or None,
            # Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
            # Upload names are random and renditions are named after them, so a
            # stored object never changes: browsers may keep it for a year.
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    if not STORAGES["default"]["OPTIONS"]["bucket_name"]:
        raise ImproperlyConfigured("DJANGO_MEDIA_STORAGE=s3 needs DJANGO_S3_BUCKET.")
    # Where readers fetch the bucket's files: photos in article bodies must
    # start with it (articles/richtext.py), and pages may load images from it (CSP).
    _options = STORAGES["default"]["OPTIONS"]
    if _options["custom_domain"]:
        MEDIA_URL = f"https://{_options['custom_domain']}/"
    elif _options["endpoint_url"]:
        MEDIA_URL = f"{_options['endpoint_url'].rstrip('/')}/{_options['bucket_name']}/"
    else:
        MEDIA_URL = f"https://{_options['bucket_name']}.s3.amazonaws.com/"
elif MEDIA_STORAGE != "local":
    raise ImproperlyConfigured("DJANGO_MEDIA_STORAGE must be 'local' or 's3'.")
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "admin:login"

# Mail to moderators goes through SMTP (EMAIL_*); DJANGO_EMAIL_BACKEND may name
# another backend, e.g. the console one on a developer's machine.
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "newsroom@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# The first portal's words when the migrations make its profile (newsroom.Portal);
# from then on they are edited in the admin or with `manage.py add_site`.
NEWSROOM_SITE_NAME = os.environ.get("NEWSROOM_SITE_NAME", "Cổng thông tin điện tử quận Hoàng Nam")
NEWSROOM_SITE_SHORT_NAME = os.environ.get("NEWSROOM_SITE_SHORT_NAME", "HNP")

# The captcha is fetched when a reader starts on the form; leave time to write.
CAPTCHA_TIMEOUT = 30  # minutes
# Challenges from `secrets`, never from the `random` module the image view reseeds.
CAPTCHA_CHALLENGE_FUNCT = "comments.captcha.secret_challenge"
# Six digits (comments/speech.py reads them aloud): a million answers, one try each.
CAPTCHA_LENGTH = 6

# The journalists' editor (docs/editing.md, "CKEditor, contained"): only what the newsroom
# toolbar needs is loaded; plugins that add scripts, iframes, forms, code, raw
# embeds, remote services or inline styles are removed. articles/richtext.py
# allows exactly what this toolbar produces.
CKEDITOR_CONFIGS = {
    "default": {
        "toolbar": "Newsroom",
        "toolbar_Newsroom": [
            ["Format", "Bold", "Italic"],
            ["NumberedList", "BulletedList", "Blockquote"],
            ["Link", "Unlink"],
            ["Image", "Table"],
            ["Undo", "Redo"],
            ["Maximize"],
        ],
        "format_tags": "p;h2;h3;h4",
        "extraPlugins": "image2",
        "removePlugins": ",".join(
            [
                "image",
                "iframe",
                "forms",
                "flash",
                "smiley",
                "templates",
                "div",
                "codesnippet",
                "embed",
                "embedsemantic",
                "autoembed",
                "mathjax",
                "sourcearea",
                "sourcedialog",
                "exportpdf",
                "scayt",
                "wsc",
                "preview",
                "print",
                "save",
                "newpage",
                "pagebreak",
                "showblocks",
                "colorbutton",
                "colordialog",
                "font",
                "justify",
                "bidi",
                "language",
                "liststyle",
                "indentblock",
                "copyformatting",
                "stylescombo",
                "horizontalrule",
                "specialchar",
                "dialogadvtab",
                "tableresize",
            ]
        ),
        # Captions come from image2 as <figure class="image"><figcaption>;
        # alignment is a class, never a style attribute.
        "image2_captionedClass": "image",
        "image2_alignClasses": ["image-left", "image-center", "image-right"],
        "image2_disableResizer": True,
        "linkShowAdvancedTab": False,
        "linkShowTargetTab": False,
        # Every upload path (paste, drop, the dialog's Upload tab) goes by XHR to
        # our own view, carrying the CSRF token (static/js/admin-editor.js).
        "uploadUrl": reverse_lazy("articles:upload_image"),
        "imageUploadUrl": reverse_lazy("articles:upload_image"),
        "filebrowserImageUploadUrl": reverse_lazy("articles:upload_image"),
        "filebrowserUploadMethod": "xhr",
        "contentsCss": ["/static/ckeditor/ckeditor/contents.css", "/static/css/editor-contents.css"],
        "height": 420,
        "width": "100%",
        "language": "vi",
        # Read by static/js/admin-editor.js: the image dialog's alt-text box is a
        # description for blind readers, not the caption shown under the photo.
        "newsroomImageLabels": {
            "alt": _("Mô tả ảnh cho người khiếm thị"),
            "captioned": _("Có chú thích ảnh (hiện dưới ảnh)"),
            "captionPlaceholder": _("Chú thích ảnh"),
        },
        # Read by static/js/admin-editor.js: the format list's names (format_tags).
        "newsroomFormatLabels": {
            "p": _("Đoạn văn"),
            "h2": _("Tiêu đề mục"),
            "h3": _("Tiêu đề nhỏ"),
            "h4": _("Tiêu đề nhỏ hơn"),
        },
    }
}

# Photo uploads from the editor (articles/images.py).
NEWSROOM_UPLOAD_MAX_BYTES = 10 * 1024 * 1024
NEWSROOM_UPLOAD_MAX_PIXELS = 40_000_000
NEWSROOM_UPLOAD_MAX_SIDE = 2400

# Content-Security-Policy (django-csp, newsroom/csp.py). Reader pages: nothing
# inline, everything from this site. The admin gets the inline scripts and
# styles CKEditor 4's toolbar and dialogs are built from (NEWSROOM_ADMIN_CSP),
# and nothing else: still no other origin, no plugins, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The one inline script of reader pages (the reading aids' choice, applied before
# the first paint) is allowed by its hash, not by 'unsafe-inline'.
NEWSROOM_HEAD_SCRIPT_HASH = "'sha256-{}'".format(
    base64.b64encode(
        hashlib.sha256((BASE_DIR / "templates/includes/reading_aids_head.js").read_bytes()).digest()
    ).decode()
)
CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"].append(NEWSROOM_HEAD_SCRIPT_HASH)
NEWSROOM_ADMIN_CSP = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}
# Photos kept in a bucket are shown from the bucket's own address.
if MEDIA_URL.startswith(("http://", "https://")):
    _media_origin = "/".join(MEDIA_URL.split("/", 3)[:3])
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(_media_origin)
    NEWSROOM_ADMIN_CSP["img-src"].append(_media_origin)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "newsroom": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# CKEditor 4 is out of support; we keep it contained instead (own upload view,
# server-side sanitising with nh3, CSP). docs/editing.md, "CKEditor, contained", says why.
SILENCED_SYSTEM_CHECKS = ["ckeditor.W001"]

# HTTPS behind a proxy. DJANGO_HTTPS=1 when the site is served over HTTPS by a
# proxy (nginx) that sets X-Forwarded-Proto: cookies become secure, plain HTTP
# redirects, and browsers are told to keep to HTTPS (HSTS).
HTTPS = env_bool("DJANGO_HTTPS", False)
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    # Load balancers probe /healthz over plain HTTP inside the private network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# How many proxies in front of the site append to X-Forwarded-For. 0 (the
# default) trusts no header: the client is REMOTE_ADDR, which a reader cannot forge.
NEWSROOM_TRUSTED_PROXY_COUNT = int(os.environ.get("NEWSROOM_TRUSTED_PROXY_COUNT", "0"))
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Admin login throttling (django-axes): five failures lock out that user name from
# that address, and, separately, that address for every user name, for fifteen
# minutes. The user name alone is never locked: anyone could lock an editor out.
AXES_FAILURE_LIMIT = int(os.environ.get("NEWSROOM_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_LOCKOUT_TEMPLATE = "admin/login_locked.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "newsroom.client_ip.client_ip"
AXES_VERBOSE = False
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Rights per portal: user.has_perm(perm, site) (newsroom/roles.py).
    "newsroom.roles.PortalRoleBackend",
]
