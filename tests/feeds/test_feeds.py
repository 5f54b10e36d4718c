"""The feeds as a reader's feed reader takes them: feedparser on every shape, and what each
entry carries."""

import feedparser
import pytest
from django.utils import timezone
from freezegun import freeze_time

from .conftest import MISSION_HOST, fetch, parse

pytestmark = pytest.mark.django_db

FORMATS = ("rss", "atom")
CONTENTS = ("", "content=full")


def titles(feed):
    return [entry.title for entry in feed.entries]


def address(format, *parameters):
    query = "&".join(parameter for parameter in parameters if parameter)
    return f"/en-gb/feeds/{format}/" + (f"?{query}" if query else "")


def test_every_shape_parses_with_the_entries_of_its_list(world):
    year = timezone.localtime(world.statement.published_at, world.ministry.zone).year
    expected = {
        "": ["On fishing rights", "Address to the assembly", "On the harbour treaty"],
        "kind=statement": ["On fishing rights", "On the harbour treaty"],
        "kind=speech": ["Address to the assembly"],
        "person=vera-anders": ["On fishing rights", "On the harbour treaty"],
        "organisation=council-of-nations": ["On the harbour treaty"],
        # The ministry's documents that its mission in the United Kingdom lists too.
        "country=gb": ["On fishing rights"],
        f"year={year}": ["On fishing rights", "Address to the assembly", "On the harbour treaty"],
        "kind=statement&person=vera-anders&organisation=council-of-nations": [
            "On the harbour treaty"
        ],
        "kind=speech&person=vera-anders": [],
    }
    for format in FORMATS:
        for content in CONTENTS:
            for query, entries in expected.items():
                feed = parse(address(format, query, content))
                assert titles(feed) == entries, (format, query, content)
                assert feed.feed.title.startswith("Ministry of Foreign Affairs")


def test_a_mission_lists_its_own_and_the_syndicated_ministry_document_at_its_address(world):
    for format in FORMATS:
        feed = parse(address(format), host=MISSION_HOST)
        assert titles(feed) == ["Consular hours in December", "On fishing rights"]
        links = {entry.title: entry.link for entry in feed.entries}
        assert links["On fishing rights"] == "http://ministry.test/en-gb/news/on-fishing-rights/"
        assert links["Consular hours in December"].startswith("http://mission.test/en-gb/news/")
        assert titles(parse(address(format, "country=gb"), host=MISSION_HOST)) == titles(feed)


def test_summary_by_default_full_text_on_request(world):
    for format in FORMATS:
        summary = parse(address(format, "kind=statement", "person=vera-anders"))
        full = parse(address(format, "kind=statement", "person=vera-anders", "content=full"))
        treaty = summary.entries[1]
        assert "welcomes the signature" in treaty.summary
        assert "opens" not in treaty.summary and "content" not in treaty
        full_treaty = full.entries[1]
        assert "The treaty opens" in full_treaty.content[0].value
        # The body's links lead to the site from the reader's feed reader.
        assert 'href="http://ministry.test/en-gb/news/"' in full_treaty.content[0].value
    speech = parse(address("atom", "kind=speech")).entries[0]
    assert speech.summary.startswith("<p>Distinguished delegates")


def test_entries_carry_language_kind_and_speakers(world):
    for format in FORMATS:
        feed = parse(f"/ru-ru/feeds/{format}/?person=vera-anders")
        assert titles(feed) == ["О договоре о гаванях"]
        entry = feed.entries[0]
        # dc:language in RSS, xml:lang in Atom.
        language = entry.get("language") or entry.title_detail.language
        assert language == "ru-RU"
        assert entry.link == "http://ministry.test/ru-ru/news/on-the-harbour-treaty/"
        categories = {(tag.scheme, tag.term) for tag in entry.tags}
        assert ("http://ministry.test/ru-ru/news/?kind=", "statement") in categories
        assert ("http://ministry.test/ru-ru/people/", "vera-anders") in categories
        assert [person.name for person in entry.contributors] == ["Вера Андерс"]
        assert feed.feed.language == "ru-RU"
    atom = parse("/ru-ru/feeds/atom/?person=vera-anders").entries[0]
    assert {tag.label for tag in atom.tags} == {"Заявление", "Вера Андерс"}
    assert atom.contributors[0].href == "http://ministry.test/ru-ru/people/vera-anders/"
    assert parse("/ru-ru/feeds/atom/").feed.title == "Министерство иностранных дел"
    assert parse("/ru-ru/feeds/atom/?kind=statement").feed.title == (
        "Министерство иностранных дел — Заявления"
    )


