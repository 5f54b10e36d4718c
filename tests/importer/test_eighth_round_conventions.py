"""Conventions of the eighth round's shapes, each read as a person reads it (issue 14: pages
of sites the rules were not written on)."""

from legation.importer.recognise import recognise
from legation.importer.recognise.dates import PartialDate


def read(text, name="page.txt"):
    return recognise(text.encode(), name)


def test_an_abbreviated_switcher_offers_its_languages():
    page = read(
        "Организация Договора о прибрежной безопасности\nРус | Eng\n\n02.03.2026\n\n"
        "Генеральный секретарь провёл совещание\n\n"
        "2 марта 2026 года в Астере прошло совещание секретариата Организации.\n"
    )
    assert page.languages_offered == ["ru", "en"]


def test_a_row_of_language_names_separated_by_spaces_is_a_switcher():
    page = read(
        "Ministère des Affaires étrangères de Velmora\nRomână English Français\n\n"
        "Irena Dovask reçoit son homologue de Coravie\n\nDate:\n03/11/26\n\n"
        "La ministre a reçu aujourd'hui à Aster son homologue de Coravie, Pavel Strand.\n"
    )
    assert page.languages_offered == ["ro", "en", "fr"]


def test_a_lone_language_link_in_the_masthead_offers_the_pages_own_language_too():
    page = read(
        "Zum Inhalt springen\nBundeskanzleramt Velmora\nEnglish\n\n"
        "Premierministerin Ellery empfängt den Präsidenten Coraviens\n\n11. März 2026\n\n"
        "Premierministerin Sabine Ellery hat heute in Aster den Präsidenten Coraviens "
        "empfangen.\n"
    )
    assert page.languages_offered == ["de", "en"]


LABELLED_HEADER = (
    "Ministère des Affaires étrangères de Velmora\n\nCentre de presse\n\nDISCOURS\n\n"
    "Discours de la ministre des Affaires étrangères, Irena Dovask, à la réunion annuelle\n\n"
    "Speaker:\nIrena Dovask, ministre des Affaires étrangères\nDate:\n03/09/26\nEvent:\n"
    "Réunion annuelle de la diplomatie velmorienne\nLocation:\nAster, Palais des Congrès\n\n"
    "La ministre des Affaires étrangères, Irena Dovask (introduction) : Bonjour et "
    "bienvenue à tous les ambassadeurs réunis ici.\n"
)


def test_header_fields_over_their_values_give_the_stamp_month_first_and_the_place():
    page = read(LABELLED_HEADER)
    # "03/09/26" under "Date:" is the ninth of March: the short month-first form.
    assert page.published == PartialDate(2026, 3, 9)
    assert (page.event_place, page.event_date) == ("Aster", PartialDate(2026, 3, 9))
    assert page.speakers == ["Irena Dovask"]


def test_a_list_of_titles_over_labelled_short_dates():
    page = read(
        "Ministère des Affaires étrangères de Velmora\n\nCommuniqués de presse\n\n"
        "Irena Dovask reçoit son homologue de Coravie\nDate: 03/14/26\n\n"
        "Irena Dovask prend le mandat de ministre des Affaires étrangères\nDate: 03/11/26\n\n"
        "La ministre Irena Dovask se rendra à Lorvik la semaine prochaine\nDate: 03/10/26\n"
    )
    assert page.site_kind == "listing"
    assert [(item.date.isoformat(), item.title) for item in page.listing_items][0] == (
        "2026-03-14",
        "Irena Dovask reçoit son homologue de Coravie",
    )


def test_the_conference_day_inside_the_title_is_the_event_date():
    page = read(
        "Portada > Conferencia de Prensa Habitual de la Cancillería\n"
        "Conferencia de Prensa Habitual Ofrecida el 11 de marzo de 2026 por Tomas Haldor, "
        "Portavoz del Ministerio de Relaciones Exteriores\n(2026-03-11)\n\n"
        "Aster Diario: ¿Tiene la parte velmoriana algún comentario sobre el puerto?\n\n"
        "Tomas Haldor: Acogemos con satisfacción la reapertura del puerto de Vessa.\n"
    )
    assert page.event_date == PartialDate(2026, 3, 11)
    # "(2026-03-11)" under the title: the stamp in parentheses.
    assert page.published == PartialDate(2026, 3, 11)
    assert page.speakers == ["Tomas Haldor"]


