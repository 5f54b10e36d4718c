"""Dates, times and numbers as each language writes them, in the site's time zone."""

import datetime
import zoneinfo

import pytest
from django.utils import translation

from legation.core import formats

from .conftest import translate

MOMENT = datetime.datetime(2021, 5, 12, 19, 50, tzinfo=datetime.UTC)
MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        ("en-gb", "12 May 2021 22:50"),
        ("ru-ru", "12 мая 2021 22:50"),
        ("de-de", "12. Mai 2021 22:50"),
        ("es-es", "12 de mayo de 2021 22:50"),
        ("fr-fr", "12 mai 2021 22:50"),
    ],
)
def test_publication_stamp(language_code, expected):
    assert formats.stamp(MOMENT, MOSCOW, language_code) == expected


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        ("en-gb", "12 May 2021"),
        ("ru-ru", "12 мая 2021"),
        ("de-de", "12. Mai 2021"),
        ("es-es", "12 de mayo de 2021"),
        ("fr-fr", "12 mai 2021"),
    ],
)
def test_long_date(language_code, expected):
    assert formats.long_date(MOMENT.date(), language_code) == expected


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        ("en-gb", "12,345"),
        ("ru-ru", "12\xa0345"),
        ("de-de", "12.345"),
        ("es-es", "12.345"),
        ("fr-fr", "12\u202f345"),
    ],
)
def test_number(language_code, expected):
    assert formats.number(12345, language_code) == expected


def test_the_active_language_is_the_default(db):
    with translation.override("de-de"):
        assert formats.stamp(MOMENT, MOSCOW) == "12. Mai 2021 22:50"


def test_each_version_of_a_document_stamps_it_in_its_language(client, ministry, statement):
    translate(ministry, "ru-ru")
    translate(ministry.archive, "ru-ru")
    translate(statement, "ru-ru")

    english = client.get("/en-gb/archive/harbour-agreement/").content.decode()
    russian = client.get("/ru-ru/archive/harbour-agreement/").content.decode()

    assert "12 May 2021 22:50" in english
    assert "12 мая 2021 22:50" in russian
