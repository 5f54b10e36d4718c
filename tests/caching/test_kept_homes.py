"""Each home is kept with its site between readers, with every language version of it and
what a request to it reads (its archive; a mission's ministry, clocks, contacts, counters and
syndication rules: core.site_lookup). What is kept follows every change at once, with the
page cache on and off."""

import datetime

import pytest
from django.test import Client

from legation.missions.models import City, Counter, MissionHomePage
from tests.utils.builders import MINISTRY_HOST, MISSION_HOST, add_document, translate

pytestmark = pytest.mark.django_db


def text(path, host=MINISTRY_HOST):
    response = Client().get(path, HTTP_HOST=host)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


@pytest.fixture(params=[True, False], ids=["page cache", "no page cache"])
def cache_on_or_off(request, settings, page_cache):
    settings.LEGATION_PAGE_CACHE = request.param


def test_a_home_renamed_in_another_language_is_shown_there_at_once(sites, cache_on_or_off):
    russian_home = translate(sites.ministry_archive.get_parent(), "ru-ru", title="Министерство")
    translate(sites.ministry_archive, "ru-ru", title="Новости")
    assert "Министерство" in text("/ru-ru/news/")
    russian_home.title = "Министерство иностранных дел"
    russian_home.save_revision().publish()
    assert "Министерство иностранных дел" in text("/ru-ru/news/")
    assert "Министерство иностранных дел" in text("/ru-ru/")


def test_a_home_in_another_language_taken_offline_is_no_longer_routed_to(sites, cache_on_or_off):
    russian_home = translate(sites.ministry_archive.get_parent(), "ru-ru", title="Министерство")
    assert "Министерство" in text("/ru-ru/")
    russian_home.unpublish()
    response = Client().get("/ru-ru/", HTTP_HOST=MINISTRY_HOST)
    assert "Министерство" not in response.content.decode()


def test_the_archive_moved_to_another_address_is_routed_there(sites, cache_on_or_off):
    add_document(sites.ministry_archive, "Harbour dues", sites.statement)
    assert "Harbour dues" in text("/en-gb/news/harbour-dues/")
    sites.ministry_archive.slug = "press"
    sites.ministry_archive.save_revision().publish()
    assert "Harbour dues" in text("/en-gb/press/harbour-dues/")
    assert Client().get("/en-gb/news/harbour-dues/", HTTP_HOST=MINISTRY_HOST).status_code == 404


def test_a_clock_or_counter_saved_on_its_own_shows_on_the_mission_home_at_once(
    sites, cache_on_or_off
):
    home = MissionHomePage.objects.get(pk=sites.mission.pk)
    City.objects.create(page=home, name="Port Elsin", time_zone="Asia/Tokyo", locale=home.locale)
    assert "Port Elsin" in text("/en-gb/", MISSION_HOST)
    city = City.objects.get(name="Port Elsin")
    city.name = "Port Elsinore"
    city.save()
    assert "Port Elsinore" in text("/en-gb/", MISSION_HOST)
    Counter.objects.create(
        page=home,
        title="Since the storm",
        start_date=datetime.date(2020, 1, 1),
        message="{days} days since the storm",
        locale=home.locale,
    )
    assert "since the storm" in text("/en-gb/", MISSION_HOST)
    city.delete()
    assert "Port Elsinore" not in text("/en-gb/", MISSION_HOST)
