"""Every search in the admin answers and finds: snippet listings, snippet choosers, pages."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.text import slugify

from legation.directory.models import Organisation, Person
from legation.documents.models import DocumentKind
from tests.utils.builders import (
    add_document,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
)

pytestmark = pytest.mark.django_db

# (model, how to make a record, the record's name, a word of it, an unrelated record's name)
RECORDS = {
    "person": (Person, make_person, "Mara Quell", "Quell", "Oskar Ferren"),
    "organisation": (
        Organisation,
        make_organisation,
        "Marenburg Chamber of Trade",
        "Chamber",
        "Velmora Fisheries Board",
    ),
    "kind": (
        DocumentKind,
        lambda name: make_kind(slugify(name), name),
        "Communiqué",
        "Communi",
        "Interview",
    ),
}


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def snippet_search_urls(model):
    """The listing and the chooser, whole and as the results panel their search box reloads;
    the chooser also as the page editor opens it, limited to the page's language."""
    listing = model.snippet_viewset
    chooser = listing.chooser_viewset
    return [
        reverse(listing.get_url_name("list")) + "?q={}",
        reverse(listing.get_url_name("list_results")) + "?q={}",
        reverse(chooser.get_url_name("choose")) + "?q={}",
        reverse(chooser.get_url_name("choose_results")) + "?q={}",
        reverse(chooser.get_url_name("choose")) + "?q={}&locale=en-gb",
        reverse(chooser.get_url_name("choose_results")) + "?q={}&locale=en-gb",
    ]


@pytest.mark.parametrize("record", RECORDS)
def test_each_snippet_search_finds_the_record_by_a_word_of_its_name(editor, record):
    model, make, name, word, unrelated = RECORDS[record]
    make(name)
    make(unrelated)

    for url in snippet_search_urls(model):
        response = editor.get(url.format(word))
        assert response.status_code == 200, url
        # The chooser's modal answers its HTML inside JSON.
        is_json = response["Content-Type"] == "application/json"
        html = response.json()["html"] if is_json else response.content.decode()
        assert name in html, url
        assert unrelated not in html, url


def test_the_page_search_finds_a_document_by_a_word_of_its_title(editor):
    _ministry, archive = make_ministry()
    kind = make_kind("statement")
    add_document(archive, "Statement on the Marenburg fisheries accord", kind)
    add_document(archive, "Remarks at the Harbourton trade fair", kind)

    response = editor.get(reverse("wagtailadmin_pages:search"), {"q": "fisheries"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Marenburg fisheries accord" in html
    assert "Harbourton trade fair" not in html
