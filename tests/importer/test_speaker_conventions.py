"""Speaker conventions of real ministries' pages (issue 14, part B): how titles, labels and
signatures name the people whose words a page gives."""

from legation.importer.recognise import recognise
from legation.importer.recognise.people import find_names, nominative


def speakers(text):
    return sorted(recognise(text.encode(), "page.txt").speakers)


def names(text):
    return [name for name, *_ in find_names(text)]


def test_a_role_introduces_one_name_not_the_forum_after_it():
    assert names(
        "Palabras de la canciller Marta Quiroga en la apertura del Foro de Puertos Australes"
    ) == ["Marta Quiroga"]
    assert names(
        "Discurso del ministro de Asuntos Exteriores, Tomás Arrieta, en la clausura del "
        "Congreso Naval de Puerto Lirio"
    ) == ["Tomás Arrieta"]


def test_an_article_or_a_preposition_alone_introduces_no_one():
    assert names("Transcript of Weekly Media Briefing by the Official Spokesperson") == []
    assert names("Statement by the Southern Reef Council on the closure of the port") == []


def test_an_honorific_stands_before_the_name_and_an_outlet_is_no_one():
    assert names(
        "Entretien de Mme Odile Ravenne, ministre des Affaires étrangères, avec « Radio Lune "
        "Matin »"
    ) == ["Odile Ravenne"]


def test_the_country_after_a_russian_ministry_is_not_part_of_the_name():
    assert names("Комментарий официального представителя МИД Тессавии Мэй Лоран") == ["Мэй Лоран"]


def test_a_journalist_named_with_the_outlet_in_brackets_asks():
    body = recognise(
        b"Press conference by Reef Council Secretary General Pia Lindqvist\n\n"
        b"Good morning. The council agreed to extend the patrols.\n"
        b"MODERATOR: First question, Harbour Daily.\n"
        b"TOM ALDER [Harbour Daily]: Secretary General, is this an escalation?\n"
        b"REEF COUNCIL SECRETARY GENERAL: No. Patrols keep the sea calm.\n"
        b"Q: Will ships go to the islands?\n"
        b"REEF COUNCIL SECRETARY GENERAL: There are no such plans.\n",
        "page.txt",
    )
    assert sorted(body.speakers) == ["Pia Lindqvist", "Tom Alder"]
    assert body.to_json()["qa_turns"] == 2


def test_a_role_of_an_organisation_is_the_person_named_in_it():
    assert speakers(
        "Conférence de presse de la secrétaire générale de l'Entente, Pia Lindqvist\n\n"
        "Bonjour. Les ministres ont décidé de prolonger les patrouilles.\n"
        "QUESTION : Est-ce une escalade ?\n"
        "SECRÉTAIRE GÉNÉRALE DE L'ENTENTE : Non. Elles sont défensives.\n"
    ) == ["Pia Lindqvist"]


def test_an_abbreviated_honorific_does_not_end_the_label():
    assert speakers(
        "Press Conference by the Press Secretary, TAKANE Emi\n\n"
        "Ms. Takane: Good afternoon. I have no announcements today.\n"
        "Question: When will the crew be released?\n"
        "Ms. Takane: As soon as possible.\n"
    ) == ["TAKANE Emi"]


def test_a_surname_first_name_is_the_labels_full_name():
    assert speakers(
        "Press Conference by Foreign Minister TAKANE Emi\n\n"
        "Minister Takane: I will visit Lindmark next week.\n"
        "Reporter: What will you discuss?\n"
        "Minister Takane: The ferry line and the fisheries.\n"
    ) == ["TAKANE Emi"]


def test_a_surname_the_turns_use_once_is_kept_when_the_text_addresses_them():
    assert speakers(
        "Regierungspressekonferenz vom 11. März 2026\n\n"
        "Sommer: Die Seeleute sind gestern Abend gelandet.\n"
        "Frage: Herr Sommer, gab es Zugeständnisse?\n"
        "Sommer: Nein.\n"
        "Frage: Frau Brenner, empfängt die Ministerpräsidentin die Seeleute?\n"
        "Brenner: Ja, am Freitag.\n"
    ) == ["Brenner", "Sommer"]


