"""Conventions of pages of sites the rules were not written on, each read as a person reads
it (issue 14: the misses left by the fourth and earlier rounds)."""

from legation.importer.recognise import recognise


def html(body, lang="de", head=""):
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


def test_a_sittings_short_heading_over_its_agenda_is_the_title():
    text = (
        "Правительство Республики Эстерра\n\n"
        "Заседание Правительства\n\n"
        "О ремонте паромной переправы через пролив Тамсин\n\n"
        "4 ноября 2025 11:30\n\n"
        "Из стенограммы:\n\n"
        "И.Варга: Добрый день, коллеги! Начнём с переправы, которая стоит с сентября.\n\n"
        "П.Лунд: Спасибо. Ремонт причала закончим к декабрю, паром выйдет на линию в январе.\n"
    )
    page = recognise(text.encode(), "zasedanie.txt")
    assert page.title == "Заседание Правительства"
    assert page.speakers == ["И.Варга", "П.Лунд"]


def test_labels_in_bold_on_lines_of_their_own_are_turns():
    body = (
        "<main><h1>Regierungspressekonferenz vom 4. November 2025</h1>"
        "<p>(Vorsitzende Brandt eröffnet die Pressekonferenz.)</p>"
        "<p><strong>StS Varga</strong></p>"
        "<p>Guten Tag! Der Kanzler reist am Donnerstag nach Vessa, um über die Fähre über "
        "den Tamsin-Sund zu sprechen.</p>"
        "<p><strong>Frage</strong></p>"
        "<p>Herr Varga, wann soll die Fähre wieder fahren?</p>"
        "<p><strong>StS Varga</strong></p>"
        "<p>Im Januar, wenn der Anleger fertig ist.</p>"
        "<p><strong>Frage</strong></p>"
        "<p>Frau Lund, wer bezahlt den Anleger?</p>"
        "<p><strong>Lund</strong></p>"
        "<p>Beide Länder teilen sich die Kosten, so ist es seit dem Sommer vereinbart.</p>"
        "</main>"
    )
    page = recognise(html(body), "regpk.html")
    assert page.qa_turns == 2
    assert sorted(page.speakers) == ["Lund", "Varga"]


def test_a_bold_subheading_without_a_question_label_is_no_turn():
    body = (
        "<main><h1>Fähre über den Tamsin-Sund fährt ab Januar wieder</h1>"
        "<p><strong>Hintergrund</strong></p>"
        "<p>Der Anleger in Vessa wird seit September erneuert; beide Länder teilen die "
        "Kosten.</p>"
        "<p><strong>Nächste Schritte</strong></p>"
        "<p>Die Fährgesellschaft veröffentlicht den Fahrplan im Dezember.</p></main>"
    )
    page = recognise(html(body), "faehre.html")
    assert page.qa_turns == 0
    assert page.speakers == []


def test_separate_code_links_in_the_masthead_are_the_switcher():
    body = (
        "<header><a href='/'>Die Bundesregierung von Esterria</a> <a href='/de'>DE</a> "
        "<a href='/en'>EN</a></header>"
        "<main><h1>Fähre über den Tamsin-Sund fährt ab Januar wieder</h1>"
        "<p>Der Anleger in Vessa wird seit September erneuert; beide Länder teilen die "
        "Kosten, so ist es seit dem Sommer vereinbart.</p></main>"
    )
    page = recognise(html(body), "faehre.html")
    assert page.languages_offered == ["de", "en"]


def test_a_lone_link_to_the_other_language_in_the_masthead_offers_both():
    body = (
        "<div class='cabecera'><a href='/'>Presidencia de Esterria</a> "
        "<a href='/en/'>English</a></div>"
        "<div><h1>El Gobierno reabre la línea de ferry del estrecho de Tamsin</h1>"
        "<p>El muelle de Vessa se renueva desde septiembre y ambos países comparten los "
        "costes de la obra, según lo acordado en verano.</p></div>"
    )
    page = recognise(html(body, lang="es"), "ferry.html")
    assert page.languages_offered == ["es", "en"]


