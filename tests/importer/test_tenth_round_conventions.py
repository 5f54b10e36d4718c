"""Conventions of the tenth round's shapes, each read as a person reads it (issue 14: pages of
sites the rules were not written on), and the stamp vocabulary made general: how sites label
the publication date in the five languages, not one label per shape."""

import pytest

from legation.importer.recognise import recognise
from legation.importer.recognise.dates import PartialDate

TEXTS = {
    "en": "The Minister received her counterpart from Coravia today.",
    "de": "Die Ministerin empfing heute ihren Amtskollegen aus Coravia.",
    "fr": "La ministre a reçu aujourd'hui son homologue de Coravie.",
    "es": "La ministra recibió hoy a su par de Coravia.",
    "ru": "Министр сегодня принял коллегу из Коравии.",
}


def read(text, name="page.txt"):
    return recognise(text.encode(), name)


def page_with_stamp(stamp, language):
    return read(
        f"Velmora\n\nMinister receives her counterpart from Coravia\n\n{stamp}\n\n"
        f"{TEXTS[language]}\n"
    )


# The labels of the act, of its noun, with a preposition or a colon or neither, a weekday
# after the label, a time after the date; in each of the five languages.
STAMPS = [
    ("en", "Posted on March 12, 2026"),
    ("en", "Posted on Thursday, March 12, 2026"),
    ("en", "Date published: 12 March 2026"),
    ("en", "Date posted: 12/03/2026"),
    ("en", "Publication date: 12 March 2026"),
    ("en", "Date of publication: 12 March 2026"),
    ("en", "Released on 12 March 2026"),
    ("en", "Release date: 12 March 2026"),
    ("en", "Date of issue: 12 March 2026"),
    ("en", "First published 12 March 2026"),
    ("de", "Publiziert am 12.03.2026"),
    ("de", "Publiziert am Donnerstag, 12. März 2026"),
    ("de", "Veröffentlichungsdatum: 12.03.2026"),
    ("de", "Datum der Veröffentlichung: 12.03.2026"),
    ("de", "Erscheinungsdatum: 12.03.2026"),
    ("de", "Eingestellt am 12.03.2026"),
    ("de", "Online seit 12.03.2026"),
    ("fr", "Publiée le 12 mars 2026"),
    ("fr", "Mis en ligne le 12 mars 2026"),
    ("fr", "Date de mise en ligne : 12/03/2026"),
    ("fr", "Paru le 12 mars 2026"),
    ("fr", "Diffusé le 12 mars 2026"),
    ("fr", "Publié le jeudi 12 mars 2026"),
    ("es", "Publicada el 12 de marzo de 2026"),
    ("es", "Publicado el jueves 12 de marzo de 2026"),
    ("es", "Fecha de emisión: 12/03/2026"),
    ("es", "Emitido el 12 de marzo de 2026"),
    ("ru", "Дата размещения: 12.03.2026"),
    ("ru", "Размещено 12.03.2026"),
    ("ru", "Опубликован 12 марта 2026 года"),
]


@pytest.mark.parametrize(("language", "stamp"), STAMPS)
def test_a_stamp_labelled_in_any_of_the_sites_words_is_the_publication(language, stamp):
    assert page_with_stamp(stamp, language).published == PartialDate(2026, 3, 12)


@pytest.mark.parametrize(
    ("language", "stamp"),
    [
        ("en", "Published 12 March 2026, last updated 14 March 2026"),
        ("en", "12 March 2026 | Last updated 14 March 2026"),
        ("de", "Veröffentlicht am 12.03.2026, aktualisiert am 14.03.2026"),
        ("fr", "Publié le 12 mars 2026, mis à jour le 14 mars 2026"),
        ("es", "Publicado el 12/03/2026 - Actualizado el 14/03/2026"),
        ("ru", "Опубликовано: 12.03.2026, обновлено: 14.03.2026"),
    ],
)
def test_a_last_change_after_the_stamp_on_its_line_leaves_the_publication(language, stamp):
    assert page_with_stamp(stamp, language).published == PartialDate(2026, 3, 12)


def test_the_german_uhr_after_the_stamps_time():
    page = page_with_stamp("Veröffentlicht am 12.03.2026 um 14:30 Uhr", "de")
    assert page.published == PartialDate(2026, 3, 12, 14, 30)


def test_a_labelled_stamp_closed_by_the_russian_years_abbreviation_is_no_turn():
    page = page_with_stamp("Дата публикации: 12 марта 2026 г.", "ru")
    assert page.published == PartialDate(2026, 3, 12)


def test_a_last_edit_labelled_at_the_foot_is_not_the_publication():
    page = read(
        "Velmora übernimmt den Vorsitz der Küstenstaatenkonferenz\n\n"
        "Die Ministerin empfing heute ihren Amtskollegen aus Coravia in Aster.\n\n"
        "Die Konferenz vereint elf Staaten am nördlichen Meer.\n\n"
        "Letzte Änderung 03.03.2026\n"
    )
    assert page.published is None


ADVISORY = (
    "Welcome to the Department of External Relations & Cooperation\n\n"
    "Minister Okafor-Reyes to brief the media on the Council of Nations summit\n\n"
    "Media Advisory\n16 March 2026\n\n"
    "The Minister of External Relations and Cooperation will brief the media on the "
    "preparations for the summit of the Council of Nations.\n\n"
    "The briefing will take place as follows:\n\n"
    "Date: Wednesday, 18 March 2026\nVenue: Department Media Centre, Aster\n"
    "Time: 10h30 for 11h00\n\n"
    "Members of the media are requested to confirm their attendance.\n"
)


