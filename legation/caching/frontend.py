"""A front-end cache (Varnish, nginx, a CDN) purged for the same events as the page cache.

Wagtail's `wagtail.contrib.frontend_cache` does the purging, configured from the environment
(settings: WAGTAILFRONTENDCACHE); it purges a page's own address when it is published or
unpublished. A CDN also holds every other address that showed it — the homes, the archive
with each filter a reader asked for, feeds, people — which only the page cache knows: each
address it serves is noted under its tags, and purged when one of them is invalidated.
"""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def remember(page_cache, request, tags):
    if enabled():
        page_cache.remember_address(request.build_absolute_uri(), tags)


def purge(page_cache, tags):
    if enabled():
        addresses = page_cache.addresses_of(tags)
        if addresses:
            batch = PurgeBatch()
            batch.add_urls(sorted(addresses))
            batch.purge()
