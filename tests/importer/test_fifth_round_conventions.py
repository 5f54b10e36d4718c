"""Conventions found on the fifth round of real sites' shapes (issue 14): a head of state's
office in French, an Asian ministry's board pages, a continental union, a South American
Cancillería and a council of ministers' press pages. Each test fails without its rule."""

import pytest

from legation.importer.recognise import recognise

TEXT = (
    "Les deux pays ont convenu de rouvrir la ligne de ferry entre Vessa et Port-Tamsin "
    "avant la fin de l'année, et de coordonner leurs garde-côtes dans le détroit."
)
EN_TEXT = (
    "The two countries agreed to reopen the ferry line between Vessa and Port Tamsin before "
    "the end of the year and to coordinate their coast guards in the strait."
)


def read(text):
    return recognise(text.encode(), "page.txt")


def test_a_date_beside_a_delivery_mark_over_the_title_is_the_stamp():
    page = read(
        "Présidence de la République d'Esterria\n\n"
        "4 novembre 2025 - Seul le prononcé fait foi\n\n"
        "Télécharger le .pdf\n\n"
        "Déclaration du Président de la République sur le détroit de Tamsin\n\n"
        f"Mes chers compatriotes,\n\n{TEXT}\n"
    )
    assert page.title == "Déclaration du Président de la République sur le détroit de Tamsin"
    assert page.published.isoformat() == "2025-11-04"


def test_a_name_line_with_the_surname_in_capitals_gives_the_statements_speaker():
    page = read(
        "Déclaration du Président de la République sur le détroit de Tamsin\n\n"
        f"Paul VERNIER\n\nMes chers compatriotes,\n\n{TEXT}\n"
    )
    assert (page.doc_type, page.speakers) == ("statement", ["Paul VERNIER"])


def test_a_journalist_putting_questions_to_a_role_label_is_the_interviewer():
    page = read(
        "Entretien du Président de la République avec Radio Vessa\n\n"
        "Jeanne MOREL : Bonjour. Les marins de Port-Tamsin rentreront-ils cette semaine ?\n\n"
        "LE PRÉSIDENT : Oui, ils seront à Vessa vendredi.\n\n"
        "Jeanne MOREL : Et la ligne de ferry, quand rouvrira-t-elle ?\n\n"
        "LE PRÉSIDENT : Avant la fin de l'année, comme nous l'avons convenu.\n"
    )
    assert page.qa_turns == 2
    assert page.speakers == ["Jeanne MOREL"]


@pytest.mark.parametrize(
    ("opening", "place", "date"),
    [
        ("Vessa, 4 de noviembre de 2025. El Ministerio", "Vessa", "2025-11-04"),
        ("Vessa (Esterria), le 4 novembre 2025 – Le Ministère", "Vessa", "2025-11-04"),
        ("Vessa, Esterria 4 November 2025- The Ministry", "Vessa", "2025-11-04"),
        ("4 November 2025, Vessa: The Ministry", "Vessa", "2025-11-04"),
        ("Port Tamsin (nov. 4/25). El Ministerio", "Port Tamsin", "2025-11-04"),
        ("Vessa, Palais du Gouvernement – Mardi 4 novembre 2025\n\nThe", "Vessa", "2025-11-04"),
    ],
)
def test_datelines_opening_the_text(opening, place, date):
    page = read(f"Ferry line between Vessa and Port Tamsin to reopen\n\n{opening} {EN_TEXT}\n")
    assert (page.event_place, page.event_date.isoformat()) == (place, date)


def test_a_dateline_under_the_date_a_number_line_and_the_heading_printed_again():
    page = read(
        "Ferry line between Vessa and Port Tamsin to reopen\n\n"
        "November 4, 2025\n\nPRESS RELEASE Nº41/FERRY SUMMIT\n\n"
        "Ferry line between Vessa and Port Tamsin to reopen\n\n"
        f"Vessa, Esterria 4 November 2025- {EN_TEXT}\n"
    )
    assert page.published.isoformat() == "2025-11-04"
    assert (page.event_place, page.event_date.isoformat()) == ("Vessa", "2025-11-04")
    assert page.doc_type == "press_release"


