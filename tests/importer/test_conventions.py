"""Conventions of real ministries' sites for the title, the kind, the dates and lists
(issue 14; docs/importer.md, "Conventions of real sites"). Each page here is fictional, in
a shape such sites share."""

import pytest

from legation.importer.recognise import recognise


def read(text, name="page.txt"):
    return recognise(text.encode(), name)


# Titles


@pytest.mark.parametrize(
    "title",
    [
        "Sel Islands: Declaration by the High Representative on the so-called referendum",
        "Außenministerin Dovask: „Die Besatzung der Marel muss sofort freikommen“",
        "Aide humanitaire : Velmora soutient les familles de pêcheurs",
    ],
)
def test_a_title_with_its_topic_before_a_colon_is_the_title(title):
    page = read(f"{title}\n\n12 March 2026\n\n{'The minister spoke to the press. ' * 30}")
    assert page.title == title


def test_a_turn_opening_the_page_is_not_taken_for_its_title():
    page = read(
        "Interview with Minister Irena Dovask\n"
        "QUESTION: Minister, is the crisis over?\n"
        "DOVASK: The ships are moving again."
    )
    assert page.title == "Interview with Minister Irena Dovask"


@pytest.mark.parametrize(
    "site_name",
    [
        "Ministry of Foreign Affairs of Velmora",
        "Welcome to the Council of Nations",
        "Organization for Maritime Security and Co-operation",
        "Département fédéral des affaires étrangères de Velmora",
        "Министерство иностранных дел Вельморы",
        "Department of External Relations",
    ],
)
def test_the_sites_name_over_the_title_is_not_the_title(site_name):
    page = read(
        f"{site_name}\n\nVelmora welcomes the release of the crew of the Marel\n\n"
        f"12 March 2026\n\n{'The ministry welcomes the news. ' * 30}"
    )
    assert page.title == "Velmora welcomes the release of the crew of the Marel"


def test_a_number_line_over_the_title_is_no_title_and_makes_a_press_release():
    page = read(
        "Información para la Prensa N°: 045/26\n"
        "Jueves 12 de marzo de 2026\n"
        "La Cancillería expresa su satisfacción por el regreso de la tripulación\n"
        f"{'La Cancillería celebra el regreso de los tripulantes. ' * 20}"
    )
    assert page.title == "La Cancillería expresa su satisfacción por el regreso de la tripulación"
    assert page.doc_type == "press_release"


def test_a_numbered_documents_title_stands_under_its_header():
    page = read(
        "Council of Nations\nS/2026/123\nSecurity Council\nDistr.: General\n"
        "24 February 2026\nOriginal: English\n"
        "Letter dated 20 February 2026 from the Permanent Representative of Velmora "
        "addressed to the President of the Security Council\n"
        f"{'I have the honour to transmit the statement of my Government. ' * 10}\n"
        "(Signed) Tomasz Reyes"
    )
    assert page.title.startswith("Letter dated 20 February 2026")
    assert page.doc_type == "other"


# Kinds


def test_a_type_label_under_the_title_names_the_kind():
    page = read(
        "Why the northern sea matters to every one of us\n20.04.2026\nHR/VP Blog\n"
        "By Ilse Varga\n" + "Last week I sailed from Aster to Lindhaven on a fishing boat. " * 10
    )
    assert page.doc_type == "article"


def test_a_transcript_label_over_a_doorstop_interview_leaves_the_titles_kind():
    page = read(
        "Home > Transcripts\nTranscript\nDoorstop interview, Port Sel\n5 February 2026\n"
        "IRENA DOVASK: I have just come from the hospital.\n"
        "JOURNALIST: Minister, did Velmora pay anything?\nIRENA DOVASK: No.\n"
        "JOURNALIST: Will the sanctions be lifted?\nIRENA DOVASK: They stay."
    )
    assert page.title == "Doorstop interview, Port Sel"
    assert page.doc_type == "interview"


def test_a_title_calling_itself_the_transcript_of_an_interview_is_a_transcript():
    page = read(
        "Home > Newsroom > Transcripts\n"
        "Transcript of Minister for Foreign Affairs Dr Irena Dovask's Doorstop Interview with "
        "the Media, 4 May 2026\n4 May 2026\n"
        "Question: Minister, will the ferry line reopen?\nMinister Dovask: In June.\n"
        "Question: And the fishing quotas?\nMinister Dovask: They are agreed."
    )
    assert page.doc_type == "transcript"


