"""The country a mission is in, as an ISO 3166 code.

The model has no country field: a mission is a site whose time zone is where it works. IANA's
zone table names the country of every zone (Europe/London → GB), so the country of a mission
is the country of its site's time zone. The table ships with the time-zone data that zoneinfo
already reads (the system's or the tzdata package's); it is read here rather than kept as a
list of our own so that it follows tzdata's updates.
"""

import zoneinfo
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def country_by_zone():
    """{"Europe/London": "gb", …}, from zone.tab: one country for each zone."""
    countries = {}
    for line in _zone_table().splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone, *_comment = line.split("\t")
            countries[zone] = code.lower()
    return countries


def country_of(zone_name):
    return country_by_zone().get(zone_name)


def _zone_table():
    for directory in zoneinfo.TZPATH:
        table = Path(directory) / "zone.tab"
        if table.is_file():
            return table.read_text(encoding="utf-8")
    return resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
