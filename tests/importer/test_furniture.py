"""Language switchers and page furniture."""

import pytest

from legation.importer.recognise import recognise
from legation.importer.recognise.furniture import (
    breadcrumb,
    is_furniture,
    split_lines,
    switcher_codes,
    take_navigation,
)


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1", ["de-DE", "en-GB", "es-ES", "ru-RU", "fr-FR"]),
        ("EN | RU | DE", ["en", "ru", "de"]),
        ("English Русский Deutsch", ["en", "ru", "de"]),
        ("de la", None),
        ("The talks went well", None),
    ],
)
def test_switcher_lines(line, codes):
    assert switcher_codes(line) == codes


def test_a_switcher_in_a_column_is_one_switcher():
    text = "Statement on the strait\n\n• de-DE1\n• en-GB1\n• ru-RU\n\nThe ministry calls for calm."
    assert recognise(text.encode(), "page.txt").languages_offered == ["de-DE", "en-GB", "ru-RU"]


@pytest.mark.parametrize(
    "line",
    ["all messages", "Все сообщения", "Web Content Display", "Версия для печати", "Imprimer",
     "1 2 3 … 10 »", "Page 2 of 7"],
)  # fmt: skip
def test_furniture(line):
    assert is_furniture(line)


# The masthead and navigation of real sites, above the document (issue 14).

MASTHEAD_AND_CRUMBS = """Skip to main content
Ministry of Foreign Affairs of Velmora
Accept all cookies  Refuse optional cookies
Home > Press > Speeches
Speech by Minister Irena Dovask at the Harbour Forum
12 March 2026
Ladies and gentlemen, the northern sea has joined our peoples for a thousand years.
"""

MASTHEAD_AND_MENU = """Willkommen auf den Seiten des Außenministeriums von Velmora
Zum Hauptinhalt springen
Startseite
Newsroom
Reden
Rede von Außenministerin Dovask bei der Eröffnung des Hafenforums in Lindhaven
13.04.2026 - Rede
Außenministerin Dovask warb in Lindhaven für eine ständige Verbindung der Küstenwachen.
"""


def test_skip_links_and_cookie_notices_are_furniture():
    assert is_furniture("Skip to main content")
    assert is_furniture("Zum Hauptinhalt springen")
    assert is_furniture("Aller au contenu principal")
    assert is_furniture("Accept all cookies  Refuse optional cookies")
    assert not is_furniture(
        "Skipper Jens Alvin told the court that the crew had been held for weeks."
    )


def test_a_breadcrumb_line_ends_the_masthead_and_names_the_section():
    lines, crumbs = take_navigation(split_lines(MASTHEAD_AND_CRUMBS))
    assert lines[0] == "Speech by Minister Irena Dovask at the Harbour Forum"
    assert crumbs == ["Speeches", "Press"]


def test_a_title_with_a_slash_is_not_a_breadcrumb():
    assert breadcrumb("Velmora / Lindmark: joint statement on the strait") is None


def test_a_menu_column_from_the_home_page_ends_the_masthead():
    lines, crumbs = take_navigation(split_lines(MASTHEAD_AND_MENU))
    assert lines[0].startswith("Rede von Außenministerin Dovask")
    assert crumbs == ["Reden", "Newsroom"]


def test_the_site_name_is_never_the_title_and_the_date_beside_the_kind_is_the_stamp():
    english = recognise(MASTHEAD_AND_CRUMBS.encode(), "speech.txt")
    german = recognise(MASTHEAD_AND_MENU.encode(), "rede.txt")

    assert english.title == "Speech by Minister Irena Dovask at the Harbour Forum"
    assert german.title.startswith("Rede von Außenministerin Dovask")
    assert (german.doc_type, german.published.isoformat()) == ("speech", "2026-04-13")
    assert german.evidence["published"].rule == "the date beside the kind under the title"


def test_the_breadcrumb_names_the_kind_when_the_title_does_not():
    page = MASTHEAD_AND_CRUMBS.replace("Speech by Minister", "Minister")
    parsed = recognise(page.encode(), "speech.txt")
    assert parsed.doc_type == "speech"
    assert parsed.evidence["doc_type"].source == "the breadcrumb line"


def test_a_type_label_and_a_dateline_over_the_title_are_not_the_title():
    page = (
        "Skip to main content\nHome > Transcripts\nTranscript\nDoorstop interview, Port Sel\n"
        "Jueves 12 de marzo de 2026\n"
        "Journalist: Minister, when will the crew be home? Minister: Within the week, I hope.\n"
    )
    parsed = recognise(page.encode(), "doorstop.txt")

    assert parsed.title == "Doorstop interview, Port Sel"
    assert parsed.published.isoformat() == "2026-03-12"  # the weekday before the date aside


def test_a_dateline_above_the_title_is_not_the_title():
    page = (
        "Startseite / Presse / Aussendungen\nAster, 4. März 2026\n"
        "Außenministerin Dovask fordert die Freilassung der Seeleute\n"
        "Mit Nachdruck fordert Außenministerin Irena Dovask die Freilassung der elf Seeleute.\n"
    )
    assert recognise(page.encode(), "a.txt").title == (
        "Außenministerin Dovask fordert die Freilassung der Seeleute"
    )


def test_a_kinds_name_continued_on_the_next_line_is_one_title():
    page = (
        "Home > News\nSpeech\nby Alliance Secretary General Jonas Brekke at the Harbour Forum\n"
        "12 March 2026\nLadies and gentlemen, the northern sea has joined our peoples.\n"
    )
    parsed = recognise(page.encode(), "speech.txt")
    assert parsed.title == "Speech by Alliance Secretary General Jonas Brekke at the Harbour Forum"
    assert parsed.doc_type == "speech"


def test_a_dateline_opening_the_text_or_over_the_title_gives_the_event():
    opening = (
        "Home > Communiqués\nVelmora soutient les familles de pêcheurs des îles Sel\n"
        "Aster, 12.02.2026 - Velmora met à disposition deux millions de francs.\n"
        "L'aide sera distribuée par la Croix-Rouge locale.\n"
    )
    above = (
        "Startseite / Presse / Aussendungen\nAster, 4. März 2026\n"
        "Außenministerin Dovask fordert die Freilassung der Seeleute\n"
        "Mit Nachdruck fordert Außenministerin Irena Dovask die Freilassung der elf Seeleute.\n"
    )
    first = recognise(opening.encode(), "a.txt")
    second = recognise(above.encode(), "b.txt")

    assert (first.event_place, first.event_date.isoformat()) == ("Aster", "2026-02-12")
    assert first.lead == "Velmora met à disposition deux millions de francs."
    assert (second.event_place, second.event_date.isoformat()) == ("Aster", "2026-03-04")


@pytest.mark.parametrize(
    "line",
    ["x: abre ventana nueva", "Enviar por correo: abre ventana nueva",
     "Facebook (opens in a new window)", "Drucken (öffnet in neuem Fenster)"],
)  # fmt: skip
def test_a_link_saying_it_opens_a_new_window_is_furniture(line):
    assert is_furniture(line)