def test_a_journalist_who_introduces_themselves_asks():
    page = recognise(
        b"Transcript of Special Briefing by the Foreign Secretary (March 18, 2026)\n\n"
        b"Shri Arun Pele, Foreign Secretary: Thank you. The talks went well.\n"
        b"Shri Arun Pele, Foreign Secretary: The ferry line is agreed.\n"
        b"Kavya: Kavya from Coastal Times. Sir, when will the ferries start?\n"
        b"Shri Arun Pele, Foreign Secretary: In the spring.\n",
        "page.txt",
    )
    assert sorted(page.speakers) == ["Arun Pele", "Kavya"]
    assert page.to_json()["qa_turns"] == 1


def test_a_title_naming_a_function_and_a_surname_gives_the_surname():
    assert speakers(
        "Rede von Außenministerin Berger bei der Eröffnung des Hafenforums in Lindhaven\n\n"
        + "Sehr geehrte Damen und Herren, die Häfen verbinden uns. " * 3
    ) == ["Berger"]
    assert speakers(
        "Minister Halloran's address to the Lindhaven Maritime Forum\n\n"
        + "Friends, the sea links our two nations and always has. " * 3
    ) == ["Halloran"]


def test_a_title_naming_a_role_only_gives_the_person_the_lead_names():
    assert speakers(
        "Prime Minister's remarks at the harbour summit opening\n\n"
        "Prime Minister Odile Ravenne opened the harbour summit in Lune.\n\n"
        + "Friends, the harbours of the coast have fed us for centuries. "
        * 3
    ) == ["Odile Ravenne"]
    assert speakers(
        "Statement by the Chair on the closure of the strait\n\n"
        "LUNE, 2 February 2026 – The Chair of the Reef Council, Foreign Minister Pia "
        "Lindqvist, issued the following statement today:\n\n"
        + "The Chair condemns the closure of the strait to civilian ships. "
        * 3
    ) == ["Pia Lindqvist"]


def test_someone_named_later_in_the_lead_or_signing_off_is_not_the_speaker():
    assert (
        speakers(
            "Statement on the attack on the consulate in Mirel\n\n"
            "The Ministry condemns the attack on the consulate led by Consul Ivo Marten.\n\n"
            + "Diplomatic premises are inviolable under international law. " * 3
            + "\n\nTomas Vey, Spokesperson for the Ministry\n"
        )
        == []
    )


def test_a_surname_in_the_title_is_the_full_name_the_lead_gives():
    assert speakers(
        "Statement by Minister Ravenne on the closure of the strait\n\n"
        "The Honourable Odile Ravenne, Minister of Foreign Affairs, issued this statement:\n\n"
        + "We call on all parties to reopen the strait to civilian ships. "
        * 3
    ) == ["Odile Ravenne"]


def test_a_byline_names_the_speaker_of_an_html_statement():
    page = recognise(
        b"<html><head><title>Condemning the closure of the strait</title></head><body>"
        b'<main><p class="featured-content__type">Press Statement</p>'
        b"<h1>Condemning the closure of the strait</h1>"
        b'<p class="article-meta__author">Ilka Morrow, Secretary of External Relations</p>'
        b'<div class="entry-content"><p>Norvalle condemns the closure of the strait to '
        b"civilian ships in the strongest terms. Free passage is the law of the sea.</p>"
        b"<p>We stand with the crews held in the harbour.</p></div></main></body></html>",
        "page.html",
    )
    assert page.doc_type == "statement"
    assert page.speakers == ["Ilka Morrow"]


def test_by_opens_a_byline_and_is_no_part_of_the_name():
    assert names("By Ilka Morrow, High Representative for Foreign Affairs") == ["Ilka Morrow"]


def test_a_genitive_first_name_the_vocabulary_lacks_is_given_in_the_nominative():
    assert nominative("Айдара Нуркенова") == "Айдар Нуркенов"
    assert nominative("Ирины Сатовой") == "Ирина Сатова"
    assert speakers(
        "Выступление Министра иностранных дел Тессавии г-на Ерболата Сагинова на заседании "
        "Совета прибрежных государств\n\n"
        + "Уважаемые коллеги, наши страны связывает море и общая судьба. "
        * 3
    ) == ["Ерболат Сагинов"]


def test_a_plural_role_or_an_article_after_a_name_introduces_no_one():
    assert (
        names(
            "Los ministros de Relaciones Exteriores de Norvalle y de Lindmark, reunidos en "
            "Puerto Lirio, reafirman la libertad de navegación"
        )
        == []
    )


