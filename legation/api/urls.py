"""/api/: the read-only JSON API, and its OpenAPI 3 description at /api/openapi.json."""

import functools

from django.middleware.http import ConditionalGetMiddleware
from django.urls import path, re_path
from django.utils.decorators import decorator_from_middleware
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.renderers import JSONRenderer
from rest_framework.routers import SimpleRouter

from legation.search.api import SearchView

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


def answered_here(view):
    """The view's own answer reaches the client, a 404 included.

    Django's LocaleMiddleware turns a 404 into a redirect to the same path under /en-gb/ when
    that path resolves, and Wagtail's catch-all resolves any path of words: "no such
    document" would become a redirect to a page. The middleware asks request.urlconf, and the
    API's own has no language prefixes.
    """
    conditional_view = conditional(view)

    @functools.wraps(view)
    def answer(request, *args, **kwargs):
        request.urlconf = "legation.api.root_urls"
        return conditional_view(request, *args, **kwargs)

    return answer


app_name = "api"
urlpatterns = [
    # As application/json, which every client and browser reads as JSON; drf-spectacular's
    # default type is application/vnd.oai.openapi+json.
    path(
        "openapi.json",
        answered_here(SpectacularJSONAPIView.as_view(renderer_classes=[JSONRenderer])),
        name="openapi",
    ),
    path("search/", answered_here(SearchView.as_view()), name="search"),
    *(
        re_path(str(pattern.pattern), answered_here(pattern.callback), name=pattern.name)
        for pattern in router.urls
    ),
]