def test_a_year_first_slashed_date_under_the_title_is_the_stamp():
    page = read(
        "Portada > Actividades e Intervenciones\n"
        "Discurso del Embajador Marek Olsen en la Recepción por el Día Nacional\n2026/03/05\n\n"
        "Estimados amigos: es un honor darles la bienvenida a esta recepción.\n"
    )
    assert page.published == PartialDate(2026, 3, 5)


def test_a_text_opening_with_its_date_and_no_place_gives_the_event_date():
    page = read(
        "Главная / Новости\n\n14.03.2026\n\n"
        "Генеральный секретарь ОДПБ А.Талгатов встретился с министром иностранных дел "
        "Велморы И.Доваск\n\n"
        "14 марта 2026 года в Секретариате Организации состоялась встреча Генерального "
        "секретаря с министром иностранных дел Велморы.\n"
    )
    assert (page.event_place, page.event_date) == (None, PartialDate(2026, 3, 14))


def test_an_online_briefing_is_a_briefing():
    page = read(
        "Главная / Новости\n\n02.03.2026\n\nГенеральный секретарь ОДПБ провёл онлайн-брифинг\n\n"
        "2 марта 2026 года Генеральный секретарь Организации Арсен Талгатов провёл "
        "онлайн-брифинг.\n\nА.Талгатов: Год был непростым.\n\n"
        "Вопрос (агентство «Астер-Пресс»): Будет ли расширение?\n\nА.Талгатов: Пока нет.\n"
    )
    assert page.doc_type == "briefing"


SPEAKER_KEY = (
    "Council of Nations Health Agency\n\n"
    "Virtual press conference transcript - 10 March 2026\n\n10 March 2026\n\nOverview\n\n"
    "Speaker key:\nTJ Tomas Jarvik\nHO Dr Helena Ostrova\nAN Anita\nPE Peter\n\n00:00:55\n\n"
    "TJ Hello and welcome. Dr Ostrova, the floor is yours.\n\n"
    "HO Thank you, Tomas. Cases fell for a second week.\n\n00:04:10\n\n"
    "AN Are the test kits reaching the villages north of Vessa?\n\n"
    "HO Yes, the second shipment went north on Monday.\n\n"
    "PE When will the treaty text be ready?\n\nHO Next month, in Lorvik.\n"
)


def test_a_speaker_keys_initials_label_the_turns_by_name():
    page = read(SPEAKER_KEY)
    assert sorted(page.speakers) == ["Anita", "Helena Ostrova", "Peter", "Tomas Jarvik"]
    assert page.qa_turns == 2


def test_a_section_heading_beside_the_date_is_no_place():
    page = read(SPEAKER_KEY)
    assert page.event_place is None


def test_a_date_type_and_place_meta_line_over_the_title_is_no_title():
    page = read(
        "Council of Nations Health Agency\nHome / News / News releases\n\n"
        "12 March 2026 | News release | Aster\n\n"
        "Sel delta fever cases fall for a second week\n\n"
        "Reported cases of the fever fell by a third in the week to 8 March, the Agency "
        "said today.\n"
    )
    assert page.title == "Sel delta fever cases fall for a second week"
    assert page.published == PartialDate(2026, 3, 12)
    assert page.doc_type == "press_release"


def test_an_organisations_abbreviation_before_a_name_is_no_surname():
    page = read(
        "Главная / Новости / Интервью\n\n10.03.2026\n\n"
        "Интервью Генерального секретаря ОДПБ Арсена Талгатова газете «Вести Астера»\n\n"
        "Какие задачи стоят перед Организацией в этом году?\n\n"
        "Главная задача – безопасность судоходства.\n\n"
        "Как идёт работа центра мониторинга?\n\nЦентр работает круглосуточно с января.\n"
    )
    assert page.speakers == ["Арсен Талгатов"]
    # The questions, in bold on the site, stand unlabelled over the answers.
    assert page.qa_turns == 2


