"""schemathesis against the API: generated requests to every operation find no server error,
and every answer has a status code, a content type and a body the OpenAPI document describes.

The schema is loaded when the module is collected (it needs no database), not through
schemathesis.pytest.from_fixture: with pytest 9 that loader fails on a node attribute pytest
no longer has (request.node._nodeid). The requests are answered with Velmora's small world.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

HOST = {"Host": "ministry.test"}

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application(), headers=HOST)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _connection_kept_open():
    """As Django's test client does: the WSGI app closes the database connection at the end
    of each request, which on PostgreSQL ends the test's transaction with it."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=2000,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.filter_too_much,
    ],
)
def test_api_answers_as_described(case, world):
    case.call_and_validate(
        headers=HOST,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
