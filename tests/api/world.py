"""A small fictional world for the API tests: Velmora's ministry and its embassy, a news
conference with questions and answers, people whose roles changed, and texts not yet public."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.rich_text import RichText

from tests.utils.builders import (
    add_document,
    locale,
    make_kind,
    make_ministry,
    make_mission,
    make_organisation,
    make_person,
    paragraph,
    translate,
)

CONFERENCE_DAY = datetime.date(2026, 3, 12)


@dataclass
class ApiWorld:
    ministry: object
    mission: object
    conference: object  # a transcript, in English and Russian
    statement: object  # a mission's statement
    scheduled: object  # not public yet
    speaker: object
    journalist: object
    deputy: object
    ministry_org: object
    transcript_kind: object
    statement_kind: object


def rich(text):
    return RichText(f"<p>{text}</p>")


def build_api_world():
    ministry, ministry_archive = make_ministry()
    mission, mission_archive = make_mission()
    translate(ministry, "ru-ru")
    translate(ministry_archive, "ru-ru")
    ministry_org = make_organisation("Velmoran Ministry of Foreign Affairs", slug="velmora-mfa")
    speaker = make_person(
        "Irena Talvik",
        (
            "Deputy Minister",
            ministry_org,
            datetime.date(2020, 1, 1),
            datetime.date(2025, 12, 31),
            False,
        ),
        ("Minister of Foreign Affairs", ministry_org, datetime.date(2026, 1, 1), None, True),
    )
    deputy = make_person(
        "Oskar Brenn", ("Spokesperson", ministry_org, datetime.date(2024, 6, 1), None, False)
    )
    journalist = make_person("Mara Vell")
    transcript_kind = make_kind("transcript", "Transcript")
    statement_kind = make_kind("statement", "Statement")
    conference = add_document(
        ministry_archive,
        "News conference on the Harbourton accord",
        transcript_kind,
        published_at=timezone.make_aware(datetime.datetime(2026, 3, 12, 18, 30), datetime.UTC),
        event_date=CONFERENCE_DAY,
        event_place="Velmora City",
        lead="The minister answered questions on the accord.",
        participants=[speaker, deputy],
        organisations=[ministry_org],
        body=[
            ("heading", "Opening remarks"),
            ("statement", {"speaker": speaker, "text": rich("Good afternoon.")}),
            (
                "question",
                {
                    "asker": journalist,
                    "outlet": "Velmora Daily",
                    "addressed_to": [speaker],
                    "text": rich("When will the accord be signed?"),
                },
            ),
            ("answer", {"speaker": speaker, "speaking_after": None, "text": rich("In spring.")}),
            ("answer", {"speaker": deputy, "speaking_after": speaker, "text": rich("Indeed.")}),
            ("note", "(Applause)"),
        ],
    )
    translate(conference, "ru-ru", title="Пресс-конференция о Харбортонском соглашении")
    statement = add_document(
        mission_archive,
        "Embassy statement on the consular hours",
        statement_kind,
        published_at=timezone.now() - datetime.timedelta(days=2),
        participants=[deputy],
        body=[paragraph("The consular section opens at nine.")],
    )
    scheduled = add_document(
        ministry_archive,
        "Statement Zorvantic",
        statement_kind,
        published_at=timezone.now() + datetime.timedelta(days=3),
        live=False,
        participants=[make_person("Ulla Zorvantic")],
        body=[paragraph("Zorvantic text.")],
    )
    return ApiWorld(
        ministry,
        mission,
        conference,
        statement,
        scheduled,
        speaker,
        journalist,
        deputy,
        ministry_org,
        transcript_kind,
        statement_kind,
    )


__all__ = ["build_api_world", "locale"]
