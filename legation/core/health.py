"""/healthz: what a load balancer or a monitor asks before sending readers to this process."""

import logging
import time

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = f"legation:healthz:{time.monotonic_ns()}"
    cache.set(key, "ok", timeout=10)
    try:
        if cache.get(key) != "ok":
            raise RuntimeError("the cache did not return what was just stored in it")
    finally:
        cache.delete(key)


CHECKS = {"database": check_database, "cache": check_cache}


@never_cache
@require_safe
def healthz(request):
    """200 when the database and the cache answer, 503 naming what failed (details in the
    log, not in the answer: the address is public)."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Health check failed: %s", name)
            results[name] = "failing"
        else:
            results[name] = "ok"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "failing", "checks": results},
        status=200 if healthy else 503,
    )
