"""The demo's readers get the project's own "not found" and error pages, never Django's debug
pages: ./scripts/demo serves with legation.settings.demo, which is dev without DEBUG."""

import importlib
from pathlib import Path

import pytest
from django.test import Client
from lxml import html

from legation.documents.models import DocumentPage
from tests.utils.builders import MINISTRY_HOST, add_document, make_kind, make_ministry, translate

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def test_the_demo_is_served_without_debug_pages():
    demo = importlib.import_module("legation.settings.demo")
    assert demo.DEBUG is False
    assert demo.LEGATION_DEMO_PASSWORD_ALLOWED  # the README's login still works in the demo
    script = (ROOT / "scripts" / "demo").read_text()
    assert "export DJANGO_SETTINGS_MODULE=legation.settings.demo" in script


def test_not_found_is_the_projects_page_with_the_versions_that_exist(client):
    ministry, archive = make_ministry()
    translate(ministry, "ru-ru")
    translate(archive, "ru-ru")
    add_document(archive, "Harbour statement", make_kind("statement"))

    response = client.get("/ru-ru/news/harbour-statement/", HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 404
    tree = html.fromstring(response.content)
    assert tree.get("lang") == "ru-RU"
    assert tree.xpath("string(//h1)") == "Страница не найдена"
    versions = tree.xpath("//ul[@class='not-found__versions']//a")
    assert [(link.get("href"), link.get("hreflang")) for link in versions] == [
        ("/en-gb/news/harbour-statement/", "en-GB")
    ]


def test_an_error_is_the_projects_page_in_the_readers_language(monkeypatch):
    _ministry, archive = make_ministry()
    translate(_ministry, "ru-ru")
    translate(archive, "ru-ru")
    document = add_document(archive, "Harbour statement", make_kind("statement"))
    russian = translate(document, "ru-ru", title="Заявление о гавани")

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(DocumentPage, "get_context", broken)
    reader = Client(raise_request_exception=False)
    for page, heading in ((document, "Something went wrong"), (russian, "Произошла ошибка")):
        response = reader.get(page.url, HTTP_HOST=MINISTRY_HOST)
        assert response.status_code == 500
        tree = html.fromstring(response.content)
        assert tree.xpath("string(//h1)") == heading
        assert "Traceback" not in response.content.decode()
