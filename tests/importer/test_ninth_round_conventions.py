"""Conventions of the ninth round's shapes, each read as a person reads it (issue 14: pages
of sites the rules were not written on)."""

import pytest

from legation.importer.recognise import recognise
from legation.importer.recognise.dates import PartialDate
from legation.importer.recognise.furniture import is_furniture


def read(text, name="page.txt"):
    return recognise(text.encode(), name)


@pytest.mark.parametrize(
    ("stamp", "text"),
    [
        ("Published on: 12 March 2026", "The Minister announced further funding today."),
        ("Fecha de publicación: 12/03/2026", "El presidente recibió hoy a su par de Coravia."),
        ("Mise en ligne le 12/03/2026", "Le ministre a reçu aujourd'hui son homologue."),
    ],
)
def test_a_labelled_stamp_under_the_title_is_the_publication(stamp, text):
    page = read(f"Velmora\n\nMinister receives her counterpart from Coravia\n\n{stamp}\n\n{text}\n")
    assert page.published == PartialDate(2026, 3, 12)


def test_a_blogs_byline_gives_the_day_between_the_author_and_the_topics():
    page = read(
        "Botschaft der Republik Velmora in Lindmark\n\n"
        "Rede von Botschafterin Margaret Harlow beim Hafentag in Brenholm\n\n"
        "Von Velmorische Vertretung in Lindmark | 11. März, 2026 | Themen: Reden\n\n"
        "Sehr geehrter Herr Bürgermeister, es ist mir eine große Freude, heute hier zu sein.\n"
    )
    assert page.published == PartialDate(2026, 3, 11)


def test_a_lone_gaeilge_link_under_the_skip_link_offers_irish_beside_english():
    page = read(
        "Skip to main content\nGaeilge\nSearch all of gov.vl\n\nPress release\n\n"
        "Minister Kerrigan announces new funding for the Sel delta\n\n"
        "Published on: 12 March 2026\n\nThe Minister announced further funding today.\n"
    )
    assert page.languages_offered == ["en", "ga"]


def test_a_list_whose_items_name_their_office_under_the_date():
    items = "".join(
        f"{title}\nPress release\nPublished on {day} March 2026\n"
        "From Department of Foreign Affairs\n\n"
        for title, day in [
            ("Minister Kerrigan announces new funding for the Sel delta", 12),
            ("Speech by Minister Aoife Kerrigan at the Aster Forum on Maritime Law", 10),
            ("Joint statement by the Foreign Ministers of Velmora and Lindmark", 5),
        ]
    )
    page = read(
        "Home\nDepartment of Foreign Affairs\n\nPress releases\n\n"
        f"Showing 1 - 3 of 212 results\n\n{items}Previous 1 2 3 Next\n"
    )
    assert page.site_kind == "listing"
    assert page.title == "Press releases"
    assert [(item.date.day, item.title) for item in page.listing_items] == [
        (12, "Minister Kerrigan announces new funding for the Sel delta"),
        (10, "Speech by Minister Aoife Kerrigan at the Aster Forum on Maritime Law"),
        (5, "Joint statement by the Foreign Ministers of Velmora and Lindmark"),
    ]


def test_teasers_with_their_leads_cut_short_are_a_list_without_dates():
    titles = [
        "Rede von Botschafterin Margaret Harlow beim Hafentag in Brenholm",
        "Erklärung von Außenministerin Irena Dovask zum Jahrestag des Abkommens",
        "Interview von Botschafterin Harlow mit dem Brenholmer Tageblatt",
    ]
    teasers = "".join(
        f"{title}\nBRENHOLM – (VD) – Nachfolgend veröffentlichen wir den Text, den die "
        "Botschaft heute erhalten hat, in einer Übersetzung ...\nWeiterlesen»\n\n"
        for title in titles
    )
    page = read(f"Botschaft der Republik Velmora in Lindmark\n\nAktuelles\n\n{teasers}")
    assert page.site_kind == "listing"
    assert page.title == "Aktuelles"
    assert [(item.date, item.title) for item in page.listing_items] == [
        (None, title) for title in titles
    ]


@pytest.mark.parametrize(
    "pager",
    ["Primera página ‹ Anterior 1 2 3 Siguiente › Última página", "1 2 3 … 48 Nächste »"],
)
def test_pagers_with_the_word_page_or_a_gap_between_the_numbers(pager):
    assert is_furniture(pager)


def test_a_title_date_lead_list_over_a_worded_pager():
    page = read(
        "Presidencia de la República\n\nAudios\n\n"
        "Declaraciones del presidente Tomás Lindqvist en Colonia del Mar\n13/03/2026\n"
        "El presidente participó de la inauguración del muelle y dialogó con la prensa.\n\n"
        "Lindqvist recibió al presidente de Coravia en la Casa de Gobierno\n11/03/2026\n"
        "Ambos mandatarios acordaron crear una comisión binacional para el puerto.\n\n"
        "Discurso del presidente Tomás Lindqvist ante la Asamblea General\n01/03/2026\n"
        "El presidente dio cuenta ante la Asamblea General del estado de la República.\n\n"
        "Primera página ‹ Anterior 1 2 3 Siguiente › Última página\n"
    )
    assert [item.title for item in page.listing_items] == [
        "Declaraciones del presidente Tomás Lindqvist en Colonia del Mar",
        "Lindqvist recibió al presidente de Coravia en la Casa de Gobierno",
        "Discurso del presidente Tomás Lindqvist ante la Asamblea General",
    ]


