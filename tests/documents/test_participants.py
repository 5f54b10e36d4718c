"""A document's participants come from its turns, and editors may add others: person pages
and the archive's person filter find a transcript nobody picked participants for."""

import pytest
from wagtail.rich_text import RichText

from legation.documents.models import DocumentPage
from tests.utils.builders import MINISTRY_HOST, add_document, make_kind, make_ministry, make_person

pytestmark = pytest.mark.django_db


def text(words):
    return RichText(f"<p>{words}</p>")


def transcript(spokesperson, deputy, reporter, guest):
    return [
        ("statement", {"speaker": spokesperson, "text": text("Good morning.")}),
        (
            "question",
            {"asker": reporter, "outlet": "", "addressed_to": [guest], "text": text("When?")},
        ),
        (
            "answer",
            {"speaker": deputy, "speaking_after": spokesperson, "text": text("In the spring.")},
        ),
    ]


@pytest.fixture
def people():
    return [make_person(name) for name in ("Ilsa Marren", "Oren Vasker", "Petr Dvalin", "Lena Ost")]


def names(document):
    return sorted(
        person.name for person in DocumentPage.objects.get(pk=document.pk).participants.all()
    )


def test_speakers_askers_addressees_and_those_spoken_after_are_participants(client, people):
    _ministry, archive = make_ministry()
    added_by_hand = make_person("Rasa Quill")
    document = add_document(
        archive, "News conference", make_kind("transcript"), body=transcript(*people),
        participants=[added_by_hand],
    )  # fmt: skip

    assert names(document) == ["Ilsa Marren", "Lena Ost", "Oren Vasker", "Petr Dvalin",
                               "Rasa Quill"]  # fmt: skip
    for slug in ("petr-dvalin", "lena-ost"):
        page = client.get(f"/en-gb/people/{slug}/", HTTP_HOST=MINISTRY_HOST)
        assert page.status_code == 200 and "News conference" in page.content.decode()
    listing = client.get("/en-gb/news/?person=oren-vasker", HTTP_HOST=MINISTRY_HOST)
    assert "News conference" in listing.content.decode()


def test_someone_the_turns_no_longer_name_leaves_and_those_added_by_hand_stay(people):
    _ministry, archive = make_ministry()
    added_by_hand = make_person("Rasa Quill")
    document = add_document(
        archive, "News conference", make_kind("transcript"), body=transcript(*people),
        participants=[added_by_hand],
    )  # fmt: skip

    document.body = transcript(*people)[:1]  # only the spokesperson's statement is left
    document.save_revision().publish()

    assert names(document) == ["Ilsa Marren", "Rasa Quill"]