def test_the_press_conference_after_the_council_of_ministers_is_the_governments_briefing():
    page = read(
        "Inicio > Consejo de Ministros\nRueda de prensa posterior al Consejo de Ministros\n"
        "Respuestas a los medios de comunicación\n10.3.2026\n"
        "P.- ¿Cuándo entra en vigor el acuerdo?\nPortavoz.- El 1 de abril.\n"
        "P.- ¿Habrá ayudas?\nPortavoz.- Sí, antes del verano."
    )
    assert page.title == "Rueda de prensa posterior al Consejo de Ministros"
    assert page.doc_type == "briefing"


def test_turns_given_as_excerpts_of_the_transcript_make_a_transcript():
    page = read(
        "Встреча Олега Ремеза с Премьер-министром Линдмарка Хельге Ранд\n10 марта 2026 16:30\n"
        "Председатель Правительства провёл переговоры с Премьер-министром Линдмарка, прибывшей "
        "в Астер с официальным визитом.\nИз стенограммы:\n"
        "О.Ремез: Уважаемая госпожа Премьер-министр! Рад приветствовать Вас в Астере.\n"
        "Х.Ранд (как переведено): Спасибо, господин Председатель.\n"
        "О.Ремез: Мы готовы обсудить это сегодня подробно."
    )
    assert page.doc_type == "transcript"
    assert sorted(page.speakers) == ["Олег Ремез", "Хельге Ранд"]


def test_remarks_followed_by_questions_are_a_transcript():
    page = read(
        "Secretary Calder's Remarks to the Press\nMarch 17, 2026\n"
        "SECRETARY CALDER: Good morning. The ships are moving again.\n"
        "QUESTION: Mr. Secretary, is the crisis over?\nSECRETARY CALDER: Not yet.\n"
        "QUESTION: When will it be?\nSECRETARY CALDER: When the rules are written down."
    )
    assert page.doc_type == "transcript"


def test_a_spokespersons_remarks_are_a_comment():
    page = read(
        "Foreign Ministry Spokesperson's Remarks on the Attack on the Consulate in Mirel\n"
        "2026-02-02 21:10\n" + "We strongly condemn the attack on the consulate. " * 10
    )
    assert page.doc_type == "comment"


def test_a_press_secretarys_press_conference_is_a_briefing():
    page = read(
        "Press Conference by the Press Secretary\nWednesday, March 4, 2026\n"
        "Question: Is the ferry line open?\nMr. Orlek: Not yet.\n"
        "Question: When will it open?\nMr. Orlek: Next year."
    )
    assert page.doc_type == "briefing"


def test_a_declaration_signed_by_several_is_a_joint_statement():
    page = read(
        "Aster Declaration of the Coastal States summit\n19 June 2026\n"
        "We, the leaders of the Coastal States, meeting in Aster, declare:\n"
        "1. The northern sea shall remain open to the ships of every nation.\n"
        "Signed in Aster on 19 June 2026 by:\n"
        "Sabine Ellery, Prime Minister of Velmora\nAksel Norby, Prime Minister of Lindmark"
    )
    assert page.doc_type == "joint_statement"


def test_a_type_label_over_the_html_heading_names_the_kind():
    html = (
        "<html><head><title>Condemning the Attack</title></head><body><main>"
        '<p class="type">Press Statement</p><h1>Condemning the Attack on the Consulate</h1>'
        f"<p>{'Norvalle condemns in the strongest terms the attack on the consulate. ' * 8}</p>"
        "</main></body></html>"
    )
    assert recognise(html.encode(), "page.html").doc_type == "statement"


def test_the_publication_stamp_and_its_label_under_the_text_do_not_cut_it_short():
    page = read(
        "Aster Declaration of the Coastal States summit\nUpdated 19 June 2026\n"
        "From: Prime Minister's Office\nPublished 19 June 2026\n"
        "We, the leaders of the Coastal States, meeting in Aster, declare:\n"
        "1. The northern sea shall remain open to the ships of every nation."
    )
    assert "The northern sea shall remain open" in " ".join(
        str(block.value) for block in page.blocks
    )


# Publication stamps and event dates in the header under the title


