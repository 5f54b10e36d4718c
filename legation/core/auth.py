"""Login throttling where django-axes cannot see: Wagtail's page-password form, and test logins.

django-axes counts the failures of every form that calls `authenticate()` (the Wagtail admin,
the Django admin and Wagtail's login for private pages) through its backend, signals and
middleware (settings `AXES_*`).
"""

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_client_ip_address, get_cool_off
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _
from wagtail import views as wagtail_views


class PagePasswordThrottle:
    """Wrong passwords for one page restriction from one client address, counted in the cache.

    Written by hand: Wagtail checks a private page's shared password in a form of its own,
    without `authenticate()`, so django-axes never sees it. There is no user name, so the
    count is by address and restriction; the limit and cool-off are axes' own.
    """

    def __init__(self, request, restriction_id):
        self.cool_off = get_cool_off(request).total_seconds()
        address = get_client_ip_address(request)
        self.key = f"legation:page-password-failures:{restriction_id}:{address}"

    def locked_out(self):
        return cache.get(self.key, 0) >= settings.AXES_FAILURE_LIMIT

    def record_failure(self):
        # The cool-off runs from the last failure, as with axes: guessing on extends it.
        if not cache.add(self.key, 1, self.cool_off):
            try:
                cache.incr(self.key)
            except ValueError:  # expired between the two calls
                cache.add(self.key, 1, self.cool_off)
        cache.touch(self.key, self.cool_off)

    def reset(self):
        cache.delete(self.key)


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's page-password form, refused for a while after too many wrong passwords."""
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    throttle = PagePasswordThrottle(request, page_view_restriction_id)
    if throttle.locked_out():
        throttle.record_failure()
        return HttpResponse(
            _("Too many wrong passwords for this page. Please try again later."),
            status=429,
            content_type="text/plain; charset=utf-8",
        )
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    # Wagtail redirects once the password is right and shows the form again when it is not.
    if response.status_code == 302:
        throttle.reset()
    else:
        throttle.record_failure()
    return response


class RequestlessLoginBackend(AxesStandaloneBackend):
    """axes' backend, letting through `authenticate()` calls that carry no request (test settings).

    The test client's `login()` passes none, and axes raises for it; every login form passes
    its request, and production keeps axes' own backend so that a new form that forgot to
    would fail loudly rather than go uncounted.
    """

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
