"""The API as HTTP: CORS for reading, conditional GET, read-only, its OpenAPI document."""

import pytest
from django.test import Client
from drf_spectacular.validation import validate_schema

pytestmark = pytest.mark.django_db


def test_any_origin_may_read(api, world):
    response = Client().get(
        "/api/documents/", HTTP_HOST="ministry.test", HTTP_ORIGIN="https://reader.example"
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = Client().options(
        "/api/documents/",
        HTTP_HOST="ministry.test",
        HTTP_ORIGIN="https://reader.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    assert set(preflight["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_pages_are_not_cors_open(world, db):
    response = Client().get(
        "/en-gb/", HTTP_HOST="ministry.test", HTTP_ORIGIN="https://reader.example"
    )
    assert "Access-Control-Allow-Origin" not in response


def test_nothing_can_be_written(world, db):
    for method in ("post", "put", "patch", "delete"):
        response = getattr(Client(), method)(
            "/api/documents/", {}, content_type="application/json", HTTP_HOST="ministry.test"
        )
        assert response.status_code == 405, method


def test_conditional_get(world, db):
    client = Client()
    path = f"/api/documents/{world.conference.translation_key}:en-gb/"
    first = client.get(path, HTTP_HOST="ministry.test")
    assert first["ETag"] and first["Last-Modified"]
    again = client.get(path, HTTP_HOST="ministry.test", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    since = client.get(
        path, HTTP_HOST="ministry.test", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert since.status_code == 304
    listing = client.get("/api/documents/", HTTP_HOST="ministry.test")
    assert (
        client.get(
            "/api/documents/", HTTP_HOST="ministry.test", HTTP_IF_NONE_MATCH=listing["ETag"]
        ).status_code
        == 304
    )
    world.conference.title = "News conference, corrected"
    world.conference.save_revision().publish()
    changed = client.get(path, HTTP_HOST="ministry.test", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed.json()["title"] == "News conference, corrected"


def test_the_openapi_document_is_served_and_valid(world, db):
    response = Client().get("/api/openapi.json", HTTP_HOST="ministry.test")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    schema = response.json()
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/documents/",
        "/api/documents/{id}/",
        "/api/people/",
        "/api/people/{slug}/",
        "/api/organisations/",
        "/api/organisations/{slug}/",
        "/api/kinds/",
        "/api/sites/",
        "/api/sites/{id}/",
        "/api/languages/",
        "/api/search/",
    }
    parameters = {p["name"] for p in schema["paths"]["/api/documents/"]["get"]["parameters"]}
    assert parameters == {
        "cursor",
        "page_size",
        "site",
        "language",
        "kind",
        "person",
        "organisation",
        "published_after",
        "published_before",
        "changed_since",
    }
    turn = schema["components"]["schemas"]["Turn"]["properties"]
    assert {"speaker", "addressed_to", "speaking_after", "anchor"} <= set(turn)
