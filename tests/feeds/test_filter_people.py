"""A feed filtered by a person or an organisation exists exactly while they are public: named
by a public text (as a participant, in a transcript's turns, as the head of an organisation a
public text concerns, or as the organisation of a named person's role). The filter asks this of
the one person it is given (directory.publication.is_public), not of everyone at once."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.rich_text import RichText

from legation.directory.models import Organisation, Person
from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def named(db):
    _ministry, archive = make_ministry()
    kind = make_kind("statement")
    council = make_organisation("Council of Nations")
    board = make_organisation("Harbour Board")
    secret = make_organisation("Secret Committee")
    people = {
        "participant": make_person("Vera Anders"),
        "speaker": make_person("Oskar Brenn"),
        "head": make_person("Lena Okoro", ("Chair", council, None, None, True)),
        "appointed": make_person("Mara Vell", ("Governor", board, None, None, False)),
        "draft only": make_person("Ivo Marr"),
        "scheduled only": make_person("Tessa Lind"),
    }
    add_document(
        archive,
        "Statement on the harbour",
        kind,
        participants=[people["participant"], people["appointed"]],
        organisations=[council],
        body=[
            ("answer", {"speaker": people["speaker"], "text": RichText("<p>Yes.</p>")}),
        ],
    )
    add_document(
        archive,
        "Draft",
        kind,
        live=False,
        participants=[people["draft only"]],
        organisations=[secret],
    )
    add_document(
        archive,
        "Tomorrow's statement",
        kind,
        live=False,
        go_live_at=timezone.now() + datetime.timedelta(days=1),
        published_at=timezone.now() + datetime.timedelta(days=1),
        participants=[people["scheduled only"]],
    )
    return people, {"concerned": council, "of a role": board, "draft only": secret}


def feed_exists(name, slug):
    response = Client().get(f"/en-gb/feeds/rss/?{name}={slug}", HTTP_HOST=MINISTRY_HOST)
    assert response.status_code in (200, 404)
    return response.status_code == 200


def test_a_person_or_organisation_feed_exists_while_a_public_text_names_them(named):
    people, organisations = named
    offered = {label for label, person in people.items() if feed_exists("person", person.slug)}
    assert offered == {"participant", "speaker", "head", "appointed"}
    assert offered == {
        label for label, person in people.items() if Person.objects.public().contains(person)
    }
    offered = {
        label
        for label, organisation in organisations.items()
        if feed_exists("organisation", organisation.slug)
    }
    assert offered == {"concerned", "of a role"}
    assert offered == {
        label
        for label, organisation in organisations.items()
        if Organisation.objects.public().contains(organisation)
    }
