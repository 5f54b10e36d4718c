"""Homepage candidates for the mission's settings, in several languages."""

import datetime

import pytest

from legation.importer.recognise import recognise
from legation.importer.recognise.widgets import counter_in

from .conftest import FIXTURES


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("966 days have passed since the incident - no answer", 966),
        ("Прошло 420 дней с момента задержания судна", 420),
        ("420 Tage sind vergangen seit der Festnahme", 420),
        ("420 jours se sont écoulés depuis l'arrestation", 420),
        ("Han pasado 420 días desde la detención", 420),
    ],
)
def test_counters_in_five_languages(line, days):
    assert counter_in(line)[0] == days


def test_counter_message_stops_at_the_dash():
    assert counter_in("966 days have passed since the incident - no answer")[1] == "the incident"


def test_russian_homepage_candidates():
    path = FIXTURES / "ru_homepage.txt"
    page = recognise(path.read_bytes(), path.name)
    widgets = page.widgets
    assert [(clock.city, clock.zone) for clock in widgets.clocks] == [
        ("Весса", None),
        ("Мадрид", "Europe/Madrid"),
    ]
    assert widgets.crawl_date == datetime.date(2021, 4, 5)
    assert widgets.contacts[0].label == "Консульский отдел"
    assert widgets.counters[0].start_date == datetime.date(2021, 4, 5) - datetime.timedelta(420)
    assert page.featured_title.startswith("Выступление")
    assert page.listing_items[0].lead.startswith("Мы вновь")


def test_clocks_crawled_onto_one_line():
    text = (
        "25 October 2020 Vessa: 03:14 Madrid: 01:14\n\n"
        "966 days have passed since the detention of the trawler\n\n"
        "21.10.2020 - Comment on the detention\n\n20.10.2020 - Statement on the strait\n"
    )
    page = recognise(text.encode(), "home.txt")
    assert page.site_kind == "homepage"
    assert [clock.city for clock in page.widgets.clocks] == ["Vessa", "Madrid"]
    assert page.widgets.counters[0].start_date == datetime.date(2018, 3, 4)
