import os

from .base import *  # noqa: F403

SECRET_KEY = "legation-test-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests log in with the demo's password; tests of production's refusal switch this off.
LEGATION_DEMO_PASSWORD_ALLOWED = True
# The test client's login() calls authenticate() without a request, which axes refuses to count.
AUTHENTICATION_BACKENDS = [
    "legation.core.auth.RequestlessLoginBackend",
    *AUTHENTICATION_BACKENDS[1:],  # noqa: F405
]
MEDIA_ROOT = DATA_DIR / "test-media"  # noqa: F405
LEGATION_DOWNLOADS_DIR = DATA_DIR / "test-data"  # noqa: F405 (bulk-data files: legation/exports)
# The worker's daily export of those files: off, or every test that runs the worker would
# export the archive; tests/exports switches it on.
LEGATION_DAILY_DOWNLOADS = False
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WHITENOISE_USE_FINDERS = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The SQLite file, uploads and collected static files live here; Django expects them to exist.
(DATA_DIR / "static").mkdir(parents=True, exist_ok=True)  # noqa: F405

# The page cache is switched on by the tests that test it (tests/caching), which clear it
# between tests; elsewhere tests roll their data back while a cache would keep their pages.
LEGATION_PAGE_CACHE = False

# pytest-xdist's workers each have a database of their own; with Redis each gets a database
# number of its own too (the next ones after CACHE_URL's), since clearing the cache empties it.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if CACHE_URL.startswith("redis") and _worker.startswith("gw"):  # noqa: F405
    _base, _sep, _number = CACHE_URL.rpartition("/")  # noqa: F405
    CACHES["default"]["LOCATION"] = f"{_base}/{int(_number or 0) + int(_worker[2:])}"  # noqa: F405
