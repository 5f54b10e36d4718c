"""Translating a document never writes over the translations of the snippets it names.

The demo and the importer make Russian people, organisations and kinds themselves (copies of
the English records, renamed), outside wagtail-localize. Submitting a document that names them
for translation, translating it, publishing it and synchronising it later must keep their
Russian names and make no other Russian records than those of snippets with no Russian version.
"""

import uuid
from urllib.parse import urlencode

import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from legation.directory.models import Appointment, Organisation, Person
from legation.documents.models import DocumentKind, DocumentPage

from .conftest import add_document, locale, translate

RUSSIAN_NAMES = {"Oren Vasker": "Орен Васкер", "Mira Tallis": "Мира Таллис"}


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


@pytest.fixture
def russian_site(ministry):
    translate(ministry, "ru-ru")
    translate(ministry.archive, "ru-ru")


@pytest.fixture
def foreign_ministry(english):
    organisation = Organisation.objects.create(
        name="Ministry of Foreign Affairs of Velmora", address="1 Harbour Square", locale=english
    )
    russian = organisation.copy_for_translation(locale("ru-ru"))
    russian.name = "Министерство иностранных дел Велморы"
    russian.address = "Гаванская площадь, 1"
    russian.save()
    return organisation


@pytest.fixture
def people(english, foreign_ministry):
    """Two people with Russian versions made as the demo makes them, and one without."""
    people = {}
    for name, role in [
        ("Oren Vasker", "Minister of Foreign Affairs"),
        ("Mira Tallis", "Spokesperson"),
        ("Ilan Brook", "Correspondent"),
    ]:
        person = Person.objects.create(name=name, locale=english)
        Appointment.objects.create(
            person=person, role=role, organisation=foreign_ministry, locale=english
        )
        people[name] = person
    russian_roles = {"Minister of Foreign Affairs": "Министр иностранных дел"}
    russian_roles["Spokesperson"] = "Официальный представитель"
    for english_name, russian_name in RUSSIAN_NAMES.items():
        translation = people[english_name].copy_for_translation(locale("ru-ru"))
        translation.name = russian_name
        for appointment in translation.appointments.all():
            appointment.role = russian_roles[appointment.role]
        translation.save()
    return people


@pytest.fixture
def russian_kind(statement_kind):
    translation = statement_kind.copy_for_translation(locale("ru-ru"))
    translation.name, translation.plural_name = "Заявление", "Заявления"
    translation.save()
    return translation


@pytest.fixture
def briefing(ministry_archive, statement_kind, russian_kind, people, foreign_ministry):
    oren, mira, ilan = people["Oren Vasker"], people["Mira Tallis"], people["Ilan Brook"]
    document = add_document(
        ministry_archive,
        "Briefing on the harbour talks",
        statement_kind,
        slug="briefing-on-the-harbour-talks",
        body=[
            block("statement", {"speaker": oren.pk, "text": "<p>The talks went well.</p>"}),
            block(
                "question",
                {
                    "asker": ilan.pk,
                    "outlet": "",
                    "addressed_to": [{"type": "item", "value": mira.pk, "id": str(uuid.uuid4())}],
                    "text": "<p>When is the next round?</p>",
                },
            ),
            block(
                "answer",
                {"speaker": mira.pk, "speaking_after": oren.pk, "text": "<p>In spring.</p>"},
            ),
        ],
    )
    document.participants.set([oren, mira, ilan])
    document.organisations.set([foreign_ministry])
    document.save_revision().publish()
    return DocumentPage.objects.get(pk=document.pk)


def russian_directory():
    """Everything a reader sees of the Russian people, organisations and kinds."""
    russian = locale("ru-ru")
    return {
        "people": sorted(
            (person.name, tuple(person.appointments.values_list("role", flat=True)))
            for person in Person.objects.filter(locale=russian)
        ),
        "organisations": sorted(
            Organisation.objects.filter(locale=russian).values_list("name", "address")
        ),
        "kinds": sorted(
            DocumentKind.objects.filter(locale=russian).values_list("name", "plural_name")
        ),
    }