def test_a_meetings_title_closing_with_its_date_is_no_dateline():
    page = read(f"Ferry Council, 4 November 2025\n\nMain results\n\n{EN_TEXT}\n")
    assert page.title == "Ferry Council, 4 November 2025"
    assert page.event_place is None


def test_a_sites_motto_over_the_title_is_not_the_title():
    page = read(
        f"A Free, Open and Safe Tamsin Strait.\n\n"
        f"Statement of the Chairperson on the ferry line\n\n{EN_TEXT}\n"
    )
    assert page.title == "Statement of the Chairperson on the ferry line"


def test_a_title_printed_over_its_date_and_again_under_it_is_an_article_not_a_list():
    page = read(
        "Top Slides\n\nStatement of the Chairperson on the ferry line\n\n"
        "Statement of the Chairperson on the ferry line\n\n"
        "November 4, 2025\n"
        "Statement of the Chairperson on the ferry line\n\n"
        f"{EN_TEXT}\n\n{EN_TEXT}\n\n"
        "Topic Resources\n\nOctober 20, 2025\n\nA year of the ferry programme in review.\n\n"
        "September 2, 2025\n\nThe coast guards' training plan for the strait.\n"
    )
    assert page.site_kind == "article"
    assert page.published.isoformat() == "2025-11-04"
    assert EN_TEXT in page.lead


LIST_ITEMS = [
    ("2025-11-04", "Ferry line between Vessa and Port Tamsin to reopen this winter"),
    ("2025-11-02", "40th session of the Ferry Council opens in Vessa with nine ministers"),
    ("2025-10-30", "Coast guards of the two countries hold their first joint exercise"),
]


def test_list_items_of_title_date_and_lead_under_a_count_and_over_a_worded_pager():
    items = "".join(
        f"{title}\n{date[8:10]}.{date[5:7]}.{date[:4]}\nThe ministers met in Vessa on the day.\n\n"
        for date, title in LIST_ITEMS
    )
    page = read(f"Press Releases\n\nDisplaying 1 - 10 of 84\n\n{items}1 2 3 next › last »\n")
    assert page.site_kind == "listing"
    assert page.title == "Press Releases"
    assert [(item.date.isoformat(), item.title) for item in page.listing_items] == LIST_ITEMS


def test_list_items_with_a_type_line_between_the_date_and_the_title():
    items = "".join(
        f"{date[8:10]}.{date[5:7]}.{date[:4]}\nPressemitteilung\n{title}\n\n"
        for date, title in LIST_ITEMS
    )
    page = read(f"Pressemitteilungen\n\n{items}Weitere laden\n")
    assert [(item.date.isoformat(), item.title) for item in page.listing_items] == LIST_ITEMS


def test_a_boards_field_labels_and_view_counter_give_the_stamp_and_no_place():
    page = read(
        "본문 바로가기\nKOR\n\nPress Briefings\n\n"
        "Spokesperson's Press Briefing (November 4, 2025)\n\n"
        "Date\n2025-11-04\nHit\n731\n\nPress Briefing\n"
        "Spokesperson and Deputy Minister for Public Relations Mina Roh\n"
        f"Nov. 4, 2025 14:30 EST\n\nGood afternoon. {EN_TEXT}\n"
    )
    assert page.title == "Spokesperson's Press Briefing (November 4, 2025)"
    assert page.published.isoformat() == "2025-11-04"
    assert (page.event_place, page.event_date.isoformat()) == (None, "2025-11-04")
    assert page.languages_offered == ["en", "ko"]


def test_a_row_of_the_unions_official_language_codes_is_a_switcher():
    row = "BG ES CS DA DE ET EL EN FR GA HR IT LV LT HU MT NL PL PT RO SK SL FI SV"
    page = read(f"Ferry Council\n\n{row}\n\nFerry line to reopen\n\n{EN_TEXT}\n")
    assert len(page.languages_offered) == 24
    assert {"ga", "mt", "el", "fi"} <= set(page.languages_offered)


def test_a_date_line_and_a_time_line_over_the_title_make_one_stamp():
    page = read(f"Press release\n4 November 2025\n14:30\n\nFerry line to reopen\n\n{EN_TEXT}\n")
    assert page.title == "Ferry line to reopen"
    assert page.published.isoformat() == "2025-11-04T14:30"
