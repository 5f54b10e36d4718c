"""/healthz says whether this process can serve: the database and the cache both answer."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        # Nothing listens on port 1: the connection is refused at once.
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    }
}


def test_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}


def test_a_cache_that_does_not_answer_makes_it_unhealthy(client):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "failing"
    assert response.json()["checks"] == {"database": "ok", "cache": "failing"}


@pytest.mark.parametrize("page_cache", [False, True])
def test_a_cache_that_does_not_answer_is_named_with_the_page_cache_on_or_off(client, page_cache):
    """The page cache, the first middleware, asks the cache of every page it may serve."""
    with override_settings(CACHES=UNREACHABLE_REDIS, LEGATION_PAGE_CACHE=page_cache):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "failing"}


def test_a_database_that_does_not_answer_makes_it_unhealthy(client, monkeypatch):
    from django.db import connection

    def refuse(*args, **kwargs):
        raise connection.OperationalError("the database server is gone")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "failing", "cache": "ok"}