def header_page(header, title="Velmora welcomes the release of the crew of the Marel"):
    return read(f"{title}\n{header}\n" + "The ministry welcomes the return of the crew. " * 12)


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("From: Ministry of Foreign Affairs\nPublished 14 April 2026", "2026-04-14"),
        ("Adrian Calder, Secretary of External Relations\nHarwell, N.R.\nMay 6, 2026",
         "2026-05-06"),
        ("Council of the Coastal Union\nPress release\n16 January 2026\n09:30",
         "2026-01-16T09:30"),
        ("Secretaría de Relaciones Exteriores | 11 de marzo de 2026", "2026-03-11"),
        ("Tuesday, March 10, 2026, 4:02 p.m. Ministry of Foreign Affairs", "2026-03-10T16:02"),
        ("Updated 19 June 2026\nFrom: Prime Minister's Office\nPublished 18 June 2026",
         "2026-06-18"),
    ],
)  # fmt: skip
def test_the_stamp_among_the_header_lines_under_the_title(header, published):
    assert header_page(header).to_json()["published"] == published


@pytest.mark.parametrize(
    ("header", "place", "date"),
    [
        ("Adrian Calder, Secretary of External Relations\nHarwell, N.R.\nMay 6, 2026",
         "Harwell", "2026-05-06"),
        ("02.02.2026\nAster\nPress and information team of the Delegation", "Aster",
         "2026-02-02"),
        ("19 июня 2026 года\n18:05\nАстер", "Астер", "2026-06-19"),
        ("From: Global Affairs Velmora\nNews release\n"
         "February 12, 2026 - Aster, Velmora - Global Affairs Velmora", "Aster", "2026-02-12"),
        ("Le 12 février 2026 – Aster (Velmora) – Affaires mondiales Velmora", "Aster",
         "2026-02-12"),
        ("Published 14 April 2026\nLocation: Lindhaven\nDelivered on: 13 April 2026 "
         "(Transcript of the speech, exactly as it was delivered)", "Lindhaven", "2026-04-13"),
        ("As delivered by Ambassador Lukas Ferrand to the 1502nd meeting of the Permanent "
         "Council, Aster, 5 March 2026", "Aster", "2026-03-05"),
    ],
)  # fmt: skip
def test_the_event_among_the_header_lines_under_the_title(header, place, date):
    facts = header_page(header).to_json()
    assert (facts["event_place"], facts["event_date"]) == (place, date)


def test_the_day_of_the_week_may_open_a_datelines_date():
    page = header_page("Puerto Lirio, miércoles 11 de marzo de 2026")
    assert (page.event_place, page.event_date.isoformat()) == ("Puerto Lirio", "2026-03-11")


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Rede von Bundeskanzlerin Marlene Vogt beim Tag der Küstenstaaten am 10. März 2026 "
         "in Aster", "Aster"),
        ("Speech by the Prime Minister at the Harbour Forum on 10 March 2026 in Port Sel",
         "Port Sel"),
    ],
)  # fmt: skip
def test_a_title_closing_with_the_date_then_in_a_place_gives_the_event(title, place):
    page = header_page("Dienstag, 10. März 2026", title=title)
    assert (page.event_place, page.event_date.isoformat()) == (place, "2026-03-10")


def test_a_transcripts_type_and_date_over_the_title_is_its_stamp():
    page = read(
        "Im Wortlaut\nMitschrift der Pressekonferenz - Freitag, 13. März 2026\n"
        "Regierungspressekonferenz vom 13. März 2026\n"
        "StS Brenner: Guten Tag! Ich beginne mit den Terminen der Bundeskanzlerin.\n"
        "Frage: Herr Brenner, reist sie nach Lorvik?\nStS Brenner: Ja, am Dienstag."
    )
    assert page.title == "Regierungspressekonferenz vom 13. März 2026"
    assert page.to_json()["published"] == "2026-03-13"


def test_a_dateline_under_the_title_is_not_the_publication_stamp():
    page = header_page("February 12, 2026 - Aster, Velmora - Global Affairs Velmora")
    assert page.to_json()["published"] is None


def test_a_name_line_or_a_type_line_beside_the_date_is_no_place():
    assert header_page("Marcus Tilden, Department Spokesperson\nMarch 10, 2026").event_place is None
    assert header_page("MEDIA NOTE\nApril 4, 2026").event_place is None


def test_the_title_gives_the_date_and_the_header_the_place():
    page = header_page(
        "Marcus Tilden, Department Spokesperson\nHarwell, N.R.\nMarch 10, 2026",
        title="Department Press Briefing – March 10, 2026",
    )
    assert (page.event_place, page.to_json()["event_date"]) == ("Harwell", "2026-03-10")


def test_a_capitals_dateline_gives_the_place_as_written_in_the_text():
    page = read(
        "Chair welcomes the reopening of the strait\n"
        "ASTER, 4 March 2026 – The Chair welcomed the reopening of the strait today.\n"
        + "The Chair called on all sides to keep the channels of communication open. "
        * 5
    )
    assert page.event_place == "Aster"


