import pytest
from django.db import transaction
from django.test import Client

from .world import build_api_world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Velmora's small world, built once per module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_api_world()
        transaction.set_rollback(True)


@pytest.fixture
def api(world, db):
    """An anonymous client reading the API; `api("/api/documents/", kind="speech")` → JSON."""
    client = Client()

    def get(path, **params):
        response = client.get(path, params, HTTP_HOST="ministry.test")
        assert response["Content-Type"] == "application/json", response.content[:200]
        return response

    return get
