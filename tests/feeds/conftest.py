"""A ministry in English and Russian and a mission in London, with what their feeds list."""

import datetime
from dataclasses import dataclass

import feedparser
import pytest
from django.test import Client
from django.utils import timezone

from legation.missions.models import SyndicatedDocument
from tests.utils.builders import (
    MINISTRY_HOST,
    MISSION_HOST,
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

HOUR = datetime.timedelta(hours=1)


@dataclass
class FeedWorld:
    ministry: object
    ministry_archive: object
    mission: object
    mission_archive: object
    vera: object
    council: object
    statement: object  # by Vera Anders, concerning the Council, in English and Russian
    statement_ru: object
    speech: object  # nobody named, no lead
    mission_statement: object
    syndicated: object  # a ministry statement the mission lists
    scheduled: object  # public only tomorrow


def in_russian(snippet, **names):
    translation = snippet.copy_for_translation(locale("ru-ru"))
    for name, value in names.items():
        setattr(translation, name, value)
    translation.save()
    return translation


@pytest.fixture
def world(db):
    now = timezone.now()
    ministry, ministry_archive = make_ministry()
    mission, mission_archive = make_mission(time_zone="Europe/London")
    translate(ministry, "ru-ru", title="Министерство иностранных дел")
    translate(ministry_archive, "ru-ru", title="Все сообщения")
    statement_kind = make_kind("statement")
    speech_kind = make_kind("speech")
    in_russian(statement_kind, name="Заявление", plural_name="Заявления")
    in_russian(speech_kind, name="Речь", plural_name="Речи")
    council = make_organisation("Council of Nations")
    vera = make_person("Vera Anders", ("Spokesperson", council, None, None, True))
    in_russian(council, name="Совет наций")
    in_russian(vera, name="Вера Андерс")

    statement = add_document(
        ministry_archive,
        "On the harbour treaty",
        statement_kind,
        published_at=now - 5 * HOUR,
        lead="The ministry welcomes the signature of the harbour treaty.",
        body=[paragraph('The treaty opens <a href="/en-gb/news/">the ports</a> to trade.')],
        participants=[vera],
        organisations=[council],
    )
    statement_ru = translate(statement, "ru-ru", title="О договоре о гаванях")
    speech = add_document(
        ministry_archive,
        "Address to the assembly",
        speech_kind,
        published_at=now - 4 * HOUR,
        body=[paragraph("Distinguished delegates, the sea joins our nations.")],
    )
    syndicated = add_document(
        ministry_archive,
        "On fishing rights",
        statement_kind,
        published_at=now - 3 * HOUR,
        lead="Fishing rights remain as agreed.",
        participants=[vera],
    )
    SyndicatedDocument.objects.create(page=mission, document=syndicated)
    mission.save_revision().publish()
    mission_statement = add_document(
        mission_archive,
        "Consular hours in December",
        statement_kind,
        published_at=now - 2 * HOUR,
        lead="The consular section closes early on Fridays.",
    )
    scheduled = add_document(
        ministry_archive,
        "Tomorrow's statement",
        statement_kind,
        published_at=now + 24 * HOUR,
        live=False,
        participants=[vera],
    )
    return FeedWorld(
        ministry,
        ministry_archive,
        mission,
        mission_archive,
        vera,
        council,
        statement,
        statement_ru,
        speech,
        mission_statement,
        syndicated,
        scheduled,
    )


def fetch(path, host=MINISTRY_HOST, **headers):
    return Client().get(path, HTTP_HOST=host, **headers)


def parse(path, host=MINISTRY_HOST):
    """The feed at `path`, parsed by feedparser, which must find nothing wrong in it."""
    response = fetch(path, host)
    assert response.status_code == 200, (path, response.status_code)
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, (path, feed.get("bozo_exception"))
    return feed


__all__ = ["MINISTRY_HOST", "MISSION_HOST", "fetch", "parse"]