def test_a_dateline_in_parentheses_closing_the_title_gives_its_place():
    page = read(
        "Entretien de Mme Irena Dovask avec « Radio Aster Inter » (Aster, 5 février 2026)\n"
        "Q - Madame la Ministre, bonjour.\nR - Bonjour."
    )
    assert (page.event_place, page.to_json()["event_date"]) == ("Aster", "2026-02-05")


def test_a_last_change_under_the_text_is_not_the_publication():
    page = read(
        "Minister Dovask's address to the Lindhaven Maritime Forum\nSpeech\n"
        + "Thank you, and good morning. " * 20
        + "\nDate modified:\n2026-04-14"
    )
    assert page.published is None


@pytest.mark.parametrize("name", ["dcterms.issued", "dcterms.created", "dcterms.date"])
def test_the_publication_date_from_dublin_cores_newer_names(name):
    html = (
        f'<html><head><meta name="{name}" content="2026-04-20"></head><body><main>'
        "<h1>Velmora and Lindmark sign a coast guard agreement</h1>"
        f"<p>{'Velmora and Lindmark today signed an agreement on their coast guards. ' * 8}</p>"
        "</main></body></html>"
    )
    assert recognise(html.encode(), "page.html").to_json()["published"] == "2026-04-20"


# Lists and homepages


def test_a_list_of_titles_without_dates_is_a_listing():
    page = read(
        "Ministry of Foreign Affairs of Velmora\nHome > Press room > Speeches\nSpeeches\n"
        "Foreign Minister Irena Dovask's speech at the Lindhaven Maritime Forum\n"
        "Foreign Minister Irena Dovask's address to the conference of ambassadors\n"
        "Deputy Foreign Minister Karel Brandt's remarks at the opening of the consulate\n"
        "1 2 3 »"
    )
    assert (page.site_kind, page.title) == ("listing", "Speeches")
    assert [item.to_json() for item in page.listing_items][0] == {
        "date": None,
        "title": "Foreign Minister Irena Dovask's speech at the Lindhaven Maritime Forum",
    }


def test_headings_over_a_text_are_no_list_without_dates():
    page = read(
        "Velmora's policy on the northern sea\n"
        "Fishing rights in the northern straits\nNavigation and the coast guards of the region\n"
        "A permanent hotline between the four coastal states\n"
        + "Velmora will propose a permanent hotline between the coast guards. "
        * 10
    )
    assert page.site_kind == "article"


def test_an_embassy_homepage_with_its_consular_line_and_a_list_is_a_homepage():
    page = read(
        "Embajada de la República de Velmora en Tesavia\nInicio\nLa Embajada\nNoticias\n"
        "Contacto\nTeléfono de emergencia consular: +34 91 555 07 70\nNoticias\n"
        "12 de marzo de 2026\nLa Embajada celebra el Día de la Marina de Velmora en Mirel\n"
        "9 de marzo de 2026\nHorario de atención consular durante Semana Santa\n"
        "3 de marzo de 2026\nConvocatoria de becas de verano en la Universidad de Aster\n"
        "Ver todas las noticias"
    )
    assert page.site_kind == "homepage"


def test_a_press_offices_contact_line_makes_no_homepage():
    page = read(
        "Velmora übernimmt den Vorsitz der Küstenstaatenkonferenz\n"
        "Aster, 03.03.2026 - Velmora übernimmt ab heute den Vorsitz der Konferenz.\n"
        "Adresse für Rückfragen:\nKommunikation EDA\nTel. +41 58 555 01 00\n"
        "20.04.2026 - Medienmitteilung\nVelmora und Lindmark unterzeichnen ein Abkommen\n"
        "12.02.2026 - Medienmitteilung\nHumanitäre Hilfe für die Fischerfamilien der Sel-Inseln"
    )
    assert page.site_kind == "article"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("Home\nPress room\nPress releases\nPress releases\nFilter by\nYear\nTopic",
         "Press releases"),
        ("Government of Velmora\nHome > Global Affairs Velmora > News\nNews results\n"
         "Showing 1 to 3 of 214 results", "News results"),
        ("GOV.VL\nHome\nGovernment\nNews and communications", "News and communications"),
    ],
)  # fmt: skip
def test_a_lists_heading_among_its_header_lines(header, title):
    page = read(
        f"{header}\n12 March 2026\nReturn of the crew of the trawler Marel\n"
        "11 March 2026\nForeign Minister Irena Dovask to attend the Council debate\n"
        "9 March 2026\nVelmora and Lindmark sign an agreement on coast guard cooperation\n"
        "Next"
    )
    assert (page.site_kind, page.title) == ("listing", title)


