"""A ministry site and a mission site with documents in some languages, for the language tests."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from legation.directory.models import Person
from legation.documents.models import ArchivePage, DocumentKind, DocumentPage
from legation.missions.models import MinistryHomePage, MissionHomePage
from tests.utils.builders import locale, translate  # noqa: F401 (the language tests' vocabulary)

PUBLISHED = datetime.datetime(2021, 5, 12, 19, 50, tzinfo=datetime.UTC)
MISSION_HOST = "mission.example"


def add_document(archive, title, kind, body=(), published_at=PUBLISHED, **fields):
    document = DocumentPage(
        title=title, kind=kind, published_at=published_at, body=list(body), **fields
    )
    archive.add_child(instance=document)
    document.save_revision().publish()
    return DocumentPage.objects.get(pk=document.pk)


@pytest.fixture
def english(db):
    return locale("en-gb")


@pytest.fixture
def statement_kind(english):
    return DocumentKind.objects.create(
        name="Statement", plural_name="Statements", slug="statement", locale=english
    )


@pytest.fixture
def ministry(english):
    """The ministry, publishing in all five languages, English by default, at any host name."""
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=MinistryHomePage(
            title="Ministry of Foreign Affairs",
            slug="ministry",
            locale=english,
            time_zone="Europe/Moscow",
        )
    )
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    archive = home.add_child(instance=ArchivePage(title="All messages", slug="archive"))
    archive.save_revision().publish()
    return MinistryHomePage.objects.get(pk=home.pk)


@pytest.fixture
def ministry_archive(ministry):
    return ArchivePage.objects.child_of(ministry).get()


@pytest.fixture
def statement(ministry_archive, statement_kind):
    return add_document(
        ministry_archive,
        "Statement on the harbour agreement",
        statement_kind,
        body=[("paragraph", RichText("<p>The ministry welcomes the agreement.</p>"))],
        slug="harbour-agreement",
    )


@pytest.fixture
def mission(english):
    """An embassy publishing in French by default, and in English; not in the other three."""
    root = Page.get_first_root_node()
    french_home = root.add_child(
        instance=MissionHomePage(
            title="Ambassade",
            slug="ambassade",
            locale=locale("fr-fr"),
            time_zone="Europe/Paris",
            default_language="fr-fr",
            languages=["fr-fr", "en-gb"],
        )
    )
    french_home.save_revision().publish()
    Site.objects.create(hostname=MISSION_HOST, root_page=french_home)
    return MissionHomePage.objects.get(pk=french_home.pk)


@pytest.fixture
def speakers(english):
    return {
        name: Person.objects.create(name=name, locale=english)
        for name in ("Vera Anders", "Tomas Lind", "Ines Okafor")
    }


@pytest.fixture
def now():
    return timezone.now()
