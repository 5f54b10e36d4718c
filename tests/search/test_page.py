"""The search page and the API: a reader's query, facets as links, turns at their anchors."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Locale

from tests.utils.builders import MINISTRY_HOST, MISSION_HOST, add_document, paragraph

pytestmark = pytest.mark.django_db


def get(path, host=MINISTRY_HOST):
    return Client().get(path, HTTP_HOST=host)


def test_the_page_lands_a_speaker_query_on_the_answer(world):
    response = get('/en-gb/search/?q=speaker:"Vera Anders" quota')
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 document found" in html
    answer = "/en-gb/news/remarks-and-answers-to-media-questions-at-a-news-conference/#turn-3"
    assert f'href="{answer}"' in html
    assert "Vera Anders</a>, Spokesperson, answering:" in html
    assert "What will happen to the fisheries <mark>quota</mark>" not in html  # the question
    assert "<q>What will happen to the fisheries quota next year?</q>" in html
    assert "<mark>quota</mark> stays as it is" in html
    # The box in the header keeps the query.
    assert 'name="q" value="speaker:&quot;Vera Anders&quot; quota"' in html


def test_a_hit_is_dated_in_its_sites_zone_to_the_second(world):
    """Half past eleven on New Year's Eve in UTC is already the new year at the ministry
    (Europe/Berlin): the hit's date is the one its own page shows."""
    add_document(
        world.ministry_archive,
        "Statement on the lighthouse keepers",
        world.statement_kind,
        published_at=datetime.datetime(2025, 12, 31, 23, 30, 15, 250000, tzinfo=datetime.UTC),
        body=[paragraph("The lighthouse keepers stay at their posts.")],
    )
    html = get("/en-gb/search/?q=lighthouse").content.decode()
    assert '<time datetime="2026-01-01T00:30:15+01:00">01.01.2026</time>' in html


def test_facets_are_links_that_narrow_and_widen(world):
    html = get("/en-gb/search/?q=harbour").content.decode()
    assert "2 documents found" in html
    links = dict(re.findall(r'<a href="(\?[^"]+)" rel="nofollow"[^>]*>([^<]+)</a>', html))
    narrowing = {label: url.replace("&amp;", "&") for url, label in links.items()}
    assert narrowing["Transcript"] == "?q=harbour&kind=transcript"
    assert narrowing["Embassy in Harbourton"] == f"?q=harbour&site={MISSION_HOST}"
    assert narrowing["Vera Anders"] == "?q=harbour&person=vera-anders"
    assert narrowing["2025"] == "?q=harbour&year=2025"

    narrowed = get("/en-gb/search/?q=harbour&kind=transcript").content.decode()
    assert "1 document found" in narrowed
    assert world.conference.title in narrowed and world.mission_note.title not in narrowed
    # The chosen value links back to the wider search.
    assert 'href="?q=harbour" rel="nofollow" aria-current="true"' in narrowed


def test_the_embassy_searches_its_own_and_bad_input_is_named(world):
    html = get("/en-gb/search/?q=harbour", host=MISSION_HOST).content.decode()
    assert "1 document found" in html and world.mission_note.title in html
    response = get("/en-gb/search/?q=harbour&year=soon")
    assert response.status_code == 400
    assert "year: Enter a whole number." in response.content.decode()
    assert get("/fr-fr/search/?q=harbour", host=MISSION_HOST).status_code == 404


def test_the_api_answers_the_same(world):
    answer = get('/api/search/?q=speaker:"Vera Anders" quota').json()
    assert answer["count"] == 1
    [hit] = answer["results"]
    assert hit["id"] == f"{world.conference.translation_key}:en-gb"
    assert hit["url"] == world.conference.get_full_url()
    [turn] = hit["turns"]
    assert turn["url"] == f"{world.conference.get_full_url()}#turn-3"
    assert (turn["speaker"], turn["role"]) == ("Vera Anders", "Spokesperson")
    assert turn["question"] == "What will happen to the fisheries quota next year?"
    facets = get("/api/search/?q=harbour").json()["facets"]
    assert {(f["value"], f["count"]) for f in facets["site"]} == {
        (MINISTRY_HOST, 1),
        (MISSION_HOST, 1),
    }
    errors = get("/api/search/?q=x&site=nowhere.example")
    assert errors.status_code == 400
    assert "site" in errors.json()


def test_the_sites_homes_follow_their_publication_and_their_expiry(world):
    """The homes a search shows (its own, the sites' names) are kept between searches: each
    change of what the gate admits is seen by the next search, an expiry at its second."""
    french = world.ministry.get_translation(locale=Locale.objects.get(language_code="fr-fr"))
    assert get("/fr-fr/search/?q=harbour").status_code == 200
    french.specific.unpublish()
    assert get("/fr-fr/search/?q=harbour").status_code == 404

    world.mission.title = "Embassy in Port Lorin"
    world.mission.save_revision().publish()
    html = get("/en-gb/search/?q=harbour").content.decode()
    assert "Embassy in Port Lorin" in html and "Embassy in Harbourton" not in html

    spanish = world.ministry.get_translation(locale=Locale.objects.get(language_code="es-es"))
    ends = timezone.now().replace(microsecond=0) + datetime.timedelta(hours=1)
    spanish.expire_at = ends
    spanish.save(update_fields=["expire_at"])
    with freeze_time(ends - datetime.timedelta(seconds=1)):
        assert get("/es-es/search/?q=harbour").status_code == 200
    with freeze_time(ends):  # before the worker's round that unpublishes it
        assert get("/es-es/search/?q=harbour").status_code == 404
