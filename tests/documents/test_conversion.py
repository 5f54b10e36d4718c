"""Pasted transcripts into the body's typed blocks, in five languages, with people matched in
the page's language and unknown names offered, never created."""

import datetime

import pytest
from wagtail.models import Locale

from legation.directory.models import Appointment, Person
from legation.documents import conversion
from legation.documents.conversion import ConversionRefused, convert_transcript, create_people

pytestmark = pytest.mark.django_db
DAY = datetime.date(2026, 11, 20)


def person(name, language="en-gb", role=None, start=None, end=None):
    locale = Locale.objects.get(language_code=language)
    slug = f"person-{Person.objects.count() + 1}"
    created = Person.objects.create(name=name, slug=slug, locale=locale)
    if role:
        Appointment.objects.create(person=created, role=role, start=start, end=end, locale=locale)
    return created


def types(result):
    return [block["type"] for block in result.blocks]


def values(result, block_type):
    return [block["value"] for block in result.blocks if block["type"] == block_type]


def test_an_english_news_conference_becomes_statement_questions_answers_and_a_note():
    marren, vasker = person("Ilsa Marren"), person("Oren Vasker")
    reporter = person("Petr Dvalin")
    text = "\n".join(
        [
            "Ilsa Marren: Good morning. Today the Minister travels to Harbourton.",
            "Question from Petr Dvalin, Velmora Daily (addressed to Ilsa Marren and Oren "
            "Vasker): When will the new consulate open?",
            "Ilsa Marren: In the spring.",
            "Oren Vasker (speaking after Ilsa Marren): The building is ready.",
            "(Laughter)",
            "Harbour Radio: Will the Minister meet the mayor?",
            "Ilsa Marren: She will.",
        ]
    )

    result = convert_transcript(text, "en-gb", DAY)

    assert types(result) == ["statement", "question", "answer", "answer", "note", "question",
                             "answer"]  # fmt: skip
    assert result.turns == 6 and result.counts["question"] == 2
    statement = values(result, "statement")[0]
    assert statement["speaker"] == marren.pk
    assert "Harbourton" in statement["text"]
    first_question, second_question = values(result, "question")
    assert first_question["asker"] == reporter.pk
    assert first_question["outlet"] == "Velmora Daily"
    assert [item["value"] for item in first_question["addressed_to"]] == [marren.pk, vasker.pk]
    assert second_question["asker"] is None and second_question["outlet"] == "Harbour Radio"
    answer_after = values(result, "answer")[1]
    assert (answer_after["speaker"], answer_after["speaking_after"]) == (vasker.pk, marren.pk)
    assert values(result, "note") == ["(Laughter)"]
    assert result.new_names == []
    assert {found.pk for found in result.matched.values()} == {marren.pk, vasker.pk, reporter.pk}


def test_russian_labels_initials_and_case_endings_find_the_russian_records():
    marren = person("Ильза Маррен", "ru-ru")
    vasker = person("Орен Васкер", "ru-ru")
    text = "\n".join(
        [
            "И.Маррен: Добрый день.",
            "Вопрос (адресован И.Маррен): Когда откроется консульство?",
            "И.Маррен: Весной.",
            "О.Васкер (говорит после И.Маррен): Здание уже готово.",
        ]
    )

    result = convert_transcript(text, "ru-ru", DAY)

    assert types(result) == ["statement", "question", "answer", "answer"]
    question = values(result, "question")[0]
    assert [item["value"] for item in question["addressed_to"]] == [marren.pk]
    last = values(result, "answer")[1]
    assert (last["speaker"], last["speaking_after"]) == (vasker.pk, marren.pk)


@pytest.mark.parametrize(
    "language, lines",
    [
        (
            "de-de",
            ["Ilsa Marren: Guten Tag.", "Frage (an Ilsa Marren): Wann öffnet das Konsulat?",
             "Ilsa Marren: Im Frühjahr."],
        ),
        (
            "fr-fr",
            ["Ilsa Marren : Bonjour.", "Question (adressée à Ilsa Marren) : Quand le consulat "
             "ouvrira-t-il ?", "Ilsa Marren : Au printemps."],
        ),
        (
            "es-es",
            ["Ilsa Marren: Buenos días.", "Pregunta (dirigida a Ilsa Marren): ¿Cuándo abrirá el "
             "consulado?", "Ilsa Marren: En primavera."],
        ),
    ],
)  # fmt: skip
def test_german_french_and_spanish_conventions(language, lines):
    marren = person("Ilsa Marren", language)

    result = convert_transcript("\n".join(lines), language, DAY)

    assert types(result) == ["statement", "question", "answer"]
    question = values(result, "question")[0]
    assert [item["value"] for item in question["addressed_to"]] == [marren.pk]
    assert values(result, "answer")[0]["speaker"] == marren.pk


