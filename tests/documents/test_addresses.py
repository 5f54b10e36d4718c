"""The addresses a list links to are the pages' own, as Wagtail routes them, in every language:
found from the site root's address once a request (legation.core.models.addresses)."""

import re

import pytest
from django.test import RequestFactory
from wagtail.models import Page

from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    make_kind,
    make_ministry,
    paragraph,
    translate,
)

pytestmark = pytest.mark.django_db


def listed(html):
    """{title: href} of the documents a list shows."""
    return dict(
        (title, href)
        for href, title in re.findall(
            r'class="document-list__title">.*?<a href="([^"]+)">([^<]+)</a>', html
        )
    )


def wagtails_own_address(page, path):
    """The address Wagtail's own `get_url_parts` gives the page, for a request of `path`."""
    request = RequestFactory().get(path, HTTP_HOST=MINISTRY_HOST)
    _site, _root_url, page_path = Page.get_url_parts(page, request)
    return page_path


@pytest.fixture
def archive_in_two_languages():
    ministry, archive = make_ministry()
    kind = make_kind("statement")
    body = [paragraph("Text.")]
    documents = [
        add_document(archive, "Harbour agreement", kind, body=body),
        add_document(archive, "Заявление о порте", kind, slug="заявление-о-порте", body=body),
    ]
    translate(ministry, "de-de")
    translate(archive, "de-de")
    german = [translate(document, "de-de") for document in documents]
    return archive, documents, german


def test_a_list_links_each_document_at_its_own_address_in_each_language(
    client, archive_in_two_languages
):
    archive, english, german = archive_in_two_languages
    for documents in (english, german):
        path = documents[0].get_parent().url
        response = client.get(path, HTTP_HOST=MINISTRY_HOST)
        assert response.status_code == 200
        links = listed(response.content.decode())
        assert links == {
            document.title: wagtails_own_address(document, path) for document in documents
        }
        for href in links.values():
            assert client.get(href, HTTP_HOST=MINISTRY_HOST).status_code == 200
    # The Cyrillic address is quoted as Wagtail quotes it, under the German prefix too.
    assert links[german[1].title].startswith("/de-de/news/%D0%B7")


def test_a_renamed_document_is_linked_at_its_new_address_at_once(client, archive_in_two_languages):
    archive, (document, _other), _german = archive_in_two_languages
    client.get(archive.url, HTTP_HOST=MINISTRY_HOST)
    document.slug = "harbour-agreement-signed"
    document.save_revision().publish()

    links = listed(client.get(archive.url, HTTP_HOST=MINISTRY_HOST).content.decode())

    assert links[document.title] == "/en-gb/news/harbour-agreement-signed/"
