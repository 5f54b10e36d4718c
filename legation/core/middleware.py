"""The view restrictions, read once for each page a reader asks for (see gate.remembered)."""

from .models.gate import remembered


class ViewRestrictionsMiddleware:
    """A GET or HEAD reads the view restrictions at most once, for every gate query it makes.
    Other methods change content, and may read them again after their change: they read them
    afresh for each gate."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        with remembered():
            return self.get_response(request)
