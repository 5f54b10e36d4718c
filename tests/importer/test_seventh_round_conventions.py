"""Conventions of the seventh round's shapes, each read as a person reads it (issue 14: pages
of sites the rules were not written on)."""

from legation.importer.recognise import recognise
from legation.importer.recognise.dates import PartialDate

MASTHEAD = "Skip to content\nThe Residence of Norvalle\nAdministration\nBriefings & Statements\n\n"


def test_a_list_whose_first_item_opens_the_page_is_read_without_a_crash():
    # The first item's date stands under its title with no type line over it, where the
    # later items have one ("Press Briefings" / title / date): fewer lines than the gap.
    page = recognise(
        (
            b"Statement from the President on the Floods in the Sel Delta\n"
            b"March 12, 2026\n"
            b"Press Briefings\n"
            b"Press Briefing by Press Secretary Nadia Corwell\n"
            b"March 11, 2026\n"
            b"Speeches and Remarks\n"
            b"Remarks by the President Before the Bilateral Meeting in Aster\n"
            b"March 9, 2026\n"
        ),
        "list.txt",
    )
    assert [item.title for item in page.listing_items] == [
        "Statement from the President on the Floods in the Sel Delta",
        "Press Briefing by Press Secretary Nadia Corwell",
        "Remarks by the President Before the Bilateral Meeting in Aster",
    ]


BARE_Q_REMARKS = (
    MASTHEAD + "Remarks by President Adrian Calloway Before Marine One Departure\n\n"
    "March 9, 2026\n\nSouth Lawn\n\n"
    "PRESIDENT CALLOWAY:  Good morning.  We're going to Harwell to open the tide barrier.\n\n"
    "Q    Mr. President, is the barrier paid for?\n\n"
    "PRESIDENT CALLOWAY:  Every cent of it.\n\n"
    "Q    And the ferry corridor?\n\n"
    "PRESIDENT CALLOWAY:  Freight first.  Thank you, everybody.\n"
)


def test_a_bare_q_before_a_wide_gap_is_a_question():
    page = recognise(BARE_Q_REMARKS.encode(), "remarks.txt")
    assert page.qa_turns == 2
    assert page.doc_type == "transcript"


def test_a_readout_names_its_kind_by_its_opening_not_by_the_section_over_it():
    page = recognise(
        (
            MASTHEAD + "Readout of President Adrian Calloway's Call with President Marc "
            "Aubertin of Tessavia\n\nMarch 10, 2026\n\n"
            "President Adrian Calloway spoke today with President Marc Aubertin of Tessavia. "
            "The leaders discussed the ferry corridor.\n"
        ).encode(),
        "readout.txt",
    )
    # "Briefings & Statements" names two kinds: a section, no label of this page's kind.
    assert page.doc_type == "press_release"
    assert page.speakers == []


def test_a_stamp_with_seconds_is_read_to_the_minute():
    page = recognise(
        (
            "Ministerio de Relaciones Exteriores de Velmora\n\n"
            "Velmora y Tessavia firman un acuerdo de pesca en el estrecho\n\n"
            "Autor: Redacción MINREX |\nmarzo 12, 2026 10:15:42\n\n"
            "Los cancilleres firmaron hoy en Aster el acuerdo que regula la pesca en el estrecho.\n"
        ).encode(),
        "noticia.txt",
    )
    assert page.published == PartialDate(2026, 3, 12, 10, 15)


def test_a_pager_of_masculine_spanish_words_closes_a_list():
    page = recognise(
        (
            "Noticias\n\n"
            "Velmora y Tessavia firman un acuerdo de pesca en el estrecho\nmarzo 12, 2026\n\n"
            "El canciller recibe a los pescadores de Lindhaven en Aster\nmarzo 10, 2026\n\n"
            "Velmora abre un consulado en la ciudad de Vessa\nmarzo 8, 2026\n\n"
            "« primero ‹ anterior 1 2 3 siguiente › último »\n"
        ).encode(),
        "noticias.txt",
    )
    assert [(item.date.isoformat(), item.title) for item in page.listing_items] == [
        ("2026-03-12", "Velmora y Tessavia firman un acuerdo de pesca en el estrecho"),
        ("2026-03-10", "El canciller recibe a los pescadores de Lindhaven en Aster"),
        ("2026-03-08", "Velmora abre un consulado en la ciudad de Vessa"),
    ]


