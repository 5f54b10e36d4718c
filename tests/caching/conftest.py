import pytest

from legation.caching import invalidation
from tests.utils.builders import (
    make_kind,
    make_ministry,
    make_mission,
    make_organisation,
    make_person,
)


@pytest.fixture(autouse=True)
def page_cache(settings, monkeypatch):
    """The page cache on, and the tags of each change invalidated at once, as its transaction
    commits: a test's own transaction is rolled back, never committed."""
    settings.LEGATION_PAGE_CACHE = True
    monkeypatch.setattr(invalidation, "after_commit", lambda function: function())


class Sites:
    """A ministry (Berlin time) and a mission (London time), each with an archive."""

    def __init__(self):
        self.ministry, self.ministry_archive = make_ministry()
        self.mission, self.mission_archive = make_mission()
        self.statement = make_kind("statement")
        self.speech = make_kind("speech")
        self.council = make_organisation("Council of Harbours")
        self.speaker = make_person("Ilse Marrow")


@pytest.fixture
def sites(db):
    return Sites()