def test_unlabelled_questions_over_one_persons_labelled_answers_are_turns():
    page = read(
        "Startseite / Interviews\n\n"
        'Premierministerin Ellery im Interview mit der "Aster Rundschau"\n\n18. März 2026\n\n'
        "Frau Premierministerin, wie groß ist der Unterschied?\n\n"
        "Ellery: Das Tempo ist ein anderes.\n\n"
        "Kommt der Fährkorridor vor dem Sommer?\n\nEllery: Die ersten Fähren fahren im Mai.\n"
    )
    assert page.qa_turns == 2
    assert page.speakers == ["Ellery"]


def test_an_outlet_named_by_its_voice_asks_and_an_ambassadors_title_labels_him():
    page = read(
        "Portada > Actividades e Intervenciones\n"
        "Entrevista del Embajador Marek Olsen con el diario La Voz del Sur\n2026/03/09\n\n"
        "La Voz del Sur: Embajador, ¿cómo describe hoy las relaciones?\n\n"
        "Embajador Olsen: Son las mejores de nuestra historia.\n\n"
        "La Voz del Sur: ¿Qué espera del acuerdo de pesca?\n\n"
        "Embajador Olsen: Reglas claras para los próximos diez años.\n"
    )
    assert page.qa_turns == 2
    assert page.speakers == ["Marek Olsen"]


def test_a_pagers_next_page_link_closes_a_list_of_titles_over_dates():
    page = read(
        "Bundeskanzleramt Velmora\n\nNachrichten der Bundesregierung\n\n"
        'Premierministerin Ellery im Interview mit der "Aster Rundschau"\n18. März 2026\n\n'
        "Rede von Premierministerin Sabine Ellery beim Europa-Forum Lindhaven\n14. März 2026\n\n"
        "Premierministerin Sabine Ellery dankt Jonas Arndt für seinen Dienst\n3. März 2026\n\n"
        "Seite 1 von 12 Nächste Seite\n"
    )
    assert [(item.date.isoformat(), item.title) for item in page.listing_items] == [
        ("2026-03-18", 'Premierministerin Ellery im Interview mit der "Aster Rundschau"'),
        ("2026-03-14", "Rede von Premierministerin Sabine Ellery beim Europa-Forum Lindhaven"),
        ("2026-03-03", "Premierministerin Sabine Ellery dankt Jonas Arndt für seinen Dienst"),
    ]


def test_a_statement_signed_under_the_role_its_title_names_is_that_persons():
    page = read(
        "Главная / Новости / Заявления\n\n16.03.2026\n\n"
        "Заявление Генерального секретаря ОДПБ в связи с нападением на судно «Марель»\n\n"
        "Выражаю глубокую обеспокоенность в связи с нападением на судно у побережья "
        "Коравии.\n\nПризываю все стороны к сдержанности.\n\n"
        "Генеральный секретарь ОДПБ\nА.Талгатов\n"
    )
    assert page.speakers == ["А.Талгатов"]


def test_a_see_all_links_words_over_the_first_item_are_the_lists_heading():
    # Round seven's leftover: "Toutes les actualités" was taken for the link under a teaser.
    page = read(
        "Aller au contenu\nFR  DE  EN\n\nToutes les actualités\n\n"
        "15.03.2026 | Interview\nInterview de Hélène Kirsch avec le Quotidien d'Aster\n\n"
        "12.03.2026 | Discours\nDiscours de Hélène Kirsch devant la Chambre des députés\n\n"
        "07.03.2026 | Article d'actualité\nHélène Kirsch reçoit son homologue de Lindmark\n"
    )
    assert page.title == "Toutes les actualités"


def test_the_sections_name_repeated_under_the_menu_heads_the_list_over_a_type_line():
    # Round seven's leftover: the first item's type line ran on from the menu's entries.
    page = read(
        "Skip to content\nThe Residence of Norvalle\nAdministration\nBriefings & Statements\n"
        "Contact\n\nBriefings & Statements\n\nStatements and Releases\n"
        "Statement from President Adrian Calloway on the Floods in the Sel Delta\n"
        "March 12, 2026\n\nPress Briefings\nPress Briefing by Press Secretary Nadia Corwell\n"
        "March 11, 2026\n\nStatements and Releases\n"
        "Readout of President Adrian Calloway's Call with President Marc Aubertin\n"
        "March 10, 2026\n"
    )
    assert page.title == "Briefings & Statements"
    assert len(page.listing_items) == 3