def test_a_role_with_an_umlaut_introduces_the_leads_speaker():
    page = recognise(
        (
            "Der Bundespräsident von Velmora\n\n"
            "Grußwort beim Festakt 75 Jahre Seehafen Lindhaven\n\n"
            "Schwerpunktthema: Rede\n\n"
            "Bundespräsident Konrad Lerch hat am 20. Februar beim Festakt des Seehafens "
            "Lindhaven ein Grußwort gehalten.\n\n"
            "Liebe Lindhavenerinnen und Lindhavener, fünfundsiebzig Jahre sind für einen Hafen "
            "kein Alter.\n"
        ).encode(),
        "grusswort.txt",
    )
    assert page.doc_type == "speech"
    assert page.speakers == ["Konrad Lerch"]


def test_a_kinds_name_before_de_is_not_part_of_the_speakers_name():
    page = recognise(
        (
            "Discours de Claire Mbaye, Secrétaire générale de l'Union des pays riverains\n\n"
            "Je ne ferai pas un long discours, car ce soir l'heure est à la fête. Notre Union "
            "entre dans sa quarantième année.\n"
        ).encode(),
        "discours.txt",
    )
    assert page.speakers == ["Claire Mbaye"]


def test_a_dateline_under_a_type_line_with_an_empty_field_is_the_event():
    page = recognise(
        (
            "Der Bundespräsident von Velmora\nStartseite\nReden und Interviews\nReden\n\n"
            "Staatsbankett zu Ehren des Präsidenten der Republik Tessavia\n\n"
            "Schwerpunktthema: Rede\n\n"
            "Schloss Arden, , 12. März 2026\n\n"
            "Der Bundespräsident hat am 12. März bei einem Staatsbankett eine Ansprache "
            "gehalten.\n"
        ).encode(),
        "rede.txt",
    )
    assert (page.event_place, page.event_date) == ("Schloss Arden", PartialDate(2026, 3, 12))
    assert page.published is None


def test_a_dateline_under_the_occasions_line_is_the_event():
    page = recognise(
        (
            "Discours de Claire Mbaye, Secrétaire générale de l'Union des pays riverains\n\n"
            "Journée internationale des ports\n\n"
            "Vessa, le 14 mars 2026\n\n"
            "Je ne ferai pas un long discours, car ce soir l'heure est à la fête.\n"
        ).encode(),
        "discours.txt",
    )
    assert (page.event_place, page.event_date) == ("Vessa", PartialDate(2026, 3, 14))


def test_a_title_closing_with_place_le_date_gives_the_place():
    page = recognise(
        (
            "Discours de M. Henri Valcourt - Assemblée générale de l'Alliance des ports - "
            "Aster, le 20 mars 2026\n\n"
            "Il y a trente ans, jour pour jour, douze ports se réunissaient à Aster.\n"
        ).encode(),
        "discours.txt",
    )
    assert (page.event_place, page.event_date) == ("Aster", PartialDate(2026, 3, 20))


def test_a_lead_naming_the_kind_then_the_role_gives_the_speaker_set_off_by_commas():
    page = recognise(
        (
            "Ministerio de Relaciones Exteriores de Velmora\nInicio\nNoticias\nDiscursos\n\n"
            "Canciller velmorense: “El cierre del estrecho contradice el derecho del mar”\n\n"
            "Intervención del Ministro de Relaciones Exteriores de la República de Velmora, "
            "Julián Ortega Salcedo, en la reunión ministerial del Grupo de Estados Costeros.\n\n"
            "Señor Presidente:\n\nVelmora rechaza el cierre del estrecho de Sel.\n"
        ).encode(),
        "intervencion.txt",
    )
    assert page.doc_type == "speech"
    assert page.speakers == ["Julián Ortega Salcedo"]


