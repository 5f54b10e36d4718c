"""Editors create every kind of body block, and a mission's clocks and counters, in the admin."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from legation.documents.models import DocumentPage
from legation.missions.models import MissionHomePage
from tests.utils.builders import make_kind, make_ministry, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def turn_text(text):
    return rich_text(f"<p>{text}</p>")


def test_editor_creates_a_document_with_every_block_type(editor):
    _ministry, archive = make_ministry()
    kind = make_kind("transcript")
    minister, guest, journalist = (
        make_person("Vera Anders"),
        make_person("Nadia Okonjo"),
        make_person("Clara Weiss"),
    )
    image = Image.objects.create(title="Podium", file=get_test_image_file())
    body = streamfield(
        [
            ("paragraph", turn_text("Opening paragraph.")),
            ("heading", "The talks"),
            ("quote", {"text": "Dialogue first.", "attribution": "Vera Anders"}),
            ("image", {"image": image.pk, "caption": "At the podium"}),
            ("statement", {"speaker": minister.pk, "text": turn_text("We have agreed.")}),
            (
                "question",
                {
                    "asker": journalist.pk,
                    "outlet": "Baltic Wire",
                    "addressed_to": streamfield([("item", guest.pk)]),
                    "text": turn_text("When will observers arrive?"),
                },
            ),
            ("answer", {"speaker": guest.pk, "speaking_after": "", "text": turn_text("Soon.")}),
            (
                "answer",
                {"speaker": minister.pk, "speaking_after": guest.pk, "text": turn_text("I agree.")},
            ),
            ("note", "Laughter"),
        ]
    )
    data = nested_form_data(
        {
            "title": "Remarks and answers",
            "slug": "remarks-and-answers",
            "kind": kind.pk,
            "published_at": "2025-05-12 22:50",
            "event_date": "2025-05-12",
            "event_date_precision": "day",
            "event_place": "Harbourton",
            "lead": "",
            "body": body,
            "related_documents": inline_formset([]),
            "attachments": inline_formset([]),
            "change_notes": inline_formset([]),
            "action-publish": "publish",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("documents", "documentpage", archive.pk))
    response = editor.post(url, data)
    assert response.status_code == 302, form_errors(response)

    document = DocumentPage.objects.get(slug="remarks-and-answers")
    assert document.live
    assert [block.block_type for block in document.body] == [
        "paragraph",
        "heading",
        "quote",
        "image",
        "statement",
        "question",
        "answer",
        "answer",
        "note",
    ]
    question = document.body[5].value
    assert question["asker"] == journalist and question["outlet"] == "Baltic Wire"
    assert list(question["addressed_to"]) == [guest]
    assert document.body[7].value["speaking_after"] == guest
    assert document.body[3].value["image"] == image
    assert document.body[8].value == "Laughter"
    # Entered in the site's zone (Europe/Berlin, summer): stored in UTC.
    assert document.published_at == datetime.datetime(2025, 5, 12, 20, 50, tzinfo=datetime.UTC)


def test_editor_creates_a_mission_home_with_clocks_contacts_and_counters(editor):
    from wagtail.models import Page

    root = Page.get_first_root_node()
    data = nested_form_data(
        {
            "title": "Embassy in Harbourton",
            "slug": "embassy-harbourton",
            "featured_document": "",
            "cities": inline_formset(
                [
                    {"name": "Marenburg", "time_zone": "Europe/Vilnius"},
                    {"name": "London", "time_zone": "Europe/London"},
                ]
            ),
            "consular_contacts": inline_formset(
                [
                    {
                        "label": "Consular queries",
                        "phone": "+44 20 7946 0124",
                        "email": "",
                        "hours": "",
                    },
                ]
            ),
            "counters": inline_formset(
                [
                    {
                        "title": "Ferry",
                        "start_date": "2018-03-04",
                        "message": "{days} days have passed since the ferry line was closed",
                        "active": "on",
                    },
                ]
            ),
            "head_of_mission": "",
            "time_zone": "Europe/London",
            "address": "1 Embassy Row",
            "phone": "",
            "email": "",
            "default_language": "en-gb",
            "syndicated_documents": inline_formset([]),
            "action-publish": "publish",
        }
    )
    data["languages"] = ["en-gb"]  # a multiple choice: one form value per language
    url = reverse("wagtailadmin_pages:add", args=("missions", "missionhomepage", root.pk))
    response = editor.post(url, data)
    assert response.status_code == 302, form_errors(response)

    home = MissionHomePage.objects.get(slug="embassy-harbourton")
    assert [(city.name, city.time_zone) for city in home.cities.all()] == [
        ("Marenburg", "Europe/Vilnius"),
        ("London", "Europe/London"),
    ]
    assert home.counters.get().message_on(datetime.date(2020, 10, 25)) == (
        "966 days have passed since the ferry line was closed"
    )
    assert home.consular_contacts.get().phone == "+44 20 7946 0124"


def test_an_unknown_time_zone_is_refused_with_a_clear_message(editor):
    from wagtail.models import Page

    root = Page.get_first_root_node()
    data = nested_form_data(
        {
            "title": "Embassy",
            "slug": "embassy",
            "featured_document": "",
            "head_of_mission": "",
            "cities": inline_formset([{"name": "Nowhere", "time_zone": "Mars/Olympus"}]),
            "consular_contacts": inline_formset([]),
            "counters": inline_formset([]),
            "time_zone": "Europe/London",
            "address": "",
            "phone": "",
            "email": "",
            "default_language": "en-gb",
            "syndicated_documents": inline_formset([]),
            "action-publish": "publish",
        }
    )
    data["languages"] = ["en-gb"]
    url = reverse("wagtailadmin_pages:add", args=("missions", "missionhomepage", root.pk))
    response = editor.post(url, data)
    assert response.status_code == 200
    assert "Mars/Olympus is not an IANA time zone" in response.content.decode()
    assert not MissionHomePage.objects.filter(slug="embassy").exists()


def form_errors(response):
    """What the admin said was wrong, for a failing assertion's message."""
    form = response.context.get("form") if response.context else None
    if form is None:
        return response.status_code
    errors = dict(form.errors)
    for name, formset in getattr(form, "formsets", {}).items():
        errors[name] = [formset.errors, formset.non_form_errors()]
    return errors