def test_a_news_services_dateline_gives_the_place_and_the_day_its_sentence_names():
    page = read(
        "Botschaft der Republik Velmora in Lindmark\n\n"
        "Rede von Botschafterin Margaret Harlow beim Hafentag in Brenholm\n\n"
        "Von Velmorische Vertretung in Lindmark | 11. März, 2026 | Themen: Reden\n\n"
        "BRENHOLM – (VD) – Nachfolgend veröffentlichen wir die Rede von Botschafterin "
        "Margaret Harlow, die sie am 10. März 2026 beim Hafentag gehalten hat.\n\n"
        "Sehr geehrter Herr Bürgermeister, es ist mir eine große Freude, heute hier zu sein.\n"
    )
    assert (page.event_place, page.event_date) == ("Brenholm", PartialDate(2026, 3, 10))


def test_the_byline_left_over_an_html_text_is_passed_over_to_its_dateline():
    page = recognise(
        "<html lang='de'><body><h1>Pressekonferenz von Außenministerin Dovask</h1>"
        "<div>Von Velmorische Vertretung in Lindmark | 13. März, 2026 | Themen: Reden</div>"
        "<p>BRENHOLM – (VD) – Nachfolgend veröffentlichen wir die Abschrift der "
        "Pressekonferenz von Außenministerin Irena Dovask vom 12. März 2026.</p>"
        "<p>AUSSENMINISTERIN DOVASK: Vielen Dank. Lindmark ist ein Partner für Velmora.</p>"
        "<p>FRAGE: Wann beginnt die gemeinsame Küstenwache ihre Arbeit?</p>"
        "<p>AUSSENMINISTERIN DOVASK: Die ersten Patrouillen fahren im Juni.</p>"
        "</body></html>".encode(),
        "page.html",
    )
    assert (page.event_place, page.event_date) == ("Brenholm", PartialDate(2026, 3, 12))


def test_a_dateline_naming_the_venue_before_the_city():
    page = read(
        "Presidencia de la República\n\n"
        "Discurso del presidente Tomás Lindqvist en la apertura del período legislativo\n\n"
        "Fecha de publicación: 01/03/2026\n\n"
        "Palacio Legislativo, Aster, 1 de marzo de 2026\n\n"
        "Señora presidenta de la Asamblea General, señoras y señores legisladores:\n\n"
        "Comparezco ante esta Asamblea para dar cuenta del estado de la República.\n"
    )
    assert (page.event_place, page.event_date) == ("Aster", PartialDate(2026, 3, 1))


def test_a_person_after_the_titles_last_comma_is_no_place():
    page = recognise(
        "<html lang='fr'><body><div>Ministère des Affaires Étrangères de Velmora</div>"
        "<h1>Point de presse conjoint de M. Karim Benhadou et de son homologue lindmarkois, "
        "M. Lars Ekdahl</h1><p>Mise en ligne le 10/03/2026</p>"
        "<p><strong>Aster, 10 mars 2026</strong></p>"
        "<p>M. Benhadou : Je suis heureux d'accueillir à Aster mon collègue Lars Ekdahl.</p>"
        "<p>Question : Monsieur le Ministre, quand l'accord entrera-t-il en vigueur ?</p>"
        "<p>M. Benhadou : Dès sa ratification par nos deux parlements.</p>"
        "</body></html>".encode(),
        "page.html",
    )
    assert (page.event_place, page.event_date) == ("Aster", PartialDate(2026, 3, 10))
    # The ministers' joint appearance, not the spokesperson's "point de presse".
    assert page.doc_type == "transcript"


@pytest.mark.parametrize("tag", ["Официально", "Интеграция", "Integration"])
def test_a_topic_tag_under_the_date_is_no_place(tag):
    page = read(
        "Прибрежная экономическая комиссия\n\n"
        "Заявление Совета Прибрежной экономической комиссии о ситуации в дельте Сели\n\n"
        f"04.03.2026\n{tag}\n\n"
        "Совет Прибрежной экономической комиссии выражает солидарность с жителями дельты.\n"
    )
    assert (page.event_place, page.event_date) == (None, None)


def test_a_topic_tag_stands_between_the_date_and_the_texts_dated_opening():
    page = read(
        "Прибрежная экономическая комиссия\n\n"
        "Министр по торговле ПЭК Ирина Соловцова провела переговоры с делегацией Тессавии\n\n"
        "12.03.2026\nТорговая политика\n\n"
        "11 марта 2026 года Член Коллегии (Министр) по торговле Комиссии Ирина Соловцова "
        "провела переговоры с делегацией Министерства экономики Тессавии.\n"
    )
    assert (page.event_place, page.event_date) == (None, PartialDate(2026, 3, 11))