def test_someone_a_role_acts_on_later_in_the_lead_is_no_speaker():
    page = recognise(
        (
            b"Speech at the harbour festival\n\n"
            b"The Minister welcomed, among the guests, Ambassador Petra Solberg, and opened "
            b"the festival.\n\nDear friends, welcome to Aster.\n"
        ),
        "speech.txt",
    )
    assert page.speakers == []


RU_MASTHEAD = "Министерство иностранных дел Республики Коравия\nHY | RU | EN\n\n"


def test_a_name_in_the_genitive_right_after_the_ministrys_portfolio_is_the_speaker():
    page = recognise(
        (
            RU_MASTHEAD + "Выступление министра иностранных дел Арсена Варданяна на 43-й "
            "сессии Министерской конференции Союза прибрежных стран\n\n05 марта,2026 11:20\n\n"
            "Уважаемый господин Председатель, конференция проходит в трудное время.\n"
        ).encode(),
        "vystuplenie.txt",
    )
    assert page.speakers == ["Арсен Варданян"]


def test_a_ministers_answers_to_questions_at_a_joint_press_conference_are_a_transcript():
    page = recognise(
        (
            RU_MASTHEAD + "Ответы министра иностранных дел Арсена Варданяна на вопросы СМИ в "
            "ходе совместной пресс-конференции с министром иностранных дел Тессавии Айдаром "
            "Нуркеновым\n\n12 марта,2026 16:32\n\n"
            "Арсен Варданян: Мы только что завершили переговоры.\n\n"
            "Вопрос: Когда откроется порт Вессы?\n\n"
            "Арсен Варданян: Мы рассчитываем, что в апреле.\n"
        ).encode(),
        "otvety.txt",
    )
    assert page.doc_type == "transcript"
    assert page.languages_offered == ["hy", "ru", "en"]


def test_one_answer_to_a_question_is_still_a_comment():
    page = recognise(
        (
            RU_MASTHEAD + "Ответ официального представителя МИД Коравии на вопрос СМИ в связи "
            "с закрытием пролива Сель\n\n09 марта,2026 19:05\n\n"
            "Вопрос: Как в МИД оценивают закрытие пролива?\n\n"
            "Ответ: Мы считаем его нарушением морского права.\n"
        ).encode(),
        "otvet.txt",
    )
    assert page.doc_type == "comment"


PORTAL = "Plataforma digital única del Estado velmorense\n\nMinisterio de Relaciones Exteriores\n\n"


def test_a_portals_banner_over_the_ministrys_name_is_no_title():
    page = recognise(
        (
            PORTAL + "Palabras de la canciller Lucía Ferrer con ocasión del Día del Diplomático"
            "\n\nDiscurso\n\n3 de marzo de 2026 - 8:29 p. m.\n\n"
            "Señor Presidente de la República;\nSeñoras y señores:\n\n"
            "Celebramos hoy el Día del Diplomático con los jóvenes que entran a la carrera.\n"
        ).encode(),
        "discurso.txt",
    )
    assert page.title == (
        "Palabras de la canciller Lucía Ferrer con ocasión del Día del Diplomático"
    )
    # The stamp's "p. m." ends with a full stop; the line is still the stamp, no sentence.
    assert page.published == PartialDate(2026, 3, 3, 20, 29)
    assert page.speakers == ["Lucía Ferrer"]


def test_a_title_over_the_issuers_name_is_still_the_title():
    page = recognise(
        (
            b"Sel Islands: Declaration by the High Representative on the referendum\n\n"
            b"Council of the Coastal Union\nPress release\n16 January 2026\n\n"
            b"The Coastal Union does not recognise the so-called referendum held on the Sel "
            b"Islands.\n"
        ),
        "declaration.txt",
    )
    assert page.title == "Sel Islands: Declaration by the High Representative on the referendum"


def test_numbered_questions_opened_by_their_outlet_under_a_qa_part_are_turns():
    page = recognise(
        (
            b"The 9th Regular Press Conference (12 March 2026)\n\n"
            b"I. ANNOUNCEMENTS\n"
            b"1. Foreign Minister Irena Dovask to attend the Northern Sea Ministers' Meeting\n"
            b"The ministers will review the ferry agreement.\n"
            b"II. Q&A\n"
            b"1. Aster Daily: What is Velmora's reaction to the closure of the Sel Strait?\n"
            b"We ask all coastal states to keep the strait open under international law.\n"
            b"2. TNV: Please comment on the naval exercises near the Sel Strait next month.\n"
            b"We have seen the reports and are in touch with Coravia.\n"
        ),
        "conference.txt",
    )
    assert page.qa_turns == 2
    # The outlets asking are no speakers.
    assert page.speakers == []


