"""Whole pages for anonymous readers, from the cache while nothing they show has changed."""

import time

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

from . import dependencies, frontend
from .lifetimes import expiry_for
from .store import PageCache

# Never cached nor served from the cache: the admin, previews and embargo links, the
# page-password form, attachments and media (the gate checks each download itself), and the
# health check, which asks the cache itself and must answer while the cache does not.
PRIVATE_PREFIXES = (
    "/healthz",
    "/admin/",
    "/django-admin/",
    "/embargo/",
    "/documents/",
    "/media/",
    "/static/",
)
PRIVATE_PARTS = ("/_util/",)
# Stored responses may be large (a bulk-data page); past this they are served uncached.
MAX_CONTENT = 2 * 1024 * 1024


class PageCacheMiddleware:
    """Serves a stored copy of a public GET to a reader without a session, or renders the
    page recording what it reads, and stores it until one of those things changes.

    It sits before all other middleware, so a hit costs none of theirs and a stored page
    keeps every header they gave it; it answers conditional requests for what it serves. A
    request with a session cookie, credentials or another method goes straight through, so
    an editor is never served a cached page, and a page rendered with a session (or setting
    any cookie, as a page with a CSRF-protected form does) is never stored for anyone else.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.page_cache = PageCache()

    def __call__(self, request):
        if not self.cacheable(request):
            return self.get_response(request)
        cached = self.page_cache.get(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return get_conditional_response(
                request,
                etag=cached.get("ETag"),
                last_modified=parse_http_date_safe(cached.get("Last-Modified", "")),
                response=cached,
            )
        generation = self.page_cache.generation()
        with dependencies.recording() as tags:
            response = self.get_response(request)
        if self.storable(request, response):
            self.store(request, response, dependencies.compact(tags), generation)
        return response

    def cacheable(self, request):
        return (
            getattr(settings, "LEGATION_PAGE_CACHE", True)
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META  # without building request.headers
            and not request.path.startswith(PRIVATE_PREFIXES)
            and not any(part in request.path for part in PRIVATE_PARTS)
        )

    def storable(self, request, response):
        cache_control = response.get("Cache-Control", "")
        return (
            request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
            and len(response.content) <= MAX_CONTENT
        )

    def store(self, request, response, tags, generation):
        expires = expiry_for(request)
        if not response.has_header("ETag"):
            set_response_etag(response)
        if not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(time.time())
        if not response.has_header("Cache-Control"):
            # Browsers ask again each time (a 304 while nothing changed); a front-end cache
            # that is purged for every event may keep the page until the cache would.
            shared = max(0, int(expires - time.time())) if frontend.enabled() else 0
            patch_cache_control(response, public=True, max_age=0, s_maxage=shared)
            patch_cache_control(response, must_revalidate=True)
        if self.page_cache.store(request, response, tags, generation, expires):
            frontend.remember(self.page_cache, request, tags)
            response["X-Page-Cache"] = "miss"
