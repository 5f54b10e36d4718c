"""Each transcript convention, on fictional turns."""

from legation.importer.recognise import recognise
from legation.importer.recognise.people import find_names
from legation.importer.recognise.transcript import parse_body, parse_label, turn_speakers


def kinds(body):
    return [block.type for block in body.blocks]


def test_question_addressed_to_and_speaking_after():
    body = parse_body(
        [
            "Question (addressed to Tomas Ardell and Amadou Keller): Will the office open?",
            "Tomas Ardell (speaking after Amadou Keller): It will, next spring.",
        ]
    )
    question, answer = body.blocks
    assert question.value["addressed_to"] == ["Tomas Ardell", "Amadou Keller"]
    assert answer.value["speaker"] == "Tomas Ardell"
    assert answer.value["speaking_after"] == "Amadou Keller"


def test_russian_labels_with_initials():
    body = parse_body(
        [
            "Вопрос (адресован Т.Арделлу): Когда откроется представительство?",
            "Т.Арделл (говорит после А.Келлера): Весной следующего года.",
        ]
    )
    assert kinds(body) == ["question", "answer"]
    assert body.blocks[1].value["speaker"] == "Т.Арделл"
    assert body.blocks[1].value["speaking_after"] == "А.Келлера"


def test_q_colon_and_unnamed_answers_go_to_the_speaker_named_in_the_title():
    body = parse_body(["Q: Is the port open?", "A: It is."], subjects=["Petra Solberg"])
    assert kinds(body) == ["question", "answer"]
    assert body.blocks[1].value["speaker"] is None
    assert len(body.questions) == 1


def test_upper_case_conventions_and_laughter():
    body = parse_body(
        [
            "MS HALVIK: Good afternoon.",
            "QUESTION: Will the Minister travel?",
            "MS HALVIK: She will.",
            "(Laughter.)",
            "And soon.",
        ],
        subjects=["Nora Halvik"],
    )
    assert kinds(body) == ["statement", "question", "answer", "note", "answer"]
    assert body.blocks[2].value["speaker"] == "Nora Halvik"
    assert body.blocks[3].value == "(Laughter.)"
    assert body.blocks[4].resumed
    assert turn_speakers(body) == ["Nora Halvik"]


def test_outlet_as_asker():
    body = parse_body(["Reuters: Any news on the fishermen?", "Nora Halvik: Not yet."])
    question = body.blocks[0]
    assert question.type == "question"
    assert question.value["outlet"] == "Reuters"
    assert question.value["asker"] is None
    assert turn_speakers(body) == ["Nora Halvik"]


def test_question_from_a_named_journalist_of_an_outlet():
    label = parse_label("Question (Lena Fisk, Coastal Times): When?")
    assert label.kind == "question"
    assert (label.name, label.outlet) == ("Lena Fisk", "Coastal Times")


def test_q_dash_and_r_dash():
    body = parse_body(["Q - La réunion aura-t-elle lieu ?", "R - Oui, en mai."])
    assert kinds(body) == ["question", "answer"]


def test_questions_without_answer_labels_are_answered_by_the_briefer():
    body = parse_body(
        [
            "Вопрос: Когда вернутся рыбаки?",
            "Мы поддерживаем контакт с их семьями.",
            "* * *",
            "Следующая тема.",
        ],
        subjects=["И.П.Вострова"],
    )
    assert kinds(body) == ["question", "answer", "note", "paragraph"]
    assert body.blocks[1].value["speaker"] == "И.П.Вострова"


def test_numbered_contents_with_answers_part():
    body = parse_body(
        [
            "Table of contents",
            "1. On the coastal forum",
            "Answers to media questions:",
            "2. On the detained fishermen",
            "On the coastal forum",
            "The forum opens on Monday in Vessa and will last three days.",
            "Question: What about the fishermen?",
            "We are in touch with their families every day.",
        ]
    )
    assert body.toc == ["On the coastal forum", "On the detained fishermen"]
    assert kinds(body) == ["heading", "paragraph", "question", "answer"]


def test_an_interviewer_named_in_labels_asks_the_questions():
    body = parse_body(
        [
            "Lena Fisk: Minister, is the strait safe?",
            "Tomas Ardell: It is, and it will stay so.",
            "Lena Fisk: And the fishermen?",
            "Tomas Ardell: They will be home soon.",
        ],
        subjects=["Tomas Ardell"],
    )
    assert kinds(body) == ["question", "answer", "question", "answer"]
    assert body.blocks[0].value["asker"] == "Lena Fisk"
    assert turn_speakers(body) == ["Lena Fisk", "Tomas Ardell"]


def test_a_lone_label_like_line_is_a_paragraph():
    body = parse_body(["Note: the text is provisional.", "The talks went well."])
    assert kinds(body) == ["paragraph", "paragraph"]


def test_unlabelled_answers_beside_labelled_ones():
    body = parse_body(
        [
            "Question: Will the office open?",
            "Nora Halvik: Next spring.",
            "Question: And the fishermen?",
            "They will be home soon, we hope.",
        ],
        subjects=["Nora Halvik"],
    )
    assert kinds(body) == ["question", "answer", "question", "answer"]
    assert [b.value["speaker"] for b in body.blocks if b.type == "answer"] == ["Nora Halvik"] * 2


def test_a_name_ends_at_its_possessive_and_honorifics_are_not_part_of_it():
    title = "Foreign Ministry Spokesperson Lin Varo's Regular Press Conference on March 11"
    assert [name for name, *_ in find_names(title)] == ["Lin Varo"]
    assert [name for name, *_ in find_names("with The Hon Helle Marquart, Minister")] == [
        "Helle Marquart"
    ]


def test_the_outlet_an_interview_is_given_to_asks_and_is_no_speaker():
    page = (
        "Interview von Außenministerin Irena Dovask mit der „Aster Presse“\n"
        "Erschienen am 8. März 2026\n"
        "Aster Presse: Frau Ministerin, warum dauert das so lange?\n"
        "Dovask: Weil Coravien den Fall vor Gericht bringen will.\n"
        "Aster Presse: Drohen Sie mit Sanktionen?\n"
        "Dovask: Ich drohe nicht. Ich erinnere an Verpflichtungen.\n"
    )
    parsed = recognise(page.encode(), "interview.txt")
    assert parsed.doc_type == "interview"
    assert "Aster Presse" not in parsed.speakers
