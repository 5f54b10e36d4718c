"""`legation demo` builds what the README promises, and running it twice changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from legation.directory.models import Organisation, Person
from legation.documents.models import DocumentPage
from legation.missions.models import MissionHomePage


def counts():
    return {
        "pages": Page.objects.count(),
        "documents": DocumentPage.objects.count(),
        "people": Person.objects.count(),
        "organisations": Organisation.objects.count(),
        "sites": Site.objects.count(),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
        first = counts()
        call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
        yield first, counts()
        for site in Site.objects.all():
            site.delete()
        Page.objects.filter(depth__gt=1).delete()


@pytest.mark.django_db
def test_demo_is_idempotent(demo):
    first, second = demo
    assert first == second


@pytest.mark.django_db
def test_demo_meets_the_issues_counts(demo):
    english = DocumentPage.objects.filter(locale__language_code="en-gb")
    assert english.count() >= 80
    assert Person.objects.filter(locale__language_code="en-gb").count() >= 20
    assert Organisation.objects.filter(locale__language_code="en-gb").count() >= 10
    kinds = set(english.values_list("kind__slug", flat=True))
    assert kinds >= {
        "speech",
        "statement",
        "comment",
        "transcript",
        "briefing",
        "interview",
        "article",
        "joint_statement",
        "press_release",
        "news",
    }
    transcripts = [
        document
        for document in english.filter(kind__slug="transcript")
        if sum(block.block_type in ("statement", "question", "answer") for block in document.body)
        >= 8
    ]
    assert len(transcripts) >= 10
    missions = MissionHomePage.objects.filter(locale__language_code="en-gb")
    zones = {mission.time_zone for mission in missions}
    assert len(missions) == 2 and len(zones) == 2 and "Europe/London" in zones
    for mission in missions:
        assert mission.cities.count() >= 2 and mission.counters.count() >= 1
        assert mission.consular_contacts.exists() and mission.head_of_mission
        ministry_documents = mission.listed_documents().filter(
            path__startswith=mission.ministry.path
        )
        assert ministry_documents.exists()
        assert mission.public_featured_document() is not None
    languages = set(DocumentPage.objects.values_list("locale__language_code", flat=True))
    assert languages == {"en-gb", "ru-ru", "de-de", "es-es", "fr-fr"}


@pytest.mark.django_db
def test_demo_holds_back_its_scheduled_and_draft_documents(demo, client):
    for slug in ("scheduled-statement", "draft-comment"):
        document = DocumentPage.objects.get(slug=slug)
        assert not DocumentPage.objects.public().filter(pk=document.pk).exists()
        response = client.get(
            f"/en-gb/news/{slug}/", HTTP_HOST="127.0.0.1:8000", SERVER_PORT="8000"
        )
        assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "port, path",
    [
        ("8000", "/en-gb/"),
        ("8001", "/en-gb/"),
        ("8001", "/ru-ru/"),
        ("8002", "/es-es/"),
        ("8000", "/en-gb/news/?kind=transcript"),
    ],
)
def test_demo_sites_answer_on_their_ports(demo, client, port, path):
    response = client.get(path, HTTP_HOST=f"127.0.0.1:{port}", SERVER_PORT=port)
    assert response.status_code == 200
