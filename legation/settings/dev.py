from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "legation-dev-only-secret-key"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "*"]  # noqa: F405
# Serve static files straight from the apps, without collectstatic, while developing.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The SQLite file, uploads and collected static files live here; Django expects them to exist.
(DATA_DIR / "static").mkdir(parents=True, exist_ok=True)  # noqa: F405

# Notifications (a text submitted for review, approved…) are written to files here rather than
# sent: a newcomer's machine has no mail server.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = DATA_DIR / "mail"  # noqa: F405