def test_a_language_named_in_the_text_is_no_switcher():
    body = (
        "<header><a href='/'>Presidencia de Esterria</a></header>"
        "<div><h1>El Gobierno reabre la línea de ferry del estrecho de Tamsin</h1>"
        "<p>El horario se publica también en <a href='/horario-en'>English</a> y en "
        "sueco en el sitio de la naviera.</p></div>"
    )
    page = recognise(html(body, lang="es"), "ferry.html")
    assert page.languages_offered == []


RELEASE = (
    "Meetings Coverage and Press Releases\n\nSG/SM/9001\n\n4 November 2025\n\n"
    "Secretary-General\n\nFerries Keep Island Communities Alive, Secretary-General Says\n\n"
    "{lead}\n\nI thank the people of Vessa for their welcome.\n\n"
    "The ferry is the road of the islands, and it must run in every season.\n\n"
    "For information media. Not an official record.\n"
)


def test_a_release_whose_lead_introduces_someones_remarks_gives_their_words():
    lead = (
        "Following are Council of Nations Secretary-General Petra Lund's remarks to the "
        "Harlow Ferry Forum, in Vessa today:"
    )
    page = recognise(RELEASE.format(lead=lead).encode(), "sgsm.txt")
    assert (page.doc_type, page.speakers) == ("press_release", ["Petra Lund"])


def test_a_french_release_introducing_a_message_gives_its_speaker():
    lead = "On trouvera ci-après le texte du message du Secrétaire général, M. Jonas Varga :"
    page = recognise(RELEASE.format(lead=lead).encode(), "sgsm.txt")
    assert page.speakers == ["Jonas Varga"]


def test_a_release_about_someone_gives_no_ones_words():
    lead = "Council of Nations Secretary-General Petra Lund today welcomed the new ferry line."
    page = recognise(RELEASE.format(lead=lead).encode(), "sgsm.txt")
    assert (page.doc_type, page.speakers) == ("press_release", [])


# A ministry's text condemning an act: what its heading says decides its kind.
STANCE = (
    "L'Esterria condamne avec la plus grande fermeté l'incendie volontaire du poste-"
    "frontière de Vessa, qui n'a fait aucune victime.\n\n"
    "Elle demande aux autorités de Harlovie de faire toute la lumière sur cet acte.\n"
)


def test_a_text_taking_a_stance_under_a_topic_heading_is_a_statement():
    text = (
        "Ministère des Affaires étrangères d'Esterria\n\n"
        "Harlovie - Incendie du poste-frontière de Vessa (4 novembre 2025)\n\n"
    ) + STANCE
    assert recognise(text.encode(), "declaration.txt").doc_type == "statement"


def test_a_headline_reporting_the_stance_stays_a_news_text():
    text = (
        "Ministère des Affaires étrangères d'Esterria\n\n"
        "L'Esterria condamne l'incendie du poste-frontière de Vessa\n\n"
    ) + STANCE
    assert recognise(text.encode(), "communique.txt").doc_type == "press_release"


def test_the_place_the_markup_names_beside_the_date_line_is_the_dateline():
    body = (
        "<main><h1>Обращение к участникам форума паромных линий</h1>"
        "<p class='lead'>Павел Лунд обратился к участникам форума паромных линий.</p>"
        "<p class='read__place'>Весса</p>"
        "<time datetime='2025-11-04'>4 ноября 2025 года, 12:00</time>"
        "<p>Уважаемые друзья! Рад приветствовать вас в Вессе, где паром снова ходит "
        "каждый день.</p></main>"
    )
    head = '<meta property="article:published_time" content="2025-11-04T12:00:00+03:00">'
    page = recognise(html(body, lang="ru", head=head), "obrashchenie.html")
    assert (page.event_place, page.event_date.isoformat()) == ("Весса", "2025-11-04")


def test_everyone_a_joint_press_points_title_names_after_with_speaks():
    text = (
        "Joint press point with Ferry Union Secretary General Petra Lund and the Prime "
        "Minister of Esterria, Jonas Varga\n\n"
        "4 Nov. 2025\n\n"
        "SECRETARY GENERAL: Good afternoon. The ferry line will reopen this winter.\n\n"
        "PRIME MINISTER: Thank you, Petra. Esterria will pay for the new pier in Vessa.\n"
    )
    page = recognise(text.encode(), "press_point.txt")
    assert sorted(page.speakers) == ["Jonas Varga", "Petra Lund"]
