"""The feed views: one canonical address for each list, conditional GET, and revalidation."""

from django.http import HttpResponsePermanentRedirect
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe

from .feeds import DocumentAtom, DocumentFeed
from .selection import FeedSelection


def selection_of(request):
    if not hasattr(request, "feed_selection"):
        request.feed_selection = FeedSelection(request)
    return request.feed_selection


def feed_view(feed):
    @condition(
        etag_func=lambda request: selection_of(request).etag,
        last_modified_func=lambda request: selection_of(request).last_modified,
    )
    def respond(request):
        response = feed(request)
        # Caches may keep a feed but must ask again each time: a withdrawn or newly released
        # document shows at once, and asking again costs a 304 while nothing has changed.
        patch_cache_control(response, public=True, no_cache=True)
        return response

    @require_safe
    def view(request):
        selection = selection_of(request)
        if request.META.get("QUERY_STRING", "") != selection.query:
            return HttpResponsePermanentRedirect(
                request.path + (f"?{selection.query}" if selection.query else "")
            )
        return respond(request)

    return view


rss = feed_view(DocumentFeed())
atom = feed_view(DocumentAtom())
