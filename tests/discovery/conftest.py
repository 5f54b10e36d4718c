"""The Velmora ministry in English, Russian and French, an embassy in English, and documents
in every public and non-public state that the discovery channels must tell apart."""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from tests.utils.builders import (
    MINISTRY_HOST,
    MISSION_HOST,
    add_document,
    make_kind,
    make_ministry,
    make_mission,
    make_organisation,
    make_person,
    paragraph,
    translate,
)

PUBLISHED = datetime.datetime(2026, 3, 4, 9, 30, tzinfo=datetime.UTC)


def rich(text):
    return RichText(f"<p>{text}</p>")


@dataclass
class World:
    ministry: object
    archive: object
    homes: dict
    archives: dict
    mission: object
    mission_archive: object
    minister: object
    ministry_org: object
    statement: dict
    transcript: object
    photo_statement: object
    scheduled: object
    hidden_person: object
    hidden_org: object
    mission_note: object


@pytest.fixture
def world(db):
    ministry, archive = make_ministry(time_zone="Europe/Berlin")
    homes, archives = {"en-gb": ministry}, {"en-gb": archive}
    for code in ("ru-ru", "fr-fr"):
        homes[code] = translate(ministry, code, title=f"Velmora MFA [{code}]")
        archives[code] = translate(archive, code, title=f"Archive [{code}]")
    mission, mission_archive = make_mission(languages=["en-gb"])

    statement_kind, transcript_kind = make_kind("statement"), make_kind("transcript")
    ministry_org = make_organisation(
        "Ministry of Foreign Affairs of Velmora",
        short_name="MFA",
        address="1 Lantern Square\nVelmora City",
        website="https://mfa.velmora.example/",
    )
    minister = make_person(
        "Vera Anders",
        (
            "Deputy Minister",
            ministry_org,
            datetime.date(2019, 1, 1),
            datetime.date(2023, 12, 31),
            False,
        ),
        ("Minister of Foreign Affairs", ministry_org, datetime.date(2024, 1, 1), None, True),
    )
    hidden_person = make_person("Oskar Quill")
    hidden_org = make_organisation("Quiet Harbour Authority")

    statement = add_document(
        archive,
        "Statement on the lantern accord",
        statement_kind,
        published_at=PUBLISHED,
        slug="lantern-accord",
        lead="Velmora welcomes the lantern accord signed today.",
        body=[paragraph("The accord opens the northern ports.")],
        participants=[minister],
        organisations=[ministry_org],
    )
    statements = {"en-gb": statement}
    statements["ru-ru"] = translate(statement, "ru-ru", title="Заявление о фонарном соглашении")
    transcript = add_document(
        archive,
        "Press conference on the northern ports",
        transcript_kind,
        published_at=PUBLISHED + datetime.timedelta(days=1),
        slug="northern-ports",
        event_place="Velmora City",
        event_date=datetime.date(2022, 6, 1),
        participants=[minister],
        body=[
            ("statement", {"speaker": minister, "text": rich("Good afternoon.")}),
            (
                "question",
                {
                    "asker": None,
                    "outlet": "Velmora Post",
                    "addressed_to": [minister],
                    "text": rich("When do the ports open?"),
                },
            ),
            ("answer", {"speaker": minister, "speaking_after": None, "text": rich("In May.")}),
        ],
    )
    photo = Image.objects.create(title="Harbour", file=get_test_image_file("harbour.png"))
    photo_statement = add_document(
        archive,
        "Statement with a photograph",
        statement_kind,
        published_at=PUBLISHED + datetime.timedelta(days=2),
        slug="with-photo",
        body=[("image", {"image": photo, "caption": "The harbour"})],
    )
    scheduled = add_document(
        archive,
        "Scheduled statement",
        statement_kind,
        published_at=timezone.now() + datetime.timedelta(days=3),
        slug="scheduled",
        live=False,
        participants=[hidden_person],
        organisations=[hidden_org],
    )
    # Live in Wagtail, but behind a password: not public.
    restricted = add_document(
        archive, "Restricted note", statement_kind, published_at=PUBLISHED, slug="restricted"
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="x")
    mission_note = add_document(
        mission_archive,
        "Embassy note on visas",
        statement_kind,
        published_at=PUBLISHED,
        slug="visas",
    )
    return World(
        ministry=ministry,
        archive=archive,
        homes=homes,
        archives=archives,
        mission=mission,
        mission_archive=mission_archive,
        minister=minister,
        ministry_org=ministry_org,
        statement=statements,
        transcript=transcript,
        photo_statement=photo_statement,
        scheduled=scheduled,
        hidden_person=hidden_person,
        hidden_org=hidden_org,
        mission_note=mission_note,
    )


@pytest.fixture
def ministry_get(client):
    return lambda path: client.get(path, HTTP_HOST=MINISTRY_HOST)


@pytest.fixture
def mission_get(client):
    return lambda path: client.get(path, HTTP_HOST=MISSION_HOST)
