"""`legation demo` builds what the README promises, and running it twice changes nothing.

One test checks it all: building the demo takes most of a minute, and it runs inside the
test's transaction so it leaves nothing behind for other tests.
"""

import os

from django.core.management import call_command
from wagtail.models import Page, Site

from legation.directory.models import Organisation, Person
from legation.documents.models import DocumentPage
from legation.missions.models import MissionHomePage
from legation.publishing.models import EmbargoLink

KINDS = {
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


# The demo's documents in each state that is not public, and what their address answers.
HELD_BACK = {
    "draft-comment": 404,
    "statement-in-review": 404,
    "scheduled-statement": 404,
    "embargoed-speech": 404,
    "expired-travel-notice": 404,
    "withdrawn-press-release": 410,
    "staff-briefing-note": 200,  # the password form, without the text
}


def counts():
    return {
        "pages": Page.objects.count(),
        "documents": DocumentPage.objects.count(),
        "people": Person.objects.count(),
        "organisations": Organisation.objects.count(),
        "sites": Site.objects.count(),
    }


def build_demo():
    with open(os.devnull, "w") as quiet:
        call_command("demo", stdout=quiet)


def test_demo_builds_what_the_issue_asks_once(db, client):
    build_demo()
    first = counts()
    build_demo()
    assert counts() == first  # the second run duplicated nothing

    english = DocumentPage.objects.filter(locale__language_code="en-gb")
    assert english.count() >= 80
    assert Person.objects.filter(locale__language_code="en-gb").count() >= 20
    assert Organisation.objects.filter(locale__language_code="en-gb").count() >= 10
    assert set(english.values_list("kind__slug", flat=True)) >= KINDS
    long_transcripts = [
        document
        for document in english.filter(kind__slug="transcript")
        if sum(block.block_type in ("statement", "question", "answer") for block in document.body)
        >= 8
    ]
    assert len(long_transcripts) >= 10

    missions = MissionHomePage.objects.filter(locale__language_code="en-gb")
    zones = {mission.time_zone for mission in missions}
    assert len(missions) == 2 and len(zones) == 2 and "Europe/London" in zones
    for mission in missions:
        assert mission.cities.count() >= 2 and mission.counters.count() >= 1
        assert mission.consular_contacts.exists() and mission.head_of_mission
        assert mission.listed_documents().filter(path__startswith=mission.ministry.path).exists()
        assert mission.public_featured_document() is not None
    languages = set(DocumentPage.objects.values_list("locale__language_code", flat=True))
    assert languages == {"en-gb", "ru-ru", "de-de", "es-es", "fr-fr"}

    for slug, status in HELD_BACK.items():
        document = english.get(slug=slug)
        assert not DocumentPage.objects.public().filter(pk=document.pk).exists()
        response = client.get(
            f"/en-gb/news/{slug}/", HTTP_HOST="127.0.0.1:8000", SERVER_PORT="8000"
        )
        assert response.status_code == status, slug
        assert document.title not in response.content.decode()
        files = [item.attachment.url for item in document.attachments.all()]
        files += [
            block.value["image"].file.url for block in document.body if block.block_type == "image"
        ]
        assert len(files) == 2, slug
        for address in files:
            response = client.get(address, HTTP_HOST="127.0.0.1:8000", SERVER_PORT="8000")
            assert response.status_code == 404, (slug, address)
    # A transcript in Russian too: its turns name the English entries, shown in Russian.
    transcript = DocumentPage.objects.get(
        kind__slug="transcript",
        locale__language_code="ru-ru",
        slug="news-conference-with-the-secretary-general-of-the-council-of-nations",
    )
    page = client.get(transcript.url, HTTP_HOST="127.0.0.1:8000", SERVER_PORT="8000")
    text = page.content.decode()
    assert "Альдо Бренник" in text and "Министр иностранных дел" in text
    assert "Minister of Foreign Affairs" not in text and "Secretary-General" not in text
    russian = DocumentPage.objects.get(slug="scheduled-statement", locale__language_code="ru-ru")
    assert russian.live and not DocumentPage.objects.public().filter(pk=russian.pk).exists()
    assert english.get(slug="statement-in-review").workflow_in_progress
    preview = EmbargoLink.objects.get(document__slug="embargoed-speech")
    response = client.get(f"/embargo/{preview.token}/", HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200 and "Embargoed" in response.content.decode()

    for port, path in [
        ("8000", "/en-gb/"),
        ("8001", "/en-gb/"),
        ("8001", "/ru-ru/"),
        ("8002", "/es-es/"),
        ("8000", "/en-gb/news/?kind=transcript"),
    ]:
        response = client.get(path, HTTP_HOST=f"127.0.0.1:{port}", SERVER_PORT=port)
        assert response.status_code == 200, (port, path)