def test_a_heading_naming_an_outlet_over_a_report_is_no_question():
    page = recognise(
        (
            b"REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE\n\n"
            b"UN Geneva Press Briefing\n\n16 March 2026\n\n"
            b"Selma Varg, Director of the Information Service, chaired the briefing, which was "
            b"attended by the spokespersons for the Refugee Office and the Health Agency.\n\n"
            b"Floods in Norvalle\n\n"
            b"Tomas Brink, for the Refugee Office (CNRO), said that the roads were still "
            b"closed.\n\n"
            b"Responding to questions from journalists, Mr. Brink said that tents had arrived."
            b"\n\nCholera risk\n\n"
            b"Dr. Ana Lauritz, for the Health Agency (CNHA), said that the risk was high.\n\n"
            b"Announcements\n\n"
            b"Ms. Varg said that the Committee would open its session on 18 March.\n"
        ),
        "briefing.txt",
    )
    assert page.doc_type == "briefing"
    assert page.qa_turns == 0


SCO_MASTHEAD = "Содружество Северного моря\n\nГлавная / Новости\n\n"


def test_a_secretariats_press_briefing_by_role_is_a_briefing():
    page = recognise(
        (
            SCO_MASTHEAD + "12.03.2026\n\nПресс-брифинг Генерального секретаря ССМ по итогам "
            "заседания Совета министров иностранных дел\n\n"
            "Генеральный секретарь рассказал журналистам об итогах заседания Совета.\n"
        ).encode(),
        "briefing.txt",
    )
    assert page.doc_type == "briefing"
    # The organisation's abbreviation after the role is no one's surname.
    assert page.speakers == []


def test_the_lead_names_the_secretary_general_after_the_organisations_name():
    page = recognise(
        (
            SCO_MASTHEAD + "05.03.2026\n\n"
            "Заявление Генерального секретаря ССМ в связи с наводнением в Норвалле\n\n"
            "Генеральный секретарь Содружества Северного моря Т.Б.Оразов выражает глубокие "
            "соболезнования семьям погибших.\n\n"
            "Секретариат готов содействовать помощи пострадавшим районам.\n"
        ).encode(),
        "zayavlenie.txt",
    )
    assert page.speakers == ["Т.Б.Оразов"]


def test_a_dateline_in_parentheses_date_first_under_a_title_printed_twice():
    title = "Выступление Генерального секретаря ССМ Т.Б.Оразова на заседании Совета"
    page = recognise(
        (
            SCO_MASTHEAD + f"13.03.2026\n\n{title}\n{title}\n\n(13 марта 2026 года, Астер)\n\n"
            "Уважаемый господин председатель, позвольте поблагодарить принимающую сторону.\n"
        ).encode(),
        "vystuplenie.txt",
    )
    assert (page.event_place, page.event_date) == ("Астер", PartialDate(2026, 3, 13))


def test_an_article_dactualite_label_is_a_news_item_and_the_host_line_no_title():
    page = recognise(
        (
            "gouvernement.vm\n\n"
            "Article d'actualité\n"
            "Hélène Kirsch reçoit son homologue de Lindmark\n"
            "07-03-2026\n\n"
            "La ministre des Affaires étrangères, Hélène Kirsch, a reçu le 6 mars 2026 à Aster "
            "le ministre des Affaires étrangères de Lindmark, Jens Arvid.\n\n"
            "Les deux ministres ont parlé du corridor de ferries.\n"
        ).encode(),
        "article.txt",
    )
    assert page.title == "Hélène Kirsch reçoit son homologue de Lindmark"
    assert page.doc_type == "press_release"
    assert page.speakers == []


