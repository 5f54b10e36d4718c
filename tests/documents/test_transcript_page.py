"""What a transcript's page derives from its turns, as a reader checks it: the headings of the
turns, the contents, the speaker index, "speaking after"."""

import datetime

import pytest
from lxml import html

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


def text(element):
    return " ".join(element.text_content().split())


@pytest.fixture
def cast():
    agency = make_organisation("Velmora Press Agency")
    council = make_organisation("Council of Nations")
    return {
        "minister": make_person(
            "Vera Anders", ("Minister of Foreign Affairs", None, D(2020, 1, 1), None, False)
        ),
        "guest": make_person(
            "Nadia Okonjo", ("Secretary-General", council, D(2021, 1, 1), None, True)
        ),
        # The demo once wrote the agency into the role as well as the appointment.
        "reporter": make_person(
            "Dmitri Orlan", ("Correspondent, Velmora Press Agency", agency, None, None, False)
        ),
        "writer": make_person("Clara Weiss", ("Correspondent", agency, None, None, False)),
    }


def question(asker, outlet, addressed_to, words):
    return (
        "question",
        {
            "asker": asker,
            "outlet": outlet,
            "addressed_to": addressed_to,
            "text": paragraph(words)[1],
        },
    )


def answer(speaker, words, after=None):
    return ("answer", {"speaker": speaker, "speaking_after": after, "text": paragraph(words)[1]})


def render(client, body, kind="transcript"):
    _ministry, archive = make_ministry()
    document = add_document(
        archive, "Remarks", make_kind(kind), body=body, event_date=D(2026, 3, 2)
    )
    response = client.get(document.url, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200
    return html.fromstring(response.content)


def test_question_headings_name_the_outlet_once_with_punctuation(client, cast):
    minister, guest = cast["minister"], cast["guest"]
    tree = render(
        client,
        [
            question(cast["reporter"], "Velmora Press Agency", [minister], "Will you go?"),
            answer(minister, "Yes."),
            question(cast["writer"], "", [guest], "And the Council?"),
            answer(guest, "Also."),
            question(None, "Baltic Wire", [minister, guest], "When?"),
            answer(minister, "Soon."),
        ],
    )
    headings = [text(h) for h in tree.xpath("//section[@class='turn turn--question']/h3")]
    assert headings == [
        "Question — Dmitri Orlan, Correspondent, Velmora Press Agency — addressed to Vera Anders",
        "Question — Clara Weiss, Correspondent, Velmora Press Agency — addressed to Nadia Okonjo",
        "Question — Baltic Wire — addressed to Vera Anders, Nadia Okonjo",
    ]


def test_speaker_index_lists_who_speaks_with_their_turns_and_no_asker(client, cast):
    minister, guest, reporter = cast["minister"], cast["guest"], cast["reporter"]
    tree = render(
        client,
        [
            ("statement", {"speaker": minister, "text": paragraph("Good morning.")[1]}),
            question(reporter, "", [guest], "A question?"),
            answer(guest, "An answer."),
            answer(minister, "An addition.", after=guest),
            question(reporter, "", [minister], "Another?"),
            answer(minister, "Another answer."),
        ],
    )
    index = tree.xpath("//aside[@class='document__speakers']/ul/li")
    entries = {item.xpath("string(a[1])"): item.xpath("a[position() > 1]/@href") for item in index}
    assert entries == {
        "Vera Anders": ["#turn-1", "#turn-4", "#turn-6"],
        "Nadia Okonjo": ["#turn-3"],
    }
    assert "Dmitri Orlan" not in text(tree.xpath("//aside[@class='document__speakers']")[0])


def test_an_answer_after_another_speaker_names_the_one_spoken_after(client, cast):
    minister, guest = cast["minister"], cast["guest"]
    tree = render(
        client,
        [
            question(cast["writer"], "", [guest, minister], "Both of you?"),
            answer(guest, "First me."),
            answer(minister, "Then me.", after=guest),
        ],
    )
    answers = tree.xpath("//section[@class='turn turn--answer']/h3")
    assert "speaking after" not in text(answers[0])
    assert text(answers[1]).endswith("(speaking after Nadia Okonjo)")


def test_a_briefings_contents_list_its_questions_under_its_own_heading_once(client, cast):
    spokesperson = cast["minister"]
    tree = render(
        client,
        [
            ("heading", "Opening remarks"),
            ("statement", {"speaker": spokesperson, "text": paragraph("Today.")[1]}),
            ("heading", "Answers to media questions"),
            question(None, "Baltic Wire", [spokesperson], "What next?"),
            answer(spokesperson, "We will see."),
            question(None, "Andes Today", [spokesperson], "And then?"),
            answer(spokesperson, "Then more."),
        ],
        kind="briefing",
    )
    contents = tree.xpath("//nav[@class='document__contents']")[0]
    assert text(contents).count("Answers to media questions") == 1
    entries = contents.xpath("ol/li")
    assert [item.xpath("string(a)") for item in entries] == [
        "Opening remarks",
        "Statement by Vera Anders",
        "Answers to media questions",
    ]
    questions = entries[2].xpath("ol[@class='document__answers']/li/a")
    assert [(a.text, a.get("href")) for a in questions] == [
        ("What next?", "#turn-2"),
        ("And then?", "#turn-4"),
    ]


def test_a_transcript_without_such_a_heading_lists_its_questions_under_their_own_entry(
    client, cast
):
    minister = cast["minister"]
    tree = render(
        client,
        [
            ("statement", {"speaker": minister, "text": paragraph("Welcome.")[1]}),
            question(cast["writer"], "", [minister], "Why?"),
            answer(minister, "Because."),
        ],
    )
    entries = tree.xpath("//nav[@class='document__contents']/ol/li")
    assert [" ".join(item.xpath("text()")).strip() for item in entries][1] == (
        "Answers to media questions:"
    )
    assert entries[1].xpath("ol/li/a/@href") == ["#turn-2"]
