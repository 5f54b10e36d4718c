"""The request's site and its home are kept between readers (core.site_lookup), and every
change to a site, a home or a locale is seen by the next reader."""

import re

import pytest
from django.test import Client, RequestFactory
from wagtail.models import Locale, Site

from legation.core.site_lookup import keep_site_for_request
from legation.documents.models.counts import one_view
from tests.utils.builders import MINISTRY_HOST, MISSION_HOST, make_ministry, make_mission

pytestmark = pytest.mark.django_db


@pytest.fixture
def homes():
    ministry, _archive = make_ministry()
    mission, _archive = make_mission()
    return ministry, mission


def site_name_at(host, path="/en-gb/"):
    response = Client().get(path, HTTP_HOST=host)
    assert response.status_code == 200, (host, path, response.status_code)
    return re.search(r'class="site-name"[^>]*>.*?>([^<]+)</a>', response.content.decode()).group(1)


def test_a_site_moved_to_another_host_answers_there_at_once(homes):
    assert site_name_at(MISSION_HOST) == "Embassy in Harbourton"
    site = Site.objects.get(hostname=MISSION_HOST)
    site.hostname = "embassy.test"
    site.save()
    assert site_name_at("embassy.test") == "Embassy in Harbourton"
    # The old host is no site's any more: Wagtail's default site answers it.
    assert site_name_at(MISSION_HOST) == "Ministry of Foreign Affairs"


def test_a_home_renamed_is_named_so_on_its_site_at_once(homes):
    _ministry, mission = homes
    assert site_name_at(MISSION_HOST) == "Embassy in Harbourton"
    mission.title = "Embassy in Saltmarsh"
    mission.save_revision().publish()
    assert site_name_at(MISSION_HOST) == "Embassy in Saltmarsh"
    assert site_name_at(MINISTRY_HOST) == "Ministry of Foreign Affairs"


def test_a_locale_edited_is_read_afresh_with_the_home(homes):
    """The home is kept with its locale, which an administrator may edit."""

    def home_locale_code():
        request = RequestFactory().get("/en-gb/", HTTP_HOST=MISSION_HOST)
        with one_view():
            keep_site_for_request(request)
        return Site.find_for_request(request).root_page.locale.language_code

    assert home_locale_code() == "en-gb"
    assert home_locale_code() == "en-gb"  # kept
    english = Locale.objects.get(language_code="en-gb")
    english.language_code = "en-us"
    english.save()
    assert home_locale_code() == "en-us"