def test_a_date_line_opening_a_page_is_no_host_name():
    page = recognise(
        b"12.03.2026\n\nVelmora opens a consulate in Vessa\n\nThe consulate opens on Monday.\n",
        "news.txt",
    )
    assert page.published == PartialDate(2026, 3, 12)


def test_an_asker_naming_herself_after_addressing_the_president_is_not_the_president():
    page = recognise(
        (
            "Conférence de presse conjointe du Président de la République, Marc Aubertin, et "
            "de la Première ministre de Lindmark, Helle Marquart\n\n"
            "LE PRÉSIDENT : Madame la Première ministre, je suis heureux de vous accueillir.\n\n"
            "Helle Marquart : Merci, Monsieur le Président.\n\n"
            "QUESTION : Monsieur le Président, Élise Varan, Radio Aster. Quand la ligne "
            "ouvrira-t-elle ?\n\n"
            "LE PRÉSIDENT : Au printemps, comme prévu.\n"
        ).encode(),
        "conference.txt",
    )
    # Only those a label names speak; the asker names herself in her question's text.
    assert sorted(page.speakers) == ["Helle Marquart", "Marc Aubertin"]


def test_a_type_line_no_vocabulary_names_beside_named_ones_is_no_items_title():
    page = recognise(
        (
            "Toutes les actualités\n\n"
            "12 mars 2026\nConférence de presse\n"
            "Conférence de presse conjointe du Président et de la Première ministre de Lindmark"
            "\n\n10 mars 2026\nEntretien\nEntretien du Président de la République avec Radio "
            "Aster Inter\n\n"
            "5 mars 2026\nDéplacement\nSommet des États riverains de la mer du Nord à Port-Sel"
            "\n\nVoir plus\n"
        ).encode(),
        "actualites.txt",
    )
    assert [item.title for item in page.listing_items][-1] == (
        "Sommet des États riverains de la mer du Nord à Port-Sel"
    )


def test_the_meetings_date_at_the_foot_is_no_publication_stamp():
    page = recognise(
        (
            "Foreign Affairs Council, 16 March 2026\n\nMain results\n\n"
            "Ministers discussed the situation in the Sel Strait and adopted conclusions.\n\n"
            "Meeting information\nMeeting n°3901\nAster\n16 March 2026\n"
        ).encode(),
        "main_results.txt",
    )
    assert page.published is None
    assert page.event_date == PartialDate(2026, 3, 16)


def test_an_unions_name_and_section_over_a_speech_are_masthead_and_m_no_initial():
    title = (
        "Discours de M. Henri Valcourt - Assemblée générale de l'Alliance des ports - Aster, "
        "le 20 mars 2026"
    )
    page = recognise(
        (
            f"Union des pays riverains\nMédiathèque\n{title}\n\n"
            "Réduire ce texte Agrandir ce texte Imprimer ce texte\n\n"
            f"{title}\n\n"
            "Discours du Secrétaire général de l'Union, lu par M. Paul Ferrand, Conseiller aux "
            "affaires maritimes, à l'occasion de l'Assemblée générale de l'Alliance des ports.\n\n"
            "Il y a trente ans, jour pour jour, douze ports se réunissaient à Aster.\n"
        ).encode(),
        "discours.txt",
    )
    assert page.title == title
    assert page.doc_type == "speech"
    assert page.speakers == ["Henri Valcourt"]


def test_a_speechs_introduction_closing_with_place_and_date_gives_the_event():
    page = recognise(
        (
            "Ministerio de Relaciones Exteriores de Velmora\nInicio\nNoticias\nDiscursos\n\n"
            "Canciller velmorense: “El cierre del estrecho contradice el derecho del mar”\n\n"
            "Intervención del Ministro de Relaciones Exteriores de la República de Velmora, "
            "Julián Ortega Salcedo, en la reunión ministerial del Grupo de Estados Costeros. "
            "Nueva York, 20 de marzo de 2026.\n\n"
            "Señor Presidente:\n\nVelmora rechaza el cierre del estrecho de Sel.\n"
        ).encode(),
        "intervencion.txt",
    )
    assert (page.event_place, page.event_date) == ("Nueva York", PartialDate(2026, 3, 20))