EXPECTED_BEFORE = {
    "people": [
        ("Мира Таллис", ("Официальный представитель",)),
        ("Орен Васкер", ("Министр иностранных дел",)),
    ],
    "organisations": [("Министерство иностранных дел Велморы", "Гаванская площадь, 1")],
    "kinds": [("Заявление", "Заявления")],
}
# The correspondent had no Russian version: translating the document makes one, in the source's
# words until a translator gives it a Russian name.
EXPECTED_AFTER = {
    **EXPECTED_BEFORE,
    "people": sorted([*EXPECTED_BEFORE["people"], ("Ilan Brook", ("Correspondent",))]),
}


def submit_translation(client, page, *language_codes):
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locale(code).pk for code in language_codes]},
        )
    assert response.status_code == 302, response.content.decode()[:2000]


def russian_version(page):
    return DocumentPage.objects.get(translation_key=page.translation_key, locale=locale("ru-ru"))


def translate_and_publish(client, page):
    """Every string of the Russian draft given a Russian text in the editor, then published."""
    source = TranslationSource.objects.get(object_id=page.translation_key)
    translation = Translation.objects.get(source=source, target_locale=locale("ru-ru"))
    for segment in source.stringsegment_set.select_related("string", "context"):
        # The address stays the source's; every other string gets a (pretend) Russian text.
        value = segment.string.data if segment.context.path == "slug" else f"RU {segment.pk}"
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": value}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content
    draft = russian_version(page)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"}
        )
    assert response.status_code == 302, response.content.decode()[:2000]


def test_translating_a_document_keeps_the_russian_names_of_what_it_names(
    admin_client, russian_site, briefing
):
    assert russian_directory() == EXPECTED_BEFORE

    submit_translation(admin_client, briefing, "ru-ru")

    assert russian_directory() == EXPECTED_AFTER
    # The Russian draft names the Russian people and kind.
    draft = russian_version(briefing)
    assert draft.kind.name == "Заявление"
    speakers = [child.value["speaker"] for child in draft.body if "speaker" in child.value]
    assert [person.name for person in speakers] == ["Орен Васкер", "Мира Таллис"]


def test_wagtail_localize_knows_the_existing_russian_names_as_their_translations(
    admin_client, russian_site, briefing, people
):
    submit_translation(admin_client, briefing, "ru-ru")

    oren = TranslationSource.objects.get(object_id=people["Oren Vasker"].translation_key)
    translation = Translation.objects.get(source=oren, target_locale=locale("ru-ru"))
    assert translation.get_progress() == (2, 2)  # name and role, both translated
    known = StringTranslation.objects.filter(locale=locale("ru-ru"))
    assert {"Орен Васкер", "Министр иностранных дел"} <= set(known.values_list("data", flat=True))
    # Publishing the person's translation from wagtail-localize writes back the same names.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    assert russian_directory() == EXPECTED_AFTER


def test_publishing_and_synchronising_later_keep_the_russian_names(
    admin_client, client, russian_site, briefing
):
    submit_translation(admin_client, briefing, "ru-ru")
    translate_and_publish(admin_client, briefing)
    page = client.get("/ru-ru/archive/briefing-on-the-harbour-talks/").content.decode()
    assert "Орен Васкер" in page and "Oren Vasker" not in page

    source = DocumentPage.objects.get(pk=briefing.pk)
    body = source.body.raw_data
    body[2]["value"]["text"] = "<p>In spring, in the capital.</p>"
    source.body = list(body)
    source.save_revision().publish()
    localize_source = TranslationSource.objects.get(object_id=briefing.translation_key)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[localize_source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302

    assert russian_directory() == EXPECTED_AFTER
    page = client.get("/ru-ru/archive/briefing-on-the-harbour-talks/").content.decode()
    assert "Орен Васкер" in page and "Oren Vasker" not in page


def test_a_second_document_naming_the_same_people_reuses_their_translations(
    admin_client, russian_site, briefing, ministry_archive, statement_kind, people
):
    submit_translation(admin_client, briefing, "ru-ru")
    other = add_document(
        ministry_archive,
        "Statement on the fisheries accord",
        statement_kind,
        slug="fisheries-accord",
        body=[
            block(
                "statement",
                {"speaker": people["Oren Vasker"].pk, "text": "<p>The accord is signed.</p>"},
            )
        ],
    )

    submit_translation(admin_client, other, "ru-ru", "de-de")

    assert russian_directory() == EXPECTED_AFTER
    # A language with no versions at all gets its own (as the source, until translated).
    assert Person.objects.filter(locale=locale("de-de")).get().name == "Oren Vasker"