def test_an_html_list_of_teasers_is_a_listing_of_its_items():
    html = (
        "<html><body><ol class='breadcrumb'><li>Startseite</li><li>Newsroom</li></ol>"
        "<main><h1>Pressemitteilungen</h1><ul class='teaser-list'>"
        + "".join(
            f"<li><p class='date'>{day}.03.2026 - Pressemitteilung</p><h3><a>{title}</a></h3>"
            "<p>Die elf Seeleute sind in Aster gelandet.</p></li>"
            for day, title in [
                ("12", "Rückkehr der Besatzung der Marel"),
                ("10", "Außenministerin Dovask telefoniert mit ihrem Amtskollegen"),
                ("02", "Außenministerin Dovask reist nach Coravien"),
            ]
        )
        + "</ul></main></body></html>"
    )
    page = recognise(html.encode(), "list.html")
    assert page.site_kind == "listing"
    assert [item.title for item in page.listing_items][0] == "Rückkehr der Besatzung der Marel"


# An embassy site's news pages (the shape of the Netherlands' embassies' sites)


def test_a_you_are_here_trail_run_together_is_a_breadcrumb_not_a_title():
    page = read(
        "Embassy of Velmora in Coravia\nYou are here:HomeNews2026\n"
        "Velmora and Coravia open a joint rescue centre\n"
        "Velmora and Coravia open a joint rescue centre\nNews article\n| March 12, 2026\n"
        + "The rescue centre in Port Sel will coordinate the search for ships. "
        * 6
    )
    facts = page.to_json()
    assert facts["title"] == "Velmora and Coravia open a joint rescue centre"
    assert (facts["published"], facts["doc_type"]) == ("2026-03-12", "press_release")
    assert "Velmora and Coravia open" not in " ".join(str(block.value) for block in page.blocks)


def test_a_type_and_date_line_by_the_html_heading_is_the_stamp():
    html = (
        "<html><body><main><h1>Statement by the Embassy on the closure of the consulate</h1>"
        '<p class="meta">Statement | February 3, 2026</p>'
        f"<p>{'The consulate of Velmora in Mirel will stay closed until further notice. ' * 6}"
        "</p></main></body></html>"
    )
    assert recognise(html.encode(), "page.html").to_json()["published"] == "2026-02-03"


# A government's releases site (the shape of New Zealand's Beehive)


def test_a_type_label_or_a_portfolio_beside_the_date_is_no_place():
    page = header_page("Hon Karel Brandt\nForeign Affairs\nDefence\nRelease\n4 May 2026")
    facts = page.to_json()
    assert (facts["event_place"], facts["event_date"]) == (None, None)
    assert (facts["published"], facts["doc_type"]) == ("2026-05-04", "press_release")


def test_a_news_section_in_the_trail_does_not_make_a_press_point_a_press_release():
    page = read(
        "Inicio > Noticias > Puntos de prensa\n"
        "Punto de prensa del canciller Tomás Arrieta tras su reunión con la ministra\n"
        "12 de marzo de 2026\nCanciller Arrieta: Buenas tardes.\n"
        "Periodista: Canciller, ¿habrá controles adicionales?\nCanciller Arrieta: No.\n"
        "Periodista: ¿Y las cuotas de pesca?\nCanciller Arrieta: Seguimos hablando."
    )
    assert page.doc_type == "transcript"


def test_a_doorstop_interview_titled_with_its_place_took_place_there_on_its_day():
    page = read(
        "Doorstop interview, Port Sel\n5 February 2026\n"
        "IRENA DOVASK: I have just come from the hospital.\n"
        "JOURNALIST: Minister, did Velmora pay anything?\nIRENA DOVASK: No."
    )
    assert (page.event_place, page.to_json()["event_date"]) == ("Port Sel", "2026-02-05")


def test_a_name_after_the_comma_of_a_press_conferences_title_is_no_place():
    page = read(
        "Press Conference by the Press Secretary, ORLEK Haruto\n"
        "Wednesday, March 4, 2026, 4:02 p.m. Ministry of Foreign Affairs\n"
        "Question: Is the ferry line open?\nMr. Orlek: Not yet."
    )
    assert (page.event_place, page.event_date) == (None, None)
