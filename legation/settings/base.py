"""Settings shared by every environment; dev, production and test adjust them."""

import datetime
import importlib.util
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Where the SQLite file and uploaded media live unless the environment says otherwise.
DATA_DIR = Path(os.environ.get("LEGATION_DATA_DIR", Path.cwd() / "var"))

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "legation.core",
    "legation.directory",
    "legation.documents",
    "legation.missions",
    "legation.publishing",
    "legation.importer",
    "legation.translations",
    "legation.feeds",
    "legation.api",
    "legation.discovery",
    "legation.exports",
    "legation.alerts",
    "legation.caching",
    "legation.search",
    "legation.demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    # Wagtail's, without its API v3, which Legation does not serve (legation/core/wagtail_apps.py).
    "legation.core.wagtail_apps.RedirectsConfig",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "legation.core.wagtail_apps.SnippetsConfig",
    "legation.core.wagtail_apps.DocumentsConfig",
    "legation.core.wagtail_apps.ImagesConfig",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "csp",
]

MIDDLEWARE = [
    # First: a stored page carries every header the middleware below gave it (security
    # policies, CORS, ETag), so a reader without a session is answered from the cache
    # before any of them runs again; a request with a session is never served from it
    # (legation/caching).
    "legation.caching.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Security headers (CONTENT_SECURITY_POLICY and PERMISSIONS_POLICY below), on every answer.
    "legation.core.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Before anything that may answer: the API's answers carry CORS headers (CORS_* below).
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETags and 304s for pages being rendered (feeds compute their own ETag); the page cache
    # answers its own.
    "django.middleware.http.ConditionalGetMiddleware",
    # Inside the page cache: only a page being rendered reads who is public and what is
    # restricted.
    "legation.directory.middleware.PublicDirectoryMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Before Wagtail's redirects, so that an editor's redirect of a withdrawn address wins.
    "legation.publishing.middleware.WithdrawnDocumentMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its 429 response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "legation.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "legation.core.context_processors.site_context",
            ],
        },
    },
]

WSGI_APPLICATION = "legation.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'legation.sqlite3'}",
        # Each process keeps its connection between requests (checked before reuse): opened
        # afresh for every request, SQLite starts each one with an empty page cache, which
        # made a search over a fifth of 100,000 documents a third slower (bench/README.md).
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and not (
    importlib.util.find_spec("psycopg")
):
    # The driver is the `postgres` extra (pyproject.toml): say so, rather than Django's
    # "Error loading psycopg2 or psycopg module" at the first query.
    raise ImproperlyConfigured(
        "DATABASE_URL names PostgreSQL, but its driver is not installed: "
        "pip install 'legation[postgres]' (in a checkout: pip install -e '.[postgres]')."
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while the publishing worker writes.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"

# Behind an HTTPS proxy the browser's Origin is https://<host>: list those origins here.
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# Every public page meets this policy: scripts and styles are static files of this site; the
# admins get what they need under their prefixes (legation/core/security.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# A publishing site needs none of the browser's powerful features; none may be asked for.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# Logs go to standard error, where a service manager or a container runtime collects them;
# standard output stays the commands' own (`legation import --format json`, `export`).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Instead of Django's defaults (the console in DEBUG only, mail to ADMINS), so that
        # nothing is written twice.
        "django": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHE_URL = os.environ.get("CACHE_URL", "locmem://")
if CACHE_URL.startswith("redis"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": CACHE_URL,
        }
    }
elif CACHE_URL.startswith("file://"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": CACHE_URL.removeprefix("file://"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Whole pages live here: room for every page type of every site and language.
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    }

# The page cache (legation/caching): whole public pages for anonymous readers, dropped the
# moment anything they show changes, and kept no longer than this even if nothing does.
LEGATION_PAGE_CACHE = os.environ.get("PAGE_CACHE", "1") != "0"
LEGATION_PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(24 * 3600)))
# Each app process's copies of the pages it read from a shared cache (caching/store.py).
if "PAGE_CACHE_LOCAL_BYTES" in os.environ:
    LEGATION_PAGE_CACHE_LOCAL_BYTES = int(os.environ["PAGE_CACHE_LOCAL_BYTES"])

# A front-end cache (Varnish, nginx, a CDN) purged for the same events, through Wagtail's
# frontend_cache: an HTTP PURGE address, or Cloudflare's zone, or CloudFront's distribution.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
if WAGTAILFRONTENDCACHE:
    # Wagtail's app purges a page's own addresses on publish and unpublish; legation/caching
    # purges every other address that showed it. Without a front-end cache, neither runs.
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# Background tasks: in-process by default; a database queue with a worker at scale.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Logins: django-axes counts failures on every form that calls authenticate() (the Wagtail
# admin, the Django admin, Wagtail's login for private pages); legation.core.auth throttles
# the page-password form, which does not. The demo's known password is refused at login
# outside dev and test (legation/demo/passwords.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "legation.demo.passwords.DemoPasswordRefusalBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
# By name and address together: a stranger guessing cannot lock an editor out everywhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

# Languages. Codes are BCP 47 with region, as editors and readers know them (en-GB).
LANGUAGE_CODE = "en-gb"
LANGUAGES = [
    ("en-gb", "English"),
    ("ru-ru", "Русский"),
    ("de-de", "Deutsch"),
    ("es-es", "Español"),
    ("fr-fr", "Français"),
]
WAGTAIL_I18N_ENABLED = True
# "Translate this page" saves the new translation as a draft: published at once, it would show
# the source language's text at the translation's address until translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Legation"
# No avatars from gravatar.com: editors' addresses stay here (and the policy allows no images
# from elsewhere).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Attachments are served by Django so that the public gate can refuse early downloads.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# A private page asks for its password in the site's own look (header, languages, footer).
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "core/password_required.html"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "txt", "rtf", "xls", "xlsx", "ods", "csv"]

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10000

# Notifications of the review workflow. In dev they are written to files (dev.py).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "legation@localhost")

# The API is public and read-only: any origin may read it, and only it.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")

# The read-only JSON API (legation/api): JSON only (no browsable pages), open to anonymous
# readers, described by drf-spectacular at /api/openapi.json.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # Form parsers too: wagtail-localize's translation editor posts its strings as form data
    # through DRF views that use these defaults.
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Legation API",
    "DESCRIPTION": "The public record of the ministry and its missions: documents with their "
    "transcript turns as data, people and appointments, organisations, kinds, sites, languages.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "PREPROCESSING_HOOKS": ["legation.api.schema.only_the_public_api"],
}
