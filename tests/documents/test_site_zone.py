"""Dates are the site's, not UTC's: the list date, the year and month filters, the year list and
the publication stamp, each at a moment when the site's date is not UTC's.

23:30 UTC on the last day of a year (and of a month) is already the next day in Vilnius
(UTC+2); 01:30 UTC on the first is still the day before in Buenos Aires (UTC−3). Each test
runs in both, so computing any of these in UTC fails one of them.
"""

import datetime
import re

import pytest
from lxml import html

from tests.utils.builders import MINISTRY_HOST, add_document, make_kind, make_ministry

pytestmark = pytest.mark.django_db
UTC = datetime.UTC

# zone, moment (UTC), the site's date and time at that moment
NEW_YEAR = [
    pytest.param(
        "Europe/Vilnius",
        datetime.datetime(2025, 12, 31, 23, 30, tzinfo=UTC),
        datetime.datetime(2026, 1, 1, 1, 30),
        id="east-of-utc",
    ),
    pytest.param(
        "America/Argentina/Buenos_Aires",
        datetime.datetime(2026, 1, 1, 1, 30, tzinfo=UTC),
        datetime.datetime(2025, 12, 31, 22, 30),
        id="west-of-utc",
    ),
]
MONTH_END = [
    pytest.param(
        "Europe/Vilnius",
        datetime.datetime(2026, 4, 30, 23, 30, tzinfo=UTC),  # summer time: UTC+3
        datetime.datetime(2026, 5, 1, 2, 30),
        id="east-of-utc",
    ),
    pytest.param(
        "America/Argentina/Buenos_Aires",
        datetime.datetime(2026, 5, 1, 1, 30, tzinfo=UTC),
        datetime.datetime(2026, 4, 30, 22, 30),
        id="west-of-utc",
    ),
]


def site_with_document_at(zone, moment):
    ministry, archive = make_ministry(time_zone=zone)
    document = add_document(archive, "Statement at midnight", make_kind("statement"), moment)
    return ministry, archive, document


def page(client, path):
    response = client.get(path, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200, path
    return html.fromstring(response.content)


def listed_titles(client, query):
    tree = page(client, f"/en-gb/news/{query}")
    return [title.text for title in tree.xpath("//h2[@class='document-list__title']/a")]


@pytest.mark.parametrize(("zone", "moment", "local"), NEW_YEAR + MONTH_END)
def test_the_home_lists_the_document_under_the_sites_date(client, zone, moment, local):
    site_with_document_at(zone, moment)
    tree = page(client, "/en-gb/")
    item = tree.xpath("//section[@class='latest']//*[@class='document-list__title']")[0]
    assert item.xpath("string(time)") == local.strftime("%d.%m.%Y")
    assert item.xpath("string(time/@datetime)").startswith(local.strftime("%Y-%m-%dT%H:%M:00"))


@pytest.mark.parametrize(("zone", "moment", "local"), NEW_YEAR)
def test_the_year_filter_and_the_year_list_use_the_sites_year(client, zone, moment, local):
    site_with_document_at(zone, moment)
    assert listed_titles(client, f"?year={local.year}") == ["Statement at midnight"]
    utc_year = moment.year
    assert listed_titles(client, f"?year={utc_year}") == []
    years = page(client, "/en-gb/news/").xpath("//select[@name='year']/option/@value")
    assert years == ["", str(local.year)]


@pytest.mark.parametrize(("zone", "moment", "local"), MONTH_END)
def test_the_month_filter_uses_the_sites_month(client, zone, moment, local):
    site_with_document_at(zone, moment)
    assert listed_titles(client, f"?year=2026&month={local.month}") == ["Statement at midnight"]
    assert listed_titles(client, f"?year=2026&month={moment.month}") == []


@pytest.mark.parametrize(("zone", "moment", "local"), NEW_YEAR + MONTH_END)
def test_the_publication_stamp_is_in_the_sites_zone(client, zone, moment, local):
    _ministry, _archive, document = site_with_document_at(zone, moment)
    tree = page(client, document.url)
    stamp = tree.xpath("//p[@class='document__stamp']/time")[0]
    assert stamp.text == f"{local.day} {local:%B %Y %H:%M}"
    # The machine-readable moment names the same instant, to the second.
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", stamp.get("datetime"))
    assert datetime.datetime.fromisoformat(stamp.get("datetime")) == moment
