"""Who is public, read once for each page a reader asks for (see publication.remembered)."""

from .publication import remembered


class PublicDirectoryMiddleware:
    """A GET or HEAD reads the public directory at most once. Other methods change content,
    and may read it again after their change: they read it afresh each time."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        with remembered():
            return self.get_response(request)
