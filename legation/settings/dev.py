from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "legation-dev-only-secret-key"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "*"]  # noqa: F405
