import datetime

import pytest
from django.core.management import call_command
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


def rich(text):
    return RichText(f"<p>{text}</p>")


@pytest.fixture
def archive_world(db):
    """A ministry with a news conference (every kind of turn), a statement and its Russian
    version, and a mission with one text of its own."""
    ministry, ministry_archive = make_ministry()
    translate(ministry, "ru-ru")
    translate(ministry_archive, "ru-ru")
    mission, mission_archive = make_mission()
    council = make_organisation("Council of Nations")
    minister = make_person(
        "Iris Valden",
        ("Minister of Foreign Affairs", council, datetime.date(2020, 1, 1), None, True),
    )
    deputy = make_person("Tomas Reyl", ("Deputy Minister", council, None, None, False))
    reporter = make_person("Lena Okoro")
    transcript = make_kind("transcript", "News conference")
    statement = make_kind("statement")
    published = timezone.now().replace(microsecond=0) - datetime.timedelta(days=2)
    conference = add_document(
        ministry_archive,
        "News conference on the harbour treaty",
        transcript,
        published_at=published,
        event_place="Velmora City",
        lead="The minister answered questions on the treaty.",
        participants=[minister, deputy],
        organisations=[council],
        body=[
            paragraph("Good afternoon."),
            ("statement", {"speaker": minister, "text": rich("We signed the treaty today.")}),
            ("heading", "Answers to media questions"),
            (
                "question",
                {
                    "asker": reporter,
                    "outlet": "Velmora Daily",
                    "addressed_to": [minister, deputy],
                    "text": rich("When will the harbour open, and who pays?"),
                },
            ),
            ("answer", {"speaker": minister, "speaking_after": None, "text": rich("In May.")}),
            (
                "answer",
                {
                    "speaker": deputy,
                    "speaking_after": minister,
                    "text": rich("The treaty says so."),
                },
            ),
            ("note", "(Laughter)"),
            (
                "question",
                {
                    "asker": None,
                    "outlet": "Coastal Radio",
                    "addressed_to": [],
                    "text": rich("Thanks?"),
                },
            ),
        ],
    )
    plain = add_document(
        ministry_archive,
        "Statement on fishing quotas",
        statement,
        published_at=published - datetime.timedelta(days=1),
        body=[paragraph("The ministry welcomes the agreement.")],
        participants=[minister],
    )
    russian = translate(plain, "ru-ru", title="Заявление о квотах на вылов")
    own = add_document(
        mission_archive,
        "Embassy open day",
        statement,
        published_at=published - datetime.timedelta(days=3),
        body=[paragraph("The embassy opens its doors.")],
    )
    return {
        "ministry": ministry,
        "mission": mission,
        "conference": conference,
        "plain": plain,
        "russian": russian,
        "own": own,
    }


@pytest.fixture
def export(tmp_path):
    """Run `legation export` into a fresh directory; the directory."""

    def run(*arguments, name="export"):
        directory = tmp_path / name
        call_command("export", str(directory), *arguments, verbosity=0)
        return directory

    return run