def test_surname_only_and_honorific_labels_name_the_known_person():
    marren = person("Ilsa Marren")
    text = "\n".join(
        [
            "Marren: Good morning.",
            "QUESTION: Is the port open?",
            "MS MARREN: It is.",
            "QUESTION: Since when?",
            "Marren: Since Monday.",
        ]
    )

    result = convert_transcript(text, "en-gb", DAY)

    assert types(result) == ["statement", "question", "answer", "question", "answer"]
    speakers = [value["speaker"] for value in values(result, "answer")]
    assert speakers == [marren.pk, marren.pk]
    assert result.new_names == []


def test_russian_honorific_label_names_the_known_person():
    marren = person("Ильза Маррен", "ru-ru")
    text = "Г-жа Маррен: Добрый день.\nВопрос: Когда?\nГ-жа Маррен: Весной."
    result = convert_transcript(text, "ru-ru", DAY)
    assert [value["speaker"] for value in values(result, "answer")] == [marren.pk]
    assert values(result, "statement")[0]["speaker"] == marren.pk


def test_records_of_other_languages_are_not_matched_and_unknown_names_are_only_offered():
    person("Ilsa Marren", "en-gb")
    person("Ilsa Marren", "de-de")
    before = Person.objects.count()
    text = "Ilsa Marren: Guten Tag.\nFrage: Wann?\nIlsa Marren: Bald."

    result = convert_transcript(text, "fr-fr", DAY)

    assert result.matched == {}
    assert result.new_names == ["Ilsa Marren"]
    assert Person.objects.count() == before  # offered, not created
    # An answer needs its speaker: until the person exists the words stay, label in bold.
    assert types(result) == ["paragraph", "question", "paragraph"]
    assert result.blocks[0]["value"] == "<p><b>Ilsa Marren:</b> Guten Tag.</p>"


def test_the_people_an_editor_ticks_are_created_once_and_the_next_conversion_finds_them():
    text = "MR HALVIK: Good morning.\nQuestion: When?\nMR HALVIK: Soon."
    offered = convert_transcript(text, "en-gb", DAY).new_names
    assert offered == ["Halvik"]

    created = create_people(offered + ["Halvik"], Locale.objects.get(language_code="en-gb"))
    again = create_people(offered, Locale.objects.get(language_code="en-gb"))

    assert [found.name for found in created] == ["Halvik"] and again == []
    result = convert_transcript(text, "en-gb", DAY)
    assert types(result) == ["statement", "question", "answer"]
    assert values(result, "answer")[0]["speaker"] == created[0].pk


def test_a_function_label_names_whoever_held_it_on_the_day():
    marren = person(
        "Ilsa Marren",
        role="Spokesperson of the Ministry of Foreign Affairs",
        start=datetime.date(2025, 1, 1),
        end=datetime.date(2026, 12, 31),
    )
    text = "Spokesperson: Good morning.\nQuestion: When?\nSpokesperson: Soon."

    during = convert_transcript(text, "en-gb", DAY)
    after = convert_transcript(text, "en-gb", datetime.date(2027, 1, 5))

    assert values(during, "statement")[0]["speaker"] == marren.pk
    assert types(after) == ["paragraph", "question", "paragraph"]


def test_clipboard_html_from_word_is_read_paragraph_by_paragraph():
    marren = person("Ilsa Marren")
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal '
        "{margin:0}</style></head><body><!--[if gte mso 9]><xml><o:DocumentProperties>"
        "</o:DocumentProperties></xml><![endif]-->"
        '<p class="MsoNormal"><b>Ilsa Marren:</b> Good&nbsp;morning.<o:p></o:p></p>'
        '<p class="MsoNormal"><b>Question:</b> Is the port open?<o:p></o:p></p>'
        '<p class="MsoNormal"><b>Ilsa Marren:</b> It is.<o:p></o:p></p></body></html>'
    )

    result = convert_transcript(html, "en-gb", DAY)

    assert types(result) == ["statement", "question", "answer"]
    assert values(result, "statement")[0] == {"speaker": marren.pk, "text": "<p>Good morning.</p>"}


def test_a_text_over_the_size_limit_is_refused_saying_so(monkeypatch):
    monkeypatch.setattr(conversion, "MAX_CHARACTERS", 1000)
    with pytest.raises(ConversionRefused, match="1,200 characters long; at most 1,000"):
        convert_transcript("Q: Why? " * 150, "en-gb", DAY)


def test_a_conversion_past_the_time_limit_is_refused_saying_so(monkeypatch):
    monkeypatch.setattr(conversion, "TIME_LIMIT", -1)
    with pytest.raises(ConversionRefused, match="longer than -1 seconds"):
        convert_transcript("Ilsa Marren: Good morning.", "en-gb", DAY)


def test_the_line_that_once_took_minutes_converts():
    # Thirty digits and a clock: exponential in the old pagination pattern.
    result = convert_transcript("1" * 30 + " Moscow: 03:14", "en-gb", DAY)
    assert types(result) == ["paragraph"]


def test_empty_text_and_unknown_language_are_refused():
    with pytest.raises(ConversionRefused, match="no text"):
        convert_transcript(" \n ", "en-gb", DAY)
    with pytest.raises(ConversionRefused, match="No language “xx”"):
        convert_transcript("Ilsa Marren: Hello.", "xx", DAY)
