from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from legation.core.auth import authenticate_with_password
from legation.core.health import healthz
from legation.core.media import serve_media
from legation.publishing.views import embargo_preview
from legation.translations.routing import redirect_to_default_language

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # A recipient's personal preview of an embargoed document, in the document's own language.
    path("embargo/<str:token>/", embargo_preview, name="embargo_preview"),
    path("api/", include("legation.api.urls")),
    # robots.txt, sitemaps and the dated bulk-data files: one address per site, every language.
    path("", include("legation.discovery.urls")),
    path("", include("legation.exports.urls")),
]

# Images through the public gate, in every environment (legation/core/media.py); never
# Django's static() view, which hands out every upload.
urlpatterns += [path(f"{settings.MEDIA_URL.lstrip('/')}<path:path>", serve_media, name="media")]

# Every public address carries its language (/en-gb/…, /ru-ru/…), so each version of a page
# has its own URL for readers, feeds and search engines (docs/languages.md). Feeds and the API
# go inside i18n_patterns too, before Wagtail's catch-all.
urlpatterns += [path("", redirect_to_default_language, name="site_root")]
urlpatterns += i18n_patterns(
    # Wagtail's page-password form, throttled: it does not go through authenticate().
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        authenticate_with_password,
    ),
    path("", include("legation.feeds.urls")),
    path("", include("legation.alerts.urls")),
    path("", include("legation.search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
