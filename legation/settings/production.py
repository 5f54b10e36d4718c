"""Production: DEBUG off, and everything that differs between installs read from the
environment (README, "Run it in production"). Missing SECRET_KEY or ALLOWED_HOSTS stops it."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def env_flag(name, default):
    value = os.environ.get(name, "1" if default else "0").strip().lower()
    return value in {"1", "true", "yes", "on"}


if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY is not set: put a long random value in the environment "
        '(python3 -c "import secrets; print(secrets.token_urlsafe(50))").'
    )
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set: list the sites' host names, comma-separated "
        "(ALLOWED_HOSTS=mfa.example,london.mfa.example)."
    )

# HTTPS is terminated by the proxy in front; it says so in X-Forwarded-Proto. Waitress passes
# that header on only from the proxies in TRUSTED_PROXY (legation serve_production), and
# clears it from anyone else, so a reader cannot claim https.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
TRUSTED_PROXY = os.environ.get("TRUSTED_PROXY", "")
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
# The load balancer asks over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_flag("SECURE_COOKIES", True)

# Collected static files get content-hashed names, which WhiteNoise serves as cached forever.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Notifications (EMAIL_HOST, EMAIL_PORT, … in base.py) go to the SMTP server.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_USE_SSL = env_flag("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))

# The demo's known password is refused here even if DEBUG is switched on to investigate.
LEGATION_DEMO_PASSWORD_ALLOWED = False
