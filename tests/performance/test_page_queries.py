"""Cheap without the cache: each public page reads the database a bounded number of times,
the same whatever the archive's size (bench/pages.py measures the time under load)."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

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
)

pytestmark = pytest.mark.django_db

D = datetime.date

# The most queries each page may make, the same at every archive size: what each makes today,
# so that any page reading more fails here (the target is 10 for every page). Pages
# that name people or organisations read the public directory in one query of its own (it had
# been a subquery of each list, which took Django longer to build than SQLite to answer).
# Every page reads the view restrictions once (they had been a subquery of each gate query,
# which SQLite planned as a scan of every page for each row once the archive was large).
# Routing reads an archive's or a document's locale with its row (serving checks its language).
# The first reader of a list since the last publication event also works out, once, what the
# list adds up to (kept for every later reader until the next event or clock moment); each
# later reader reads the number of events instead (one query), on the homes too, whose
# sections by kind are kept the same way. The view restrictions and the request's site with its
# home (routing's site, the home's own row and its locale) are kept the same way, for every
# page: a reader reads none of them, only the number of events, once for the whole page. Each
# home is kept with every language version of it and what a request to it reads of it (its
# locale, its archive; a mission's ministry, clocks, contacts, counters and syndicated kinds),
# so that routing to the home in its language, and through the archive, reads nothing. A
# document page reads the people and organisations it shows once each (documents/named.py):
# every version of the organisations concerned, of the people its turns name and of the
# card's head, and all their appointments, where the card, its links, the structured data and
# the turns had read them seven times.
FIRST, NEXT = 1, 2
# Its length (one query), its kinds (one), its years (two) and the next clock moment (one, for
# every list) on the archive; the kinds, the newest of each and the moment on the ministry home.
# The first page of a site since an event (here its home) also finds the site, its home's row,
# its other language versions and what is kept with each (the archive; a mission's ministry,
# its three kinds of rows and its syndicated kinds), the first page of all the view
# restrictions (one); the mission home, whose featured text links its speakers, who is public
# (one).
FIRST_READER_EXTRA = {
    "ministry home": 7,
    "mission home": 11,
    **{f"archive, {page}": 5 for page in ("first page", "last page", "kind", "year", "person")},
}
BUDGETS = {
    "ministry home": 7,
    "mission home": 10,
    "archive, first page": 7,
    "archive, last page": 7,
    "archive, kind": 8,
    "archive, year": 7,
    "archive, person": 9,
    "transcript of 20 turns": 10,
    "person": 8,
    "organisation": 7,
}


class World:
    def __init__(self):
        self.ministry, self.archive = make_ministry()
        self.mission, self.mission_archive = make_mission()
        self.statement, self.speech = make_kind("statement"), make_kind("speech")
        self.council = make_organisation("Council of Harbours")
        self.minister = make_person(
            "Vera Anders", ("Minister of Foreign Affairs", self.council, D(2020, 1, 1), None, True)
        )
        self.reporter = make_person("Dmitri Orlan", ("Correspondent", None, None, None, False))
        turns = []
        for number in range(10):
            turns.append(question(self.reporter, self.minister, f"Question {number}?"))
            turns.append(answer(self.minister, f"Answer {number}."))
        # Concerning the council: the organisation card shows it and its head, the minister.
        self.transcript = add_document(
            self.archive,
            "Press conference",
            make_kind("transcript"),
            body=turns,
            organisations=[self.council],
        )
        # Shown in full on the mission's home: each turn links its speaker.
        speakers = [make_person(f"Speaker {number}") for number in range(4)]
        briefing = add_document(
            self.mission_archive,
            "Briefing",
            make_kind("briefing"),
            body=[answer(speaker, f"Answer {number}.") for number, speaker in enumerate(speakers)],
        )
        self.mission.featured_document = briefing
        self.mission.save_revision().publish()
        self.grow(21)  # two pages of the archive
        add_document(self.mission_archive, "Consular hours", self.statement)

    def grow(self, count):
        start = getattr(self, "grown", 0)
        for number in range(start, start + count):
            add_document(
                self.archive,
                f"Statement on moorings {number}",
                self.speech if number % 3 else self.statement,
                lead="A lead.",
                body=[paragraph(f"Paragraph {number}.")],
                participants=[self.minister],
                organisations=[self.council],
            )
        self.grown = start + count

    def pages(self):
        archive = self.archive.url
        last = (self.grown + 1 + 19) // 20
        return {
            "ministry home": (self.ministry.url, MINISTRY_HOST),
            "mission home": (self.mission.url, MISSION_HOST),
            "archive, first page": (archive, MINISTRY_HOST),
            "archive, last page": (f"{archive}?page={last}", MINISTRY_HOST),
            "archive, kind": (f"{archive}?kind=speech", MINISTRY_HOST),
            "archive, year": (f"{archive}?year={datetime.date.today().year}", MINISTRY_HOST),
            "archive, person": (f"{archive}?person={self.minister.slug}", MINISTRY_HOST),
            "transcript of 20 turns": (self.transcript.url, MINISTRY_HOST),
            "person": (f"{self.ministry.url}people/{self.minister.slug}/", MINISTRY_HOST),
            "organisation": (
                f"{self.ministry.url}organisations/{self.council.slug}/",
                MINISTRY_HOST,
            ),
        }


def question(asker, addressed_to, words):
    text = paragraph(words)[1]
    return (
        "question",
        {"asker": asker, "outlet": "", "addressed_to": [addressed_to], "text": text},
    )


def answer(speaker, words):
    return ("answer", {"speaker": speaker, "speaking_after": None, "text": paragraph(words)[1]})


def queries_of(pages, reader):
    """The queries of each page for its first reader since the last publication event, who
    works out what a list adds up to (its length, years, kinds: documents.models.counts),
    or for the next reader, who finds it kept."""
    counts = {}
    for label, (url, host) in pages.items():
        for _first_and_next in range(reader):
            with CaptureQueriesContext(connection) as captured:
                response = Client().get(url, HTTP_HOST=host)
        assert response.status_code == 200, (label, url, response.status_code)
        counts[label] = len(captured)
    return counts


def test_every_page_keeps_its_query_budget_whatever_the_archives_size(settings):
    settings.LEGATION_PAGE_CACHE = False
    world = World()
    small = queries_of(world.pages(), FIRST)
    small_next = queries_of(world.pages(), NEXT)
    world.grow(40)
    large = queries_of(world.pages(), FIRST)
    large_next = queries_of(world.pages(), NEXT)
    assert large == small
    assert large_next == small_next
    over = {label: count for label, count in small_next.items() if count > BUDGETS[label]}
    assert not over, f"over budget: {over} (all: {small_next})"
    first_over = {
        label: count
        for label, count in small.items()
        if count > BUDGETS[label] + FIRST_READER_EXTRA.get(label, 0)
    }
    assert not first_over, f"over budget for a first reader: {first_over} (all: {small})"
