"""The page editor's people and organisations: only those of the page's language, each person
with the role and organisation held on the document's date, searchable — through the views."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from legation.directory.models import Appointment, Organisation, Person
from tests.utils.builders import (
    add_document,
    locale,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
    translate,
)

pytestmark = pytest.mark.django_db

BEFORE = datetime.date(2024, 3, 1)
AFTER = datetime.date(2025, 3, 1)


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def in_russian(record, **fields):
    return type(record).objects.create(
        translation_key=record.translation_key, locale=locale("ru-ru"), slug=record.slug, **fields
    )


@pytest.fixture
def directory():
    """Oren Vasker, ambassador until the end of 2024 and minister since, in English and Russian."""
    embassy = make_organisation("Embassy in Harbourton")
    ministry = make_organisation("Ministry of Foreign Affairs")
    vasker = make_person(
        "Oren Vasker",
        ("Ambassador", embassy, datetime.date(2020, 1, 1), datetime.date(2024, 12, 31), True),
        ("Minister of Foreign Affairs", ministry, datetime.date(2025, 1, 1), None, True),
    )
    make_person("Mara Quell")
    posolstvo = in_russian(embassy, name="Посольство в Харбортоне")
    ministerstvo = in_russian(ministry, name="Министерство иностранных дел")
    vasker_ru = in_russian(vasker, name="Орен Васкер")
    for role, organisation, start, end in [
        ("Посол", posolstvo, datetime.date(2020, 1, 1), datetime.date(2024, 12, 31)),
        ("Министр иностранных дел", ministerstvo, datetime.date(2025, 1, 1), None),
    ]:
        Appointment.objects.create(
            person=vasker_ru,
            role=role,
            organisation=organisation,
            start=start,
            end=end,
            is_head=True,
            locale=locale("ru-ru"),
        )
    in_russian(Person.objects.get(name="Mara Quell"), name="Мара Квелл")
    return vasker, vasker_ru


def chooser_html(client, model, view="choose", **params):
    chooser = model.snippet_viewset.chooser_viewset
    response = client.get(reverse(chooser.get_url_name(view)), params)
    assert response.status_code == 200
    is_json = response["Content-Type"] == "application/json"
    return response.json()["html"] if is_json else response.content.decode()


def test_the_person_chooser_shows_the_pages_language_with_the_post_held_that_day(editor, directory):
    html = chooser_html(editor, Person, locale="ru-ru", on=BEFORE.isoformat())

    assert "Орен Васкер" in html and "Мара Квелл" in html
    assert "Oren Vasker" not in html and "Mara Quell" not in html
    assert "Посол" in html and "Посольство в Харбортоне" in html
    assert "Министр иностранных дел" not in html

    later = chooser_html(editor, Person, locale="ru-ru", on=AFTER.isoformat())
    assert "Министр иностранных дел" in later and "Посол" not in later


def test_without_an_event_date_the_publication_date_decides(editor, directory):
    html = chooser_html(
        editor, Person, locale="en-gb", on="", published=f"{AFTER.isoformat()} 10:30"
    )

    assert "Minister of Foreign Affairs" in html and "Ambassador" not in html


def test_a_search_in_the_chooser_keeps_to_the_language_and_the_day(editor, directory):
    for view in ("choose", "choose_results"):
        html = chooser_html(editor, Person, view, q="Васкер", locale="ru-ru", on=BEFORE.isoformat())
        assert "Орен Васкер" in html and "Посол" in html, view
        assert "Мара Квелл" not in html and "Oren Vasker" not in html, view


def test_the_organisation_chooser_shows_the_pages_language_and_each_head(editor, directory):
    html = chooser_html(editor, Organisation, locale="ru-ru", on=BEFORE.isoformat())

    assert "Посольство в Харбортоне" in html and "Embassy in Harbourton" not in html
    assert "Орен Васкер" in html  # the embassy's head then; the ministry had none in the data


def test_the_document_editor_offers_participants_of_its_language_with_their_posts(
    editor, directory
):
    _ministry, archive = make_ministry()
    document = add_document(
        archive, "Talks in Harbourton", make_kind("transcript"), event_date=BEFORE
    )
    russian = translate(document, "ru-ru", title="Переговоры в Харбортоне")

    response = editor.get(reverse("wagtailadmin_pages:edit", args=[russian.pk]))

    form = response.context["form"]
    choices = [label for _value, label in form.fields["participants"].choices]
    assert choices == ["Мара Квелл", "Орен Васкер — Посол, Посольство в Харбортоне"]
    organisations = [label for _value, label in form.fields["organisations"].choices]
    assert organisations == ["Министерство иностранных дел", "Посольство в Харбортоне"]


def test_the_turns_choosers_are_told_the_documents_dates(editor, directory):
    _ministry, archive = make_ministry()
    document = add_document(archive, "Talks in Harbourton", make_kind("transcript"))

    html = editor.get(reverse("wagtailadmin_pages:edit", args=[document.pk])).content.decode()

    # Wagtail's linked fields: the chooser sends the form's event and publication dates.
    assert "linkedFields" in html
    assert "#id_event_date" in html and "#id_published_at" in html
