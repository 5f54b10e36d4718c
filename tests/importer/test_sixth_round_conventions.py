"""Conventions of the sixth round's shapes, each read as a person reads it (issue 14: pages
of sites the rules were not written on)."""

from legation.importer.recognise import recognise
from legation.importer.recognise.dates import PartialDate, stamp_line


def test_a_time_after_a_dash_beside_the_date_is_the_stamps_minute():
    page = recognise(
        (
            "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'></head><body><main>"
            "<h1>Tessavia abre un consulado en Puerto Lirio</h1>"
            "<p>Nota de prensa</p>"
            "<p>4 de noviembre de 2025 - 4:15 p. m.</p>"
            "<p>El ministerio abrió hoy un consulado en Puerto Lirio para atender a los "
            "camioneros que cruzan la frontera.</p>"
            "</main></body></html>"
        ).encode(),
        "nota.html",
    )
    assert page.published == PartialDate(2025, 11, 4, 16, 15)


def test_a_dash_before_words_is_no_time_of_the_stamp():
    assert stamp_line("4 November 2025 - 09:30") == PartialDate(2025, 11, 4, 9, 30)
    assert stamp_line("4 November 2025 - Speech") is None


NUMBERED_PRESS_CONFERENCE = (
    "Home page     Newsletter    Feedback   Weblinks\n"
    "Wednesday, November 4, 2026 Search\n"
    " Advanced Search\n\n"
    "The 21st Regular Press Conference (29 October 2026)\n\n"
    "I. ANNOUNCEMENTS\n"
    "1. The Foreign Minister of Tessavia to visit Aster (2 - 3 November 2026)\n"
    "The two ministers will sign the agreement on the Tamsin ferry.\n"
)


def test_the_masthead_clock_beside_the_search_box_is_not_the_title():
    page = recognise(NUMBERED_PRESS_CONFERENCE.encode(), "conference.txt")
    assert page.title == "The 21st Regular Press Conference (29 October 2026)"
    assert page.event_date == PartialDate(2026, 10, 29)
    assert page.published is None


def test_a_ministrys_numbered_regular_press_conference_is_its_briefing():
    page = recognise(NUMBERED_PRESS_CONFERENCE.encode(), "conference.txt")
    assert page.doc_type == "briefing"
    # Its agenda's "I. ANNOUNCEMENTS" and the minister an item announces are not the briefer.
    assert page.speakers == []


def test_the_briefers_a_third_person_report_names_are_its_speakers():
    text = (
        "Skip to main content\n\n"
        "REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE\n\n"
        "4 November 2026\n\n"
        "Ilse Moro, Director of the Information Service in Vessa, chaired the briefing, which "
        "was attended by the spokespersons for the Food Office and the Health Agency.\n\n"
        "Harvest in Tessavia\n\n"
        "Piet Halvorsen, for the Food Office (CNFO), said that the harvest had failed in the "
        "north.\n\n"
        "Dr. Lena Aas, for the Health Agency (CNHA), said that two clinics had reopened.\n\n"
        "The Committee against Torture, for its part, would close its session on Friday.\n"
    )
    page = recognise(text.encode(), "briefing.txt")
    assert page.doc_type == "briefing"
    assert sorted(page.speakers) == ["Ilse Moro", "Lena Aas", "Piet Halvorsen"]


def test_a_day_first_date_with_dashes_under_the_title_is_the_stamp():
    text = (
        "> home > Salle de presse > Articles d'actualité > Novembre 2026 > Visite à Vessa\n\n"
        "Article d'actualité\n"
        "Visite de la ministre à Vessa\n"
        "04-11-2026\n\n"
        "La ministre des Affaires étrangères s'est rendue à Vessa pour préparer le sommet.\n"
    )
    page = recognise(text.encode(), "actualite.txt")
    assert page.published == PartialDate(2026, 11, 4)
