"""Speakers by the fullest name the page gives them (issue 14): labels with a surname, an
honorific, a function, initials or a role only."""

from legation.importer.recognise import recognise
from legation.importer.recognise.people import as_named_on_page, named_on_page


def speakers(text):
    return sorted(recognise(text.encode(), "page.txt").speakers)


def test_a_surname_label_is_the_spokesperson_the_header_names_in_full():
    assert speakers(
        "Department Press Briefing – March 10, 2026\n\nMarcus Halvard, Department Spokesperson\n"
        "Harwell\n\nMR HALVARD: Good afternoon, everybody. I have one item at the top.\n"
        "QUESTION: Does the Secretary expect the crew to be released this week?\n"
        "MR HALVARD: I'm not going to put a timeline on it.\n"
    ) == ["Marcus Halvard"]


def test_a_role_label_is_the_person_the_page_names_in_that_role():
    assert speakers(
        "PM statement at the press conference on the crew\n\n"
        "Prime Minister Sabine Orrey made a statement on the return of the crew of the Marel.\n\n"
        "Good afternoon. Last night eleven fishermen came home to Aster.\n"
        "Question (Aster Daily): Prime Minister, did the Government offer anything in return?\n"
        "Prime Minister: No. Nothing was offered and nothing was asked.\n"
    ) == ["Sabine Orrey"]


def test_an_honorific_or_a_function_before_the_name_is_not_part_of_it():
    named = named_on_page(["The Hon Irena Solvik, Minister for Foreign Affairs"])
    assert as_named_on_page("Canciller Irena Solvik", named) == "Irena Solvik"
    assert as_named_on_page("Secretary Solvik", named) == "Irena Solvik"
    assert as_named_on_page("Shri Rohan Vasek", []) == "Rohan Vasek"


def test_initials_are_the_full_name_the_lead_gives():
    named = named_on_page(["Николай Орлов ответил на вопросы журналистов."])
    assert as_named_on_page("Н.Орлов", named) == "Николай Орлов"
    assert as_named_on_page("Д.Ларин", named) == "Д.Ларин"
    assert as_named_on_page("А.Орлов", named) == "А.Орлов"  # another Orlov


def test_an_outlet_asking_is_not_a_speaker():
    assert speakers(
        "Interview des Außenministers Karel Brandt mit der „Aster Presse“\n\n"
        "Aster Presse: Herr Minister, ist die Krise vorbei?\nBrandt: Der Verkehr läuft wieder.\n"
        "Aster Presse: Und die Sanktionen?\nBrandt: Sie bleiben in Kraft.\n"
    ) == ["Karel Brandt"]


def test_his_or_her_excellency_before_a_name_is_not_part_of_it():
    assert speakers(
        "Joint Statement of the Coastal Foreign Ministers' Meeting\n\n14 March 2026\n\n"
        "1. The Meeting was held on 14 March 2026 in Lorvik. It was co-chaired by H.E. Dr Maren "
        "Holt, Minister for Foreign Affairs of Lindmark, and H.E. Tomas Vell, Foreign Minister "
        "of Coravia.\n\n2. The Ministers agreed on a plan of joint patrols in the strait."
    ) == ["Maren Holt", "Tomas Vell"]


def test_the_speakers_line_of_a_press_conference_confirms_its_surname_labels():
    assert speakers(
        "Regierungspressekonferenz vom 13. März 2026\n"
        "Themen: Reise nach Lindmark, Fischereiabkommen mit Coravia\n"
        "Sprecher: StS Brenner, Haller (AA), Kurz (BMF)\n"
        "StS Brenner: Guten Tag, meine Damen und Herren!\n"
        "Frage: Gibt es einen Termin für die Unterzeichnung?\n"
        "Haller: Wir rechnen mit einer Unterzeichnung vor Ende des Monats.\n"
        "Frage: Wer trägt die Kosten der Hilfen?\nKurz: Der Bund übernimmt zwei Drittel."
    ) == ["Brenner", "Haller", "Kurz"]


def test_a_bodys_session_in_the_title_is_no_one_and_the_name_line_gives_the_speaker():
    assert speakers(
        "Remarks by the Secretary General at the Opening of the Forty-Second Regular Session "
        "of the General Assembly\n\nMarch 16, 2026 - Aster, Velmora\n\n"
        "Ramos Vell, Secretary General of the Organization of Coastal States\n\n"
        "Mr. President of the General Assembly,\nMinisters,\n\n"
        + "It is an honour to open this session in Aster, the city where our Charter was signed. "
        * 4
    ) == ["Ramos Vell"]
