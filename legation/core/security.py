"""The Content-Security-Policy: strict on every public page, relaxed only where Wagtail's admin
needs it.

django-csp sends the policy of settings.CONTENT_SECURITY_POLICY; the public pages meet it (no
inline script or style: every script and style sheet is a static file). Wagtail's and Django's
admins still write inline scripts and style attributes, so under their prefixes the policy
allows those and nothing else more.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_RELAXED_DIRECTIVES = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    # The dashboard's check for a newer Wagtail release.
    "connect-src": [SELF, "https://releases.wagtail.org"],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIXES):
            parts.replace = {**ADMIN_RELAXED_DIRECTIVES, **(parts.replace or {})}
        return parts
