"""Every public channel, as the addresses a reader (or a crawler, or a client) would fetch.

A channel is a name and a function of the world and one probe giving (host, path) pairs. A
channel built later joins the suite with one line at the end of this file, e.g.
`CHANNELS.append(Channel("feeds", lambda world, probe: [(MINISTRY_HOST, "/en-gb/feed/")]))`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from tests.alerts.channel import subscribe_pages
from tests.exports.channel import bulk_data_files
from tests.feeds.channel import feed_addresses
from tests.search.channel import search_addresses

from .api_channels import api_addresses
from .discovery_channels import sitemaps_and_robots
from .parallel_channel import side_by_side
from .world import MINISTRY_HOST, MINISTRY_LANGUAGES, MISSION_HOST


@dataclass(frozen=True)
class Channel:
    name: str
    addresses: Callable


def own_addresses(world, probe):
    """The document's address in every language of its site, the missing ones included."""
    return [(MINISTRY_HOST, f"/{code}/news/{probe.slug}/") for code in MINISTRY_LANGUAGES]


def listings(world, probe):
    filters = [
        "",
        "?kind=statement",
        "?year={year}",
        "?person=vera-anders",
        "?organisation=council-of-nations",
        f"?person=ada-{probe.marker.lower()}",
        f"?organisation={probe.marker.lower()}-assembly",
    ]
    return [
        (host, f"/{code}/news/" + query.format(year=world.year_of(probe, host, code)))
        for host, code in world.homes()
        for query in filters
    ]


def homes(world, probe):
    return [(host, f"/{code}/") for host, code in world.homes()]


def people_and_organisations(world, probe):
    paths = [
        "people/vera-anders/",
        "organisations/council-of-nations/",
        f"people/ada-{probe.marker.lower()}/",
        f"organisations/{probe.marker.lower()}-assembly/",
    ]
    return [(host, f"/{code}/{path}") for host, code in world.homes() for path in paths]


def live_pages_pointing_at_it(world, probe):
    """The live companion's rich-text links and additional materials, in each language."""
    return [(MINISTRY_HOST, f"/{code}/news/companion-statement/") for code in ("en-gb", "ru-ru")]


def files(world, probe):
    return [(host, address) for address in probe.files for host in (MINISTRY_HOST, MISSION_HOST)]


def error_pages(world, probe):
    return [
        (MINISTRY_HOST, f"/fr-fr/news/{probe.slug}/"),  # a language the ministry has no tree in
        (MISSION_HOST, f"/en-gb/news/{probe.slug}/"),  # another site
        (MINISTRY_HOST, f"/en-gb/news/{probe.slug}/missing/"),
    ]


def dead_previews(world, probe):
    """Embargoed previews a reader may hold but may no longer open: a revoked link, and a
    token that never was (a live link shows its recipient the text, as it should)."""
    return [
        (MINISTRY_HOST, f"/embargo/{probe.revoked_preview}/"),
        (MINISTRY_HOST, f"/embargo/{probe.marker.lower()}-guess/"),
    ]


CHANNELS = [
    Channel("own address", own_addresses),
    Channel("listings and filters", listings),
    Channel("homepages", homes),
    Channel("people and organisations", people_and_organisations),
    Channel("links and materials", live_pages_pointing_at_it),
    Channel("files and images", files),
    Channel("error pages", error_pages),
    Channel("embargo previews", dead_previews),
    Channel("alert subscription", subscribe_pages),
    Channel("feeds", feed_addresses),
    Channel("sitemaps and robots", sitemaps_and_robots),
    Channel("side by side", side_by_side),
    Channel("api", api_addresses),
    Channel("bulk data", bulk_data_files),
]
CHANNELS.append(Channel("search", search_addresses))
