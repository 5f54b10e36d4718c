"""What a page reads of the public view, read once for each page a reader asks for: who is
public (see publication.remembered), which pages are restricted (see gate.remembered), the
number of publication events (see counts.one_view) and the request's site (see site_lookup)."""

from legation.core.models import gate
from legation.core.site_lookup import keep_site_for_request
from legation.documents.models.counts import one_view

from . import publication


class PublicDirectoryMiddleware:
    """A GET or HEAD reads the public directory, the view restrictions and the number of
    publication events at most once, and finds its site among what was kept. Other methods
    change content, and may read them again after their change: they read them afresh each
    time."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        with gate.remembered(), publication.remembered(), one_view():
            keep_site_for_request(request)
            return self.get_response(request)