def test_the_entry_id_survives_an_edit_of_title_and_slug(world):
    before = {format: parse(address(format, "kind=speech")).entries[0] for format in FORMATS}
    speech = world.speech
    speech.title, speech.slug = "Address to the general assembly", "address-general-assembly"
    speech.lead = "A lead added later."
    speech.save_revision().publish()
    for format in FORMATS:
        after = parse(address(format, "kind=speech")).entries[0]
        assert after.title == "Address to the general assembly"
        assert after.link != before[format].link
        assert after.id == before[format].id
        assert after.id.startswith(f"tag:ministry.test,2026:document/{speech.translation_key}/")
    # Each language version is an entry of its own.
    english = parse(address("atom", "organisation=council-of-nations")).entries[0].id
    russian = parse("/ru-ru/feeds/atom/?organisation=council-of-nations").entries[0].id
    assert english.endswith("/en-gb") and russian.endswith("/ru-ru") and english != russian


def test_a_scheduled_document_appears_at_its_time_not_before(world):
    assert "Tomorrow's statement" not in titles(parse(address("atom", "kind=statement")))
    with freeze_time(world.scheduled.published_at + timezone.timedelta(seconds=1)):
        from legation.publishing.scheduling import Worker

        Worker().run_due()
        assert titles(parse(address("atom", "kind=statement")))[0] == "Tomorrow's statement"


def test_feedparser_reads_the_rss_guid_as_not_a_permalink(world):
    entry = parse(address("rss", "kind=speech")).entries[0]
    assert entry.guidislink is False
    assert entry.id.startswith("tag:ministry.test,2026:document/")


def test_a_feed_is_found_from_its_autodiscovery_link_with_the_same_list(world):
    pages = {
        "/en-gb/": address("atom"),
        "/en-gb/news/": address("atom"),
        "/en-gb/news/?kind=statement&person=vera-anders": address(
            "atom", "kind=statement", "person=vera-anders"
        ),
        # Whatever the order and the page of the archive, its feed has one address.
        "/en-gb/news/?person=vera-anders&kind=statement&page=1": address(
            "atom", "kind=statement", "person=vera-anders"
        ),
        "/en-gb/people/vera-anders/": address("atom", "person=vera-anders"),
        "/en-gb/organisations/council-of-nations/": address(
            "atom", "organisation=council-of-nations"
        ),
        "/ru-ru/news/?kind=statement": "/ru-ru/feeds/atom/?kind=statement",
    }
    for page, feed_address in pages.items():
        found = feedparser.parse(fetch(page).content.decode())
        links = {link.type: link.href for link in found.feed.links if link.rel == "alternate"}
        assert links["application/atom+xml"] == f"http://ministry.test{feed_address}", page
        assert links["application/rss+xml"] == links["application/atom+xml"].replace(
            "/atom/", "/rss/"
        )
        parse(feed_address)
    mission_home = feedparser.parse(fetch("/en-gb/", MISSION_HOST).content.decode())
    assert "http://mission.test/en-gb/feeds/rss/" in [link.href for link in mission_home.feed.links]


def test_a_page_listing_nothing_links_to_no_feed(world):
    for page in ("/en-gb/news/on-the-harbour-treaty/", "/en-gb/news/?kind=nonsense"):
        text = fetch(page).content.decode()
        assert "application/atom+xml" not in text and "application/rss+xml" not in text, page


@pytest.mark.parametrize(
    "path",
    [
        "/en-gb/feeds/atom/?kind=treaty",
        "/en-gb/feeds/rss/?person=nobody-known",
        "/en-gb/feeds/atom/?organisation=league-of-nobody",
        "/en-gb/feeds/atom/?country=fr",  # no mission in France
        "/en-gb/feeds/atom/?country=gbr",
        "/en-gb/feeds/atom/?content=everything",
        "/en-gb/feeds/atom/?page=2",
        "/en-gb/feeds/atom/?kind=statement&kind=speech",
        "/en-gb/feeds/atom/?month=13&year=2026",
        # Named only by a document that is not public yet.
        "/en-gb/feeds/atom/?person=nobody-yet",
        "/fr-fr/feeds/atom/",  # a language the ministry has no home in
        "/es-es/feeds/rss/",
    ],
)
def test_unknown_values_are_not_found(world, path):
    assert fetch(path).status_code == 404


def test_any_other_spelling_of_a_feed_redirects_to_its_one_address(world):
    response = fetch("/en-gb/feeds/atom/?person=vera-anders&content=summary&kind=statement&year=")
    assert response.status_code == 301
    assert response["Location"] == "/en-gb/feeds/atom/?kind=statement&person=vera-anders"
    assert fetch("/en-gb/feeds/rss/?country=GB")["Location"] == "/en-gb/feeds/rss/?country=gb"
