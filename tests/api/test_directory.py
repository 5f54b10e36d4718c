"""/api/people/, /api/organisations/, /api/kinds/, /api/sites/, /api/languages/."""

import pytest

from tests.utils.builders import locale

pytestmark = pytest.mark.django_db


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_people_are_those_public_pages_name_with_their_appointments(api, world):
    people = results(api("/api/people/"))
    assert [person["slug"] for person in people] == ["irena-talvik", "mara-vell", "oskar-brenn"]
    irena = people[0]
    assert irena["id"] == str(world.speaker.translation_key)
    assert [(a["role"], a["start"], a["end"], a["is_head"]) for a in irena["appointments"]] == [
        ("Deputy Minister", "2020-01-01", "2025-12-31", False),
        ("Minister of Foreign Affairs", "2026-01-01", None, True),
    ]
    assert irena["appointments"][0]["organisation"]["slug"] == "velmora-mfa"


def test_people_filters_and_pages(api, world):
    assert [p["slug"] for p in results(api("/api/people/", organisation="velmora-mfa"))] == [
        "irena-talvik",
        "oskar-brenn",
    ]
    assert results(api("/api/people/", language="ru-ru")) == []
    first = api("/api/people/", page_size=2).json()
    assert len(first["results"]) == 2 and first["next"]
    rest = api(first["next"].replace("http://ministry.test", "")).json()
    assert [p["slug"] for p in rest["results"]] == ["oskar-brenn"]
    assert api("/api/people/", language="xx").status_code == 400


def test_person_detail_by_slug_in_a_language(api, world):
    russian = world.speaker.copy_for_translation(locale("ru-ru"))
    russian.name = "Ирена Талвик"
    russian.save()
    assert api("/api/people/irena-talvik/").json()["name"] == "Irena Talvik"
    answer = api("/api/people/irena-talvik/", language="ru-ru").json()
    assert (answer["name"], answer["language"]) == ("Ирена Талвик", "ru-ru")
    assert answer["id"] == str(world.speaker.translation_key)
    assert api("/api/people/irena-talvik/", language="de-de").status_code == 404


@pytest.mark.parametrize("slug", ["ulla-zorvantic", "nobody", "%00", "irena talvik"])
def test_a_person_no_public_page_names_is_not_found(api, world, slug):
    response = api(f"/api/people/{slug}/")
    assert response.status_code == 404
    assert "ulla" not in api("/api/people/").content.decode().lower()


def test_organisations_with_their_head_today(api, world):
    (ministry,) = results(api("/api/organisations/"))
    assert ministry["slug"] == "velmora-mfa"
    assert ministry["head"]["person"]["slug"] == "irena-talvik"
    assert ministry["head"]["role"] == "Minister of Foreign Affairs"
    detail = api("/api/organisations/velmora-mfa/").json()
    assert detail == ministry
    assert api("/api/organisations/nowhere/").status_code == 404


def test_kinds_in_each_language(api, world):
    kinds = api("/api/kinds/").json()
    assert {(kind["slug"], kind["language"], kind["name"]) for kind in kinds} >= {
        ("statement", "en-gb", "Statement"),
        ("transcript", "en-gb", "Transcript"),
    }
    assert api("/api/kinds/", language="ru-ru").json() == []


def test_sites_with_their_zones_and_homes_in_each_language(api, world):
    sites = api("/api/sites/").json()
    assert [(site["id"], site["type"], site["time_zone"]) for site in sites] == [
        ("ministry.test", "ministry", "Europe/Berlin"),
        ("mission.test", "mission", "Europe/London"),
    ]
    ministry = api("/api/sites/ministry.test/").json()
    assert [v["language"] for v in ministry["versions"]] == ["en-gb", "ru-ru"]
    assert ministry["versions"][1]["url"] == "http://ministry.test/ru-ru/"
    assert api("/api/sites/elsewhere.test/").status_code == 404


def test_a_site_whose_home_is_not_public_is_not_listed(api, world):
    world.mission.unpublish()
    assert [site["id"] for site in api("/api/sites/").json()] == ["ministry.test"]
    assert api("/api/sites/mission.test/").status_code == 404


def test_languages(api):
    assert [language["code"] for language in api("/api/languages/").json()] == [
        "en-gb",
        "ru-ru",
        "de-de",
        "es-es",
        "fr-fr",
    ]