def test_an_abbreviated_honorific_ends_no_sentence_before_the_name():
    assert names(
        "Palabras de la subsecretaria de Relaciones Exteriores, Sra. Lucía Ferrer, en la "
        "inauguración del seminario"
    ) == ["Lucía Ferrer"]


def test_a_joint_declaration_is_signed_by_name_lines_over_their_functions():
    assert speakers(
        "Declaración conjunta de los cancilleres de Norvalle y Lindmark\n\n"
        "Los ministros, reunidos en Puerto Lirio, reafirman la libertad de navegación en el "
        "estrecho y se comprometen a coordinar sus servicios de salvamento marítimo.\n\n"
        "Ambos gobiernos crearán una comisión binacional.\n\n"
        "Tomás Arrieta\nMinistro de Relaciones Exteriores de Norvalle\n\n"
        "Greta Holm\nMinistra de Asuntos Exteriores de Lindmark\n"
    ) == ["Greta Holm", "Tomás Arrieta"]


def test_an_interview_without_labels_has_a_turn_per_question_answered_after_a_dash():
    page = recognise(
        "Интервью Министра иностранных дел Тессавии Ерболата Сагинова газете «Степной "
        "вестник»\n\n"
        "Каким был для вас прошедший год?\n"
        "– Год был непростым, но мы сохранили спокойствие на морских границах.\n"
        "Что изменится после открытия паромной линии?\n"
        "– Люди станут ближе: путь займет шесть часов.\n"
        "И торговля тоже оживится.\n"
        "Не помешает ли спор об островах?\n"
        "– Нет. Одно другому не мешает.\n".encode(),
        "page.txt",
    )
    assert page.speakers == ["Ерболат Сагинов"]
    assert page.to_json()["qa_turns"] == 3


def test_one_rhetorical_question_before_a_dash_is_no_interview():
    page = recognise(
        "Выступление Министра иностранных дел Тессавии Ерболата Сагинова\n\n"
        "Что нас объединяет?\n"
        "– море, торговля и общая история.\n"
        "Об этом мы будем говорить сегодня.\n".encode(),
        "page.txt",
    )
    assert page.to_json()["qa_turns"] == 0


def test_a_role_in_the_plural_introduces_the_list_of_names_after_it():
    assert names("Foreign ministers Odile Ravenne and Greta Holm met in Lune today.") == [
        "Odile Ravenne",
        "Greta Holm",
    ]


def test_a_statement_as_delivered_by_someone_is_theirs():
    assert speakers(
        "STATEMENT ON THE CLOSURE OF THE STRAIT\n\n"
        "As delivered by Ambassador Tarek Lund to the 1502nd meeting of the Permanent "
        "Council, Lune, 5 March 2026\n\n"
        + "Mr Chair, the closure of the strait harms every coastal state. "
        * 3
    ) == ["Tarek Lund"]


def test_a_letter_is_its_signatorys_words():
    page = recognise(
        b"S/2026/140\n\nDistr.: General\n\n3 March 2026\n\nOriginal: English\n\n"
        b"Letter dated 2 March 2026 from the Permanent Representative of Norvalle to the "
        b"Council of Nations addressed to the President of the Security Council\n\n"
        b"I have the honour to transmit herewith the statement of the Ministry of Foreign "
        b"Affairs of Norvalle on the closure of the strait.\n\n"
        b"I should be grateful if the present letter could be circulated as a document.\n\n"
        b"(Signed) Tarek Lund\nAmbassador\nPermanent Representative\n",
        "page.txt",
    )
    assert page.doc_type == "other"
    assert page.speakers == ["Tarek Lund"]


def test_a_role_with_for_before_the_name_is_no_counterpart():
    """ "Minister for Foreign Affairs Dr Pavel Orsk": "for" belongs to the role; "at the …"
    after the name still introduces no speaker."""
    page = recognise(
        "\n\n".join(
            [
                "Ministry of Foreign Affairs of Esterria",
                "Speech by Minister for Foreign Affairs Dr Pavel Orsk at the Vessa Sea Forum",
                "4 November 2025",
                "Excellencies, ladies and gentlemen, thank you for coming to Vessa this week.",
            ]
        ).encode(),
        "speech.txt",
    )
    assert page.doc_type == "speech"
    assert page.speakers == ["Pavel Orsk"]