def test_an_advisorys_date_and_venue_fields_are_the_event_not_a_list():
    page = read(ADVISORY)
    assert page.site_kind == "article"
    assert page.published == PartialDate(2026, 3, 16)
    assert (page.event_place, page.event_date) == ("Aster", PartialDate(2026, 3, 18))


def test_a_ministrys_media_statement_type_is_its_press_release():
    page = read(
        "Welcome to the Department of External Relations & Cooperation\n\n"
        "Minister Okafor-Reyes receives the Foreign Minister of Norvalle\n\n"
        "Media Statement\n12 March 2026\n\n"
        "The Minister of External Relations and Cooperation, Ms Thandeka Okafor-Reyes, today "
        "received the Minister of Foreign Affairs of Norvalle, Ms Sofia Arlund, in Aster.\n"
    )
    assert page.doc_type == "press_release"
    assert page.speakers == []


def test_a_government_services_lower_case_tag_after_the_place_with_the_weekday_before_the_day():
    page = read(
        "Regierungschef Ammann empfängt die Premierministerin von Lindmark in Aster\n\n"
        "Medienmitteilung\nPubliziert am 11.03.2026\n\n"
        "Aster (ikr) – Regierungschef Lukas Ammann hat am Mittwoch, 11. März 2026, die "
        "Premierministerin von Lindmark, Karin Holmqvist, zu einem Arbeitsgespräch empfangen.\n"
    )
    assert (page.event_place, page.event_date) == ("Aster", PartialDate(2026, 3, 11))


def test_a_titles_closing_dateline_names_the_city_before_its_country():
    page = read(
        "Address by Ms Thandeka Okafor-Reyes, Minister of External Relations and Cooperation, "
        "at the Budget Vote debate, in Parliament, Aster, Velmora, 10 March 2026\n\n"
        "Honourable Speaker, Honourable Members, we table this budget at a demanding moment "
        "for the Council of Nations and for our region.\n"
    )
    assert (page.event_place, page.event_date) == ("Aster", PartialDate(2026, 3, 10))


def test_le_presidents_label_is_the_head_of_state_the_journalist_introduces():
    page = read(
        "Entretien du Président de la République avec Radio Aster Inter\n\n"
        "Aster, mardi 10 mars 2026\n\n"
        "Claire DORVAL : Bonjour. Nous recevons ce matin le chef de l'État, Marc AUBERTIN. "
        "Monsieur le Président, les marins de Port-Sel sont-ils libres ?\n\n"
        "LE PRÉSIDENT : Ils le seront d'ici la fin de la semaine.\n\n"
        "Claire DORVAL : Faut-il revoir l'accord de pêche ?\n\n"
        "LE PRÉSIDENT : Il faut d'abord le faire respecter.\n"
    )
    assert sorted(page.speakers) == ["Claire DORVAL", "Marc AUBERTIN"]


def test_a_place_line_closing_with_city_is_a_place_not_a_topic_nor_a_name():
    page = read(
        "Minister opens the new port terminal\n\n12 March 2026\nVessa City\n\n"
        "The Minister of Foreign Affairs opened the new terminal of the port today, with her "
        "counterpart from Coravia.\n"
    )
    assert (page.event_place, page.event_date) == ("Vessa City", PartialDate(2026, 3, 12))


@pytest.mark.parametrize("topic", ["Торговля", "Регулирование", "Развитие", "Инфраструктура"])
def test_a_russian_topic_tag_under_the_date_is_no_place(topic):
    page = read(
        "Евразийская комиссия\n\nВ.Ламанов провёл переговоры с министром Коравии\n\n"
        f"12.03.2026\n{topic}\n\n"
        "Член Коллегии провёл переговоры с министром торговли Коравии о таможенных правилах.\n"
    )
    assert page.event_place is None


def test_two_given_names_then_the_surname_in_capitals_are_one_name():
    page = read(
        "Discours de Madame Awa Ndour FAYE, Ministre des Affaires étrangères, à l'ouverture "
        "de la Conférence des Ambassadeurs\n\nAster, le 5 janvier 2026\n\n"
        "Mesdames et Messieurs les Ambassadeurs, je vous souhaite une excellente année et je "
        "vous présente la feuille de route de notre diplomatie.\n"
    )
    assert page.speakers == ["Awa Ndour FAYE"]


def test_list_items_whose_date_line_names_the_office_after_a_middle_dot():
    items = [
        ("Regierungschef Ammann empfängt die Premierministerin von Lindmark", 11,
         "Ministerium für Präsidiales und Finanzen"),
        ("Stellungnahme der Regierung zum Bericht des Rates der Nationen", 9,
         "Ministerium für Äusseres, Bildung und Sport"),
        ("Regierungschef Ammann im Interview mit dem «Aster Volksblatt»", 7,
         "Ministerium für Präsidiales und Finanzen"),
    ]  # fmt: skip
    listed = "".join(f"{title}\n{day:02d}.03.2026 · {office}\n\n" for title, day, office in items)
    page = read(
        f"Startseite > Medien\n\nMedienmitteilungen\n\n{listed}Weitere Medienmitteilungen\n"
    )
    assert page.site_kind == "listing"
    assert [(item.date.day, item.title) for item in page.listing_items] == [
        (day, title) for title, day, _ in items
    ]