def test_a_press_conference_after_the_cabinet_is_the_governments_briefing():
    page = read(
        "Presidencia de la República\n\n"
        "Conferencia de prensa del secretario de Presidencia, Martín Ferreyra, tras el "
        "Consejo de Ministros\n\nFecha de publicación: 16/03/2026\n\n"
        "Secretario Ferreyra: Buenas tardes. El Consejo de Ministros aprobó hoy el proyecto.\n\n"
        "Periodista: Secretario, ¿cuándo llegará el proyecto al Parlamento?\n\n"
        "Secretario Ferreyra: Esta misma semana.\n"
    )
    assert page.doc_type == "briefing"


# Leftovers of earlier rounds, read wrong on their shapes' pages until this one.


def test_a_bare_communique_type_label_names_a_press_release():
    page = read(
        "Ministère des Affaires étrangères de Velmora\n\nCentre de presse\n\n"
        "Irena Dovask prend le mandat de ministre des Affaires étrangères\n\n"
        "Type:\nCommuniqué\nDate:\n03/11/26\n\n"
        "A eu lieu aujourd'hui, au siège du ministère, la cérémonie de prise du mandat de "
        "ministre des Affaires étrangères par Irena Dovask.\n"
    )
    assert page.doc_type == "press_release"


def test_a_numbered_communique_is_a_press_release():
    page = read(
        "Ministerio de Relaciones Exteriores\n\nComunicado Oficial N° 014-2026\n\n"
        "14 de marzo de 2026\n\n"
        "El Ministerio de Relaciones Exteriores informa a la ciudadanía que el consulado en "
        "Mirel atenderá solo casos de emergencia hasta el 30 de marzo.\n"
    )
    assert page.doc_type == "press_release"


def test_titles_over_type_and_date_lines_under_a_portals_banner():
    page = read(
        "Plataforma digital única del Estado velmorense\n\n"
        "Ministerio de Relaciones Exteriores\n\nNoticias\n\n"
        "Entrevista de la canciller Lucía Ferrer con Radio Austral\n"
        "Entrevista - 18 de marzo de 2026\n\n"
        "Comunicado Oficial N° 014-2026\nComunicado - 14 de marzo de 2026\n\n"
        "Velmora y Norvalle acuerdan reabrir el paso fronterizo de Puerto Lirio\n"
        "Nota de prensa - 12 de marzo de 2026\n\n"
        "Mostrando 1 - 3 de 240 resultados\n"
    )
    assert page.title == "Noticias"
    assert [(item.date.day, item.title) for item in page.listing_items] == [
        (18, "Entrevista de la canciller Lucía Ferrer con Radio Austral"),
        (14, "Comunicado Oficial N° 014-2026"),
        (12, "Velmora y Norvalle acuerdan reabrir el paso fronterizo de Puerto Lirio"),
    ]


@pytest.mark.parametrize("city", ["Bandung", "Kaohsiung", "Asunción"])
def test_a_city_under_the_date_is_still_the_place(city):
    page = read(
        "Council of Nations\n\nStatement by the Spokesperson on the talks on the Sel delta\n\n"
        f"02.02.2026\n{city}\nPress and information team\n\n"
        "The Council of Nations welcomes the start of the talks on the Sel delta.\n"
    )
    assert (page.event_place, page.event_date) == (city, PartialDate(2026, 2, 2))


@pytest.mark.parametrize(
    ("dateline", "place"),
    [("Lindhaven, Norvalle, 13 de abril de 2026", "Lindhaven"),
     ("Casa de Gobierno, Lindhaven, 13 de abril de 2026", "Lindhaven")],
)  # fmt: skip
def test_a_dateline_with_a_country_or_a_venue_beside_the_city(dateline, place):
    page = read(
        "Presidencia de la República\n\n"
        "Discurso del presidente Tomás Lindqvist ante el cuerpo diplomático\n\n"
        f"Fecha de publicación: 14/04/2026\n\n{dateline}\n\n"
        "Señoras y señores embajadores:\n\n"
        "Es un honor recibirlos en este comienzo de año para hablar de nuestra política.\n"
    )
    assert (page.event_place, page.event_date) == (place, PartialDate(2026, 4, 13))


def test_a_given_name_then_the_surname_in_capitals_is_a_name():
    page = read(
        "Présidence de la République de Velmora\n\n"
        "Discours de Marc AUBERTIN devant les ambassadeurs\n\n12 mars 2026\n\n"
        "Mesdames et Messieurs les ambassadeurs, je suis heureux de vous retrouver à Aster.\n\n"
        "Notre diplomatie doit servir les citoyens d'abord.\n"
    )
    assert page.speakers == ["Marc AUBERTIN"]
