"""The editor's "Paste transcript" view: blocks in the form's own format, what was
recognised, people created only when ticked, and clear refusals."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Locale

from legation.directory.models import Person
from legation.documents import conversion
from tests.utils.builders import make_kind, make_ministry, make_person

pytestmark = pytest.mark.django_db
URL = reverse("legation_documents:convert_transcript")
TEXT = "Ilsa Marren: Good morning.\nQuestion from Petr Dvalin: When?\nIlsa Marren: Soon."


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def post(client, **fields):
    english = Locale.objects.get(language_code="en-gb")
    data = {"text": TEXT, "locale": english.pk, "published_at": "2026-11-20 10:00", **fields}
    return client.post(URL, data)


def test_the_form_gets_the_body_blocks_and_a_summary_of_what_was_recognised(editor):
    marren = make_person("Ilsa Marren")

    answer = post(editor).json()

    assert [block["type"] for block in answer["state"]] == ["statement", "question", "answer"]
    statement = answer["state"][0]["value"]
    assert statement["speaker"]["id"] == marren.pk
    assert answer["turns"] == 3
    assert answer["new_names"] == ["Petr Dvalin"]
    assert "Converted: 3 turns" in answer["summary"]
    assert "Speakers matched: Ilsa Marren" in answer["summary"]
    assert 'value="Petr Dvalin" checked' in answer["summary"]
    assert not Person.objects.filter(name="Petr Dvalin").exists()


def test_the_ticked_names_are_created_in_the_page_language_and_linked(editor):
    make_person("Ilsa Marren")

    answer = post(editor, create=["Petr Dvalin"]).json()

    reporter = Person.objects.get(name="Petr Dvalin")
    assert reporter.locale.language_code == "en-gb"
    assert answer["state"][1]["value"]["asker"]["id"] == reporter.pk
    assert answer["new_names"] == []
    assert "New people created: Petr Dvalin" in answer["summary"]


def test_someone_who_may_not_create_people_cannot(client):
    user = get_user_model().objects.create_user("reader", password="pw")
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)

    response = post(client, create=["Petr Dvalin"])

    assert response.status_code == 403
    assert response.json()["error"] == "You may not create people."
    assert not Person.objects.filter(name="Petr Dvalin").exists()


def test_too_long_a_text_is_refused_with_the_reason(editor, monkeypatch):
    monkeypatch.setattr(conversion, "MAX_CHARACTERS", 20)

    response = post(editor)

    assert response.status_code == 400
    assert "at most 20 can be converted" in response.json()["error"]


def test_the_editor_shows_the_paste_control_above_the_body(editor):
    _ministry, archive = make_ministry()
    make_kind("transcript")
    page = editor.get(f"/admin/pages/add/documents/documentpage/{archive.pk}/").content.decode()

    assert "data-paste-transcript" in page and URL in page
    assert "documents/js/paste_transcript.js" in page
    assert page.index("data-paste-transcript") < page.index('id="body"')
