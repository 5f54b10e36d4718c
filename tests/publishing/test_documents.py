"""The document page: stamp, event, transcript turns and what is derived from them."""

import datetime
import re

import pytest
from wagtail.rich_text import RichText

from legation.documents.models import DocumentPage
from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
    paragraph,
)

D = datetime.date
pytestmark = pytest.mark.django_db


@pytest.fixture
def cast():
    council = make_organisation(
        "Council of Nations", address="1 Assembly Plaza, Geneva", website="https://council.example"
    )
    return {
        "council": council,
        "minister": make_person(
            "Vera Anders",
            ("Deputy Minister of Foreign Affairs", None, D(2020, 1, 1), D(2023, 12, 31), False),
            ("Minister of Foreign Affairs", None, D(2024, 1, 1), None, False),
        ),
        "guest": make_person(
            "Nadia Okonjo",
            ("Secretary-General", council, D(2021, 1, 1), D(2024, 6, 30), True),
        ),
        "successor": make_person(
            "Tomas Lind", ("Secretary-General", council, D(2024, 7, 1), None, True)
        ),
        "journalist": make_person("Clara Weiss"),
    }


def transcript_body(cast):
    minister, guest, journalist = cast["minister"], cast["guest"], cast["journalist"]
    rich = paragraph
    return [
        ("statement", {"speaker": minister, "text": rich("Opening remarks.")[1]}),
        (
            "question",
            {
                "asker": journalist,
                "outlet": "",
                "addressed_to": [minister],
                "text": rich("What did you agree on the harbour? And when?")[1],
            },
        ),
        ("answer", {"speaker": minister, "speaking_after": None, "text": rich("On dates.")[1]}),
        ("note", "Laughter"),
        (
            "question",
            {
                "asker": None,
                "outlet": "Baltic Wire",
                "addressed_to": [guest],
                "text": rich("Will the Council send observers?")[1],
            },
        ),
        ("answer", {"speaker": guest, "speaking_after": None, "text": rich("Yes.")[1]}),
        (
            "answer",
            {"speaker": minister, "speaking_after": guest, "text": rich("We support that.")[1]},
        ),
    ]


