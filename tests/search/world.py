"""A small archive to search: Velmora's ministry in five languages and its embassy, a news
conference with questions and answers, and documents not public."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.rich_text import RichText

from tests.utils.builders import (
    add_document,
    make_kind,
    make_ministry,
    make_mission,
    make_organisation,
    make_person,
    paragraph,
    translate,
)

LANGUAGES = ("en-gb", "ru-ru", "de-de", "fr-fr", "es-es")


@dataclass
class SearchWorld:
    ministry: object
    ministry_archive: object
    mission: object
    mission_archive: object
    statement: object  # English, with versions in the four other languages
    conference: object  # a transcript: Vera Anders answers a question on fisheries
    mission_note: object  # the embassy's own press release, 2025
    vera: object
    aldo: object
    council: object
    statement_kind: object
    transcript_kind: object


def rich(text):
    return RichText(f"<p>{text}</p>")


def build_search_world():
    ministry, ministry_archive = make_ministry()
    mission, mission_archive = make_mission()
    for code in LANGUAGES[1:]:
        translate(ministry, code)
        translate(ministry_archive, code)
    council = make_organisation("Council of Nations")
    vera = make_person("Vera Anders", ("Spokesperson", None, None, None, False))
    aldo = make_person("Aldo Brennick", ("Minister of Foreign Affairs", None, None, None, True))
    statement_kind = make_kind("statement")
    transcript_kind = make_kind("transcript")
    release_kind = make_kind("press_release", "Press release")

    statement = add_document(
        ministry_archive,
        "Statement on the shipping safety code",
        statement_kind,
        lead="Velmora welcomes the new codes for ports.",
        body=[paragraph("Ships calling at Port Lorin will follow the safety codes from May.")],
        organisations=[council],
    )
    versions = {
        "ru-ru": (
            "Заявление о правилах судоходства",
            "Министерство приветствует новые правила безопасности судов в портах.",
        ),
        "de-de": (
            "Erklärung zu den Häfen",
            "Das Ministerium begrüßt die neuen Regeln für alle Häfen an der Küste.",
        ),
        "fr-fr": (
            "Déclaration sur les négociations",
            "Le ministère salue les négociations sur la sécurité des navires.",
        ),
        "es-es": (
            "Declaración sobre los acuerdos",
            "El ministerio celebra los acuerdos firmados sobre los puertos.",
        ),
    }
    for code, (title, text) in versions.items():
        version = translate(statement, code, title=title, publish=False)
        version.title = title
        version.body = [paragraph(text)]
        version.lead = ""
        version.save_revision().publish()

    conference = add_document(
        ministry_archive,
        "Remarks and answers to media questions at a news conference",
        transcript_kind,
        event_date=datetime.date(2026, 3, 12),
        body=[
            ("statement", {"speaker": aldo, "text": rich("Good afternoon. We met the council.")}),
            (
                "question",
                {
                    "asker": None,
                    "outlet": "Harbour Radio",
                    "addressed_to": [vera],
                    "text": rich("What will happen to the fisheries quota next year?"),
                },
            ),
            (
                "answer",
                {
                    "speaker": vera,
                    "speaking_after": None,
                    "text": rich("The fisheries quota stays as it is until the spring talks."),
                },
            ),
            (
                "answer",
                {
                    "speaker": aldo,
                    "speaking_after": vera,
                    "text": rich("I agree: the quota is settled for a year."),
                },
            ),
        ],
        organisations=[council],
    )
    mission_note = add_document(
        mission_archive,
        "Consular hours during the harbour festival",
        release_kind,
        published_at=timezone.make_aware(datetime.datetime(2025, 7, 1, 10)),
        body=[paragraph("The consular section keeps its hours during the harbour festival.")],
    )
    return SearchWorld(
        ministry,
        ministry_archive,
        mission,
        mission_archive,
        statement,
        conference,
        mission_note,
        vera,
        aldo,
        council,
        statement_kind,
        transcript_kind,
    )
