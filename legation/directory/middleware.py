"""What a page reads of the public view, read once for each page a reader asks for: who is
public (see publication.remembered) and which pages are restricted (see gate.remembered)."""

from legation.core.models import gate

from . import publication


class PublicDirectoryMiddleware:
    """A GET or HEAD reads the public directory and the view restrictions at most once. Other
    methods change content, and may read them again after their change: they read them
    afresh each time."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        with gate.remembered(), publication.remembered():
            return self.get_response(request)