def get(client, page):
    response = client.get(page.url, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200
    return response.content.decode()


def test_transcript_renders_turns_with_roles_held_on_the_documents_date(client, cast):
    ministry, archive = make_ministry(time_zone="Europe/Berlin")
    kind = make_kind("transcript")
    published = datetime.datetime(2023, 6, 1, 21, 50, tzinfo=datetime.UTC)
    earlier = add_document(
        archive,
        "Remarks in 2023",
        kind,
        published_at=published,
        body=transcript_body(cast),
        event_place="Harbourton",
        event_date=D(2023, 6, 1),
        organisations=[cast["council"]],
    )
    later = add_document(
        archive,
        "Remarks in 2025",
        kind,
        published_at=datetime.datetime(2025, 2, 3, 9, 0, tzinfo=datetime.UTC),
        body=transcript_body(cast),
        event_date=D(2025, 2, 3),
        organisations=[cast["council"]],
    )

    html = get(client, earlier)
    # The stamp is in the site's zone: 21:50 UTC is 23:50 in Berlin in summer.
    assert "1 June 2023 23:50" in html
    assert "Harbourton" in html and 'datetime="2023-06-01"' in html
    assert 'Vera Anders</a><span class="turn__role">, Deputy Minister of Foreign Affairs' in html
    assert "addressed to Nadia Okonjo" in html
    assert "(speaking after Nadia Okonjo)" in html
    assert "(Laughter)" in html
    assert 'Question</span> — <span class="turn__outlet">Baltic Wire</span>' in html
    # Head of the organisation on the document's date.
    card = re.search(r'<aside class="organisation-card".*?</aside>', html, re.S).group(0)
    assert "Council of Nations" in card and "1 Assembly Plaza" in card
    assert "Nadia Okonjo" in card and "Tomas Lind" not in card

    html = get(client, later)
    assert 'Vera Anders</a><span class="turn__role">, Minister of Foreign Affairs' in html
    card = re.search(r'<aside class="organisation-card".*?</aside>', html, re.S).group(0)
    assert "Tomas Lind" in card and "Nadia Okonjo" not in card


def test_contents_and_answers_list_are_derived_from_the_turns(client, cast):
    ministry, archive = make_ministry()
    document = add_document(archive, "Remarks", make_kind("transcript"), body=transcript_body(cast))

    html = get(client, document)
    anchors = re.findall(r'<section class="turn turn--(\w+)" id="(turn-\d+)"', html)
    assert anchors == [
        ("statement", "turn-1"),
        ("question", "turn-2"),
        ("answer", "turn-3"),
        ("question", "turn-4"),
        ("answer", "turn-5"),
        ("answer", "turn-6"),
    ]
    contents = re.search(r'<nav class="document__contents".*?</nav>', html, re.S).group(0)
    assert re.findall(r'href="#(turn-\d+)"', contents) == ["turn-1", "turn-2", "turn-4"]
    answers = re.search(r'<ol class="document__answers">.*?</ol>', contents, re.S).group(0)
    assert "What did you agree on the harbour?" in answers
    assert "And when" not in answers  # the list shows the question itself, not what follows
    assert "Will the Council send observers?" in answers


def test_additional_materials_list_only_public_documents(client, cast):
    from legation.documents.models import RelatedDocument

    ministry, archive = make_ministry()
    kind = make_kind("statement")
    document = add_document(archive, "Main text", kind)
    companion = add_document(archive, "Companion statement", kind)
    draft = add_document(archive, "Unfinished annex", kind, live=False)
    RelatedDocument.objects.create(page=document, document=companion)
    RelatedDocument.objects.create(page=document, document=draft)

    html = get(client, document)
    materials = re.search(r'<section class="document__materials".*?</section>', html, re.S)
    assert "Companion statement" in materials.group(0)
    assert "Unfinished annex" not in html


def test_person_and_organisation_pages_list_their_documents(client, cast):
    ministry, archive = make_ministry()
    kind = make_kind("statement")
    add_document(archive, "With the minister", kind, participants=[cast["minister"]])
    add_document(archive, "About the council", kind, organisations=[cast["council"]])
    add_document(archive, "Hidden draft", kind, live=False, participants=[cast["minister"]])

    html = client.get("/en-gb/people/vera-anders/", HTTP_HOST=MINISTRY_HOST).content.decode()
    assert "With the minister" in html and "About the council" not in html
    assert "Hidden draft" not in html
    assert "Minister of Foreign Affairs" in html  # appointments over time
    html = client.get(
        "/en-gb/organisations/council-of-nations/", HTTP_HOST=MINISTRY_HOST
    ).content.decode()
    assert "About the council" in html and "With the minister" not in html
    assert "Tomas Lind" in html  # the head today


def test_document_page_is_semantic_html(client, cast):
    ministry, archive = make_ministry()
    document = add_document(archive, "Remarks", make_kind("speech"), body=transcript_body(cast))
    html = get(client, document)
    for landmark in ("<header", "<main", "<article", "<nav", "<footer", "<time datetime="):
        assert landmark in html
    assert f'<link rel="canonical" href="http://{MINISTRY_HOST}/en-gb/news/remarks/">' in html


def test_search_finds_a_document_by_the_words_of_its_turns_as_they_change():
    _, archive = make_ministry()
    speaker = make_person("Ilse Varga")
    turn = ("statement", {"speaker": speaker, "text": RichText("<p>The lighthouse stays lit.</p>")})
    document = add_document(archive, "Remarks", make_kind("speech"), body=[turn])

    assert list(DocumentPage.objects.search("lighthouse")) == [document]
    for words, gone in (("harbour", "lighthouse"), ("ferry", "harbour")):
        document.body = [paragraph(f"The {words} reopens in spring.")]
        document.save()
        assert list(DocumentPage.objects.search(words)) == [document]
        assert list(DocumentPage.objects.search(gone)) == []
