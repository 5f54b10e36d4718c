"""Mission home: today's date, clocks and counters in their zones, contacts, featured text,
latest documents, and ministry documents syndicated with one canonical address."""

import datetime
import re

import pytest
from freezegun import freeze_time

from legation.missions.models import City, ConsularContact, Counter, SyndicatedDocument
from tests.utils.builders import (
    MINISTRY_HOST,
    MISSION_HOST,
    add_document,
    make_kind,
    make_ministry,
    make_mission,
    paragraph,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def mission():
    make_ministry(time_zone="Europe/Vilnius")
    home, archive = make_mission(time_zone="Europe/London")
    home.cities = [
        City(name="Marenburg", time_zone="Europe/Vilnius"),
        City(name="London", time_zone="Europe/London"),
        City(name="Santiago", time_zone="America/Santiago"),
    ]
    home.consular_contacts = [
        ConsularContact(label="Consular queries", phone="+44 20 7946 0124", hours="Mon–Fri")
    ]
    home.counters = [
        Counter(
            title="Ferry",
            start_date=datetime.date(2018, 3, 4),
            message="{days} days have passed since the ferry line was closed",
        ),
        Counter(
            title="Old", start_date=datetime.date(2019, 1, 1), message="{days} hidden", active=False
        ),
    ]
    home.save_revision().publish()
    return home, archive


def home_html(client):
    response = client.get("/en-gb/", HTTP_HOST=MISSION_HOST)
    assert response.status_code == 200
    return response.content.decode()


def clocks(html):
    return dict(re.findall(r'clock__city">([^:]+):</span> <time[^>]*>(\d\d:\d\d)</time>', html))


@pytest.mark.parametrize(
    "utc, expected",
    [
        # Before London's clocks go forward (30 March 2025, 01:00 UTC): GMT, EET, Chile summer.
        ("2025-03-30 00:59", {"Marenburg": "02:59", "London": "00:59", "Santiago": "21:59"}),
        # After: BST and EEST.
        ("2025-03-30 01:01", {"Marenburg": "04:01", "London": "02:01", "Santiago": "22:01"}),
        # Santiago leaves summer time on 6 April 2025 at 03:00 UTC.
        ("2025-04-06 02:30", {"Marenburg": "05:30", "London": "03:30", "Santiago": "23:30"}),
        ("2025-04-06 03:30", {"Marenburg": "06:30", "London": "04:30", "Santiago": "23:30"}),
    ],
)
def test_clocks_are_right_to_the_minute_across_daylight_saving_changes(
    client, mission, utc, expected
):
    with freeze_time(utc):
        html = home_html(client)
    assert clocks(html) == expected
    assert 'data-time-zone="Europe/London"' in html  # the script keeps them ticking


def counters(html):
    return re.findall(r'<strong data-days-since="[\d-]+"[^>]*>(\d+)</strong>([^<]*)', html)


def test_counter_counts_days_for_today_in_the_sites_zone(client, mission):
    # 25 October 2020 in London; 966 days after 4 March 2018.
    with freeze_time("2020-10-25 12:00"):
        assert counters(home_html(client)) == [
            ("966", " days have passed since the ferry line was closed")
        ]
    # 23:30 UTC on 25 October is already 26 October in a UTC+2 zone, still the 25th in London.
    home, _archive = mission
    with freeze_time("2020-10-25 23:30"):
        assert counters(home_html(client))[0][0] == "966"
    home.time_zone = "Europe/Vilnius"
    home.save_revision().publish()
    with freeze_time("2020-10-25 23:30"):
        html = home_html(client)
    assert counters(html)[0][0] == "967"
    assert 'title="Old"' not in html and " hidden</" not in html  # inactive counters are not shown


def test_todays_date_is_the_sites_date(client, mission):
    with freeze_time("2025-03-29 23:30"):  # Saturday in London, Sunday in Marenburg
        html = home_html(client)
    assert re.search(r'<time data-today[^>]*datetime="2025-03-29">29 March 2025</time>', html)


def test_home_shows_contacts_featured_text_and_latest_list(client, mission):
    home, archive = mission
    kind = make_kind("speech")
    speech = add_document(
        archive,
        "Ambassador's speech",
        kind,
        lead="On the harbour.",
        published_at=datetime.datetime(2025, 5, 6, 22, 30, tzinfo=datetime.UTC),
        body=[paragraph("Full text of the speech.")],
    )
    home.featured_document = speech
    home.save_revision().publish()

    html = home_html(client)
    assert "Consular queries" in html and 'href="tel:+442079460124"' in html
    featured = re.search(r'<article class="featured document".*?</article>', html, re.S).group(0)
    assert "Full text of the speech." in featured
    # DD.MM.YYYY in the site's zone (22:30 UTC is 23:30 in London in May) - Title, then lead.
    assert re.search(
        r">06\.05\.2025</time> - <a href=\"[^\"]+\">Ambassador&#x27;s speech</a>", html
    )
    assert "On the harbour." in html
    assert re.search(r'<a href="/en-gb/news/">All messages</a>', html)


def test_syndicated_ministry_documents_keep_one_canonical_address(client, mission):
    home, mission_archive = mission
    ministry_archive = make_ministry_archive()
    statement, speech = make_kind("statement"), make_kind("speech")
    chosen = add_document(ministry_archive, "Minister's speech", speech)
    by_rule = add_document(ministry_archive, "Ministry statement", statement)
    not_chosen = add_document(ministry_archive, "Another speech", speech)
    unpublished = add_document(ministry_archive, "Draft statement", statement, live=False)
    add_document(mission_archive, "Embassy news", make_kind("news"))
    SyndicatedDocument.objects.create(page=home, document=chosen)
    home.syndicated_kinds.set([statement])
    home.save_revision().publish()

    archive_html = client.get("/en-gb/news/", HTTP_HOST=MISSION_HOST).content.decode()
    listed = dict(re.findall(r'<a href="([^"]+)">([^<]+)</a></h2>', archive_html))
    assert set(listed.values()) == {"Minister&#x27;s speech", "Ministry statement", "Embassy news"}
    # Ministry texts link to their one address on the ministry's site; the embassy's own
    # texts stay on the embassy's site.
    assert chosen.full_url == f"http://{MINISTRY_HOST}/en-gb/news/ministers-speech/"
    assert chosen.full_url in listed and by_rule.full_url in listed
    assert "/en-gb/news/embassy-news/" in listed
    assert not_chosen.title not in archive_html and unpublished.title not in archive_html
    assert "Ministry statement" in home_html(client)

    page = client.get("/en-gb/news/ministers-speech/", HTTP_HOST=MINISTRY_HOST).content.decode()
    assert re.findall(r'<link rel="canonical" href="([^"]+)">', page) == [chosen.full_url]


def make_ministry_archive():
    from legation.documents.models import ArchivePage
    from legation.missions.models import MinistryHomePage

    return ArchivePage.objects.child_of(MinistryHomePage.objects.get()).get()
