"""robots.txt and the sitemaps: every public address of a site in every language, no other."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.dateparse import parse_datetime
from freezegun import freeze_time
from lxml import etree

from legation.discovery.sitemaps import PageSitemap
from legation.publishing.scheduling import Worker
from tests.utils.builders import MINISTRY_HOST, MISSION_HOST, add_document, make_person, translate

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def xml(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)  # raises on a document that is not well formed


def index_locations(get):
    root = xml(get("/sitemap.xml"))
    assert root.tag == f"{{{NS['s']}}}sitemapindex"
    return [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]


def path_of(location):
    """/sitemap-pages.xml?p=2 of http://ministry.test/sitemap-pages.xml?p=2."""
    return "/" + location.split("//", 1)[1].partition("/")[2]


def all_entries(get):
    found = {}
    for location in index_locations(get):
        root = xml(get(path_of(location)))
        assert root.tag == f"{{{NS['s']}}}urlset"
        for url in root.findall("s:url", NS):
            address = url.findtext("s:loc", namespaces=NS)
            assert address not in found, f"{address} listed twice"
            lastmod = url.findtext("s:lastmod", namespaces=NS)
            alternates = {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
            }
            found[address] = (parse_datetime(lastmod) if lastmod else None, alternates)
    return found


M = f"http://{MINISTRY_HOST}"


def test_robots_names_the_sitemap_of_its_own_site_and_keeps_crawlers_out_of_private_places(
    world, ministry_get, mission_get
):
    for get, host in ((ministry_get, MINISTRY_HOST), (mission_get, MISSION_HOST)):
        response = get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        lines = response.content.decode().splitlines()
        assert f"Sitemap: http://{host}/sitemap.xml" in lines
        assert {"Disallow: /admin/", "Disallow: /embargo/"} <= set(lines)
        assert "Disallow: /" not in lines


def test_the_index_lists_each_section_of_the_site_it_is_asked_of(world, ministry_get, mission_get):
    assert index_locations(ministry_get) == [
        f"{M}/sitemap-pages.xml",
        f"{M}/sitemap-people.xml",
        f"{M}/sitemap-organisations.xml",
    ]
    assert index_locations(mission_get)[0] == f"http://{MISSION_HOST}/sitemap-pages.xml"
    assert ministry_get("/sitemap-drafts.xml").status_code == 404


def test_every_public_page_of_the_site_in_every_language_and_nothing_else(world, ministry_get):
    addresses = set(all_entries(ministry_get))

    assert addresses == {
        f"{M}/en-gb/",
        f"{M}/ru-ru/",
        f"{M}/fr-fr/",
        f"{M}/en-gb/news/",
        f"{M}/ru-ru/news/",
        f"{M}/fr-fr/news/",
        f"{M}/en-gb/news/lantern-accord/",
        f"{M}/ru-ru/news/lantern-accord/",
        f"{M}/en-gb/news/northern-ports/",
        f"{M}/en-gb/news/with-photo/",
        # People and organisations that public pages name, under each home in their language.
        f"{M}/en-gb/people/vera-anders/",
        f"{M}/en-gb/organisations/ministry-of-foreign-affairs-of-velmora/",
    }


def test_a_mission_lists_its_own_pages_not_the_ministrys(world, mission_get):
    addresses = set(all_entries(mission_get))

    mission = f"http://{MISSION_HOST}"
    assert {
        f"{mission}/en-gb/",
        f"{mission}/en-gb/news/",
        f"{mission}/en-gb/news/visas/",
    } <= addresses
    assert not [address for address in addresses if MINISTRY_HOST in address]


def test_alternates_are_reciprocal_and_name_the_default_language(world, ministry_get):
    found = all_entries(ministry_get)

    for address, (_lastmod, alternates) in found.items():
        language_versions = {tag: href for tag, href in alternates.items() if tag != "x-default"}
        assert address in language_versions.values(), f"{address} does not list itself"
        for href in language_versions.values():
            assert href in found, f"{address} names {href}, which the sitemap does not list"
            assert found[href][1] == alternates, f"{href} and {address} disagree"
        if "en-GB" in alternates:
            assert alternates["x-default"] == alternates["en-GB"]
        else:
            assert "x-default" not in alternates

    assert found[f"{M}/ru-ru/news/lantern-accord/"][1] == {
        "en-GB": f"{M}/en-gb/news/lantern-accord/",
        "ru-RU": f"{M}/ru-ru/news/lantern-accord/",
        "x-default": f"{M}/en-gb/news/lantern-accord/",
    }
    assert set(found[f"{M}/fr-fr/"][1]) == {"en-GB", "ru-RU", "fr-FR", "x-default"}


def test_lastmod_is_the_last_publication_of_the_page_or_of_the_newest_text_naming_them(
    world, ministry_get
):
    found = all_entries(ministry_get)
    statement = world.statement["en-gb"]

    assert found[f"{M}/en-gb/news/lantern-accord/"][0] == statement.last_published_at.replace(
        microsecond=0
    )
    # The transcript, a day after the statement, is the newest text naming her.
    assert found[f"{M}/en-gb/people/vera-anders/"][0] == world.transcript.published_at


def test_the_index_splits_a_section_past_its_limit(world, ministry_get, monkeypatch):
    whole = all_entries(ministry_get)
    monkeypatch.setattr(PageSitemap, "limit", 3)

    pages = [location for location in index_locations(ministry_get) if "pages" in location]
    assert pages == [
        f"{M}/sitemap-pages.xml",
        f"{M}/sitemap-pages.xml?p=2",
        f"{M}/sitemap-pages.xml?p=3",
        f"{M}/sitemap-pages.xml?p=4",
    ]
    sizes = [len(xml(ministry_get(path_of(page))).findall("s:url", NS)) for page in pages]
    assert sizes == [3, 3, 3, 1]
    assert all_entries(ministry_get) == whole
    assert ministry_get("/sitemap-pages.xml?p=5").status_code == 404


def test_what_is_not_public_is_in_no_sitemap_until_its_time(world, ministry_get):
    def listed():
        text = "".join(
            ministry_get(path_of(location)).content.decode()
            for location in index_locations(ministry_get)
        )
        return "scheduled" in text, "oskar-quill" in text, "quiet-harbour" in text

    assert listed() == (False, False, False)
    assert "restricted" not in ministry_get("/sitemap-pages.xml").content.decode()

    with freeze_time(world.scheduled.published_at + datetime.timedelta(seconds=1)):
        Worker().run_due()
        assert listed() == (True, True, True)
        assert f"{M}/en-gb/news/scheduled/" in all_entries(ministry_get)


def test_a_sitemap_costs_the_same_queries_however_many_addresses_it_lists(world, ministry_get):
    def queries(path):
        ministry_get(path)  # Wagtail caches the sites' root paths on the first request
        with CaptureQueriesContext(connection) as captured:
            assert ministry_get(path).status_code == 200
        return len(captured)

    before = {path: queries(path) for path in ("/sitemap-pages.xml", "/sitemap-people.xml")}
    for number in range(3):
        speaker = make_person(f"Speaker {number}")
        document = add_document(
            world.archive,
            f"Note {number}",
            world.statement["en-gb"].kind,
            slug=f"note-{number}",
            participants=[speaker],
        )
        translate(document, "ru-ru")

    after = {path: queries(path) for path in before}
    assert after == before
    assert len(all_entries(ministry_get)) == 12 + 3 * 2 + 3
