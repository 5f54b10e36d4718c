"""/api/: the read-only JSON API, and its OpenAPI 3 description at /api/openapi.json."""

from django.middleware.http import ConditionalGetMiddleware
from django.urls import path, re_path
from django.utils.decorators import decorator_from_middleware
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import SimpleRouter

from . import views

router = SimpleRouter()
router.register("documents", views.DocumentViewSet, basename="document")
router.register("people", views.PersonViewSet, basename="person")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("kinds", views.KindViewSet, basename="kind")
router.register("sites", views.SiteViewSet, basename="site")
router.register("languages", views.LanguageViewSet, basename="language")

# ETag on every answer, so a client's If-None-Match gets a 304 (and If-Modified-Since where
# a document gives its Last-Modified): Django's own middleware, for these views only.
conditional = decorator_from_middleware(ConditionalGetMiddleware)

app_name = "api"
urlpatterns = [
    path("openapi.json", conditional(SpectacularJSONAPIView.as_view()), name="openapi"),
    *(
        re_path(str(pattern.pattern), conditional(pattern.callback), name=pattern.name)
        for pattern in router.urls
    ),
]
