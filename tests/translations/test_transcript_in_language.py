"""A translated transcript names its speakers as its own language does: a translation keeps its
source's choosers (the English entries), so the page, its speaker index and its record in the
API show each person's version in the page's language, with the role and organisation held
that day in that language too."""

import datetime

import pytest
from wagtail.rich_text import RichText

from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    locale,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
    translate,
)

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 3, 4)


def in_russian(entry, name):
    version = entry.copy_for_translation(locale("ru-ru"))
    version.name = name
    return version


@pytest.fixture
def russian_transcript():
    ministry, archive = make_ministry()
    for page in (ministry, archive):
        translate(page, "ru-ru")
    council = make_organisation("Council of Harbours")
    in_russian(council, "Совет гаваней").save()
    minister = make_person(
        "Vera Anders",
        ("Minister of Foreign Affairs", council, datetime.date(2020, 1, 1), None, True),
    )
    russian_minister = in_russian(minister, "Вера Андерс")
    for appointment in russian_minister.appointments.all():
        appointment.role = "Министр иностранных дел"
    russian_minister.save()
    reporter = make_person("Dmitri Orlan", ("Correspondent", None, None, None, False))
    russian_reporter = in_russian(reporter, "Дмитрий Орлан")
    for appointment in russian_reporter.appointments.all():
        appointment.role = "Корреспондент"
    russian_reporter.save()
    source = add_document(
        archive,
        "Answers to media questions",
        make_kind("transcript"),
        event_date=DAY,
        body=[
            (
                "question",
                {
                    "asker": reporter,
                    "addressed_to": [minister],
                    "text": RichText("<p>Will dues fall?</p>"),
                },
            ),
            ("answer", {"speaker": minister, "text": RichText("<p>They will.</p>")}),
        ],
    )
    return translate(source, "ru-ru", title="Ответы на вопросы СМИ")


def test_the_russian_page_names_each_speaker_and_role_in_russian(client, russian_transcript):
    page = client.get(russian_transcript.url, HTTP_HOST=MINISTRY_HOST).content.decode()

    assert "Министр иностранных дел, Совет гаваней" in page
    assert "Корреспондент" in page
    for english in ("Minister of Foreign Affairs", "Council of Harbours", "Correspondent"):
        assert english not in page


def test_the_russian_record_names_each_speaker_and_role_in_russian(client, russian_transcript):
    record = client.get(
        f"/api/documents/{russian_transcript.translation_key}:ru-ru/", HTTP_HOST=MINISTRY_HOST
    ).json()

    question, answer = record["turns"]
    assert question["speaker"]["name"] == "Дмитрий Орлан"
    assert question["speaker"]["role"]["title"] == "Корреспондент"
    assert question["addressed_to"][0]["name"] == "Вера Андерс"
    assert answer["speaker"]["name"] == "Вера Андерс"
    assert answer["speaker"]["role"]["title"] == "Министр иностранных дел"
    assert answer["speaker"]["role"]["organisation"]["name"] == "Совет гаваней"
