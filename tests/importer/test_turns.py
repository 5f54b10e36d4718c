"""Turn labels as real sites print them (issue 14): a question resumed after an interruption,
"Name, Function:" labels, and the "P." / "R." of Spanish interviews."""

from legation.importer.recognise import recognise
from legation.importer.recognise.transcript import parse_body


def questions(text):
    return [" ".join(block.value["text"]) for block in parse_body(text.split("\n")).questions]


def test_a_question_resumed_after_an_interruption_is_one_question():
    asked = questions(
        "MR HALVARD: Good afternoon, everybody.\n"
        "QUESTION: On the strait – has the Department seen the proposal?\n"
        "MR HALVARD: We have seen it.\n"
        "QUESTION: Just a follow-up –\n"
        "MR HALVARD: Sure.\n"
        "QUESTION: – will the Secretary raise it in Aster next week?\n"
        "MR HALVARD: He will."
    )
    assert asked == ["On the strait – has the Department seen the proposal?", "Just a follow-up –"]


def test_a_named_asker_resuming_is_one_question_too():
    text = (
        "Ravi Ostrander, Official Spokesperson: Good afternoon. I will open the floor.\n"
        "Nila: Sir, Nila from Coastal Times. Is the crew home?\n"
        "Ravi Ostrander, Official Spokesperson: The crew is home.\n"
        "Nila: Sir, a follow-up —\n"
        "Ravi Ostrander, Official Spokesperson: Please.\n"
        "Nila: — when will the consulate open?\n"
        "Ravi Ostrander, Official Spokesperson: On Monday."
    )
    body = parse_body(text.split("\n"))
    assert len(body.questions) == 2
    answers = [block.value for block in body.blocks if block.type == "answer"]
    assert {(answer["speaker"], answer["role"]) for answer in answers} == {
        ("Ravi Ostrander", "Official Spokesperson")
    }


def test_p_and_r_are_an_interviews_questions_and_answers():
    page = recognise(
        (
            "Entrevista de la ministra Irena Solvik en el diario La Costa\n\n"
            "P. Ministra, ¿ha terminado la crisis del estrecho?\n"
            "R. El tráfico se ha reanudado y eso es lo esencial.\n"
            "P. ¿Cuánto tiempo llevará escribir las reglas?\n"
            "R. Meses, no años."
        ).encode(),
        "entrevista.txt",
    )
    assert len([block for block in page.blocks if block.type == "question"]) == 2


def test_an_initial_opening_a_line_is_no_question():
    assert questions("P. Lindqvist opened the forum in Aster.\nThe talks went on until noon.") == []


def test_labels_closed_by_a_point_and_a_dash_are_turns():
    page = recognise(
        (
            "Comparecencia del presidente del Gobierno, Rafael Montané Sorní, tras la cumbre\n"
            "4.3.2026\n"
            "Presidente.- Buenos días. Comparezco al término de la cumbre de Estados costeros.\n"
            'P.- Elena Gil, de "Diario del Puerto". ¿Qué aportará el Gobierno a la misión?\n'
            "Presidente.- Dos patrulleros y un avión de vigilancia.\n"
            'P.- Tomás Ruiz, de "Radio Aster". ¿Ha hablado usted con Coravia?\n'
            "Presidente.- Sí, esta misma mañana."
        ).encode(),
        "page.txt",
    )
    assert page.qa_turns == 2
    assert page.speakers == ["Rafael Montané Sorní"]
