"""With the mission home cached, its date, clocks and counters are right in a real browser at
any moment, whatever the reader's own zone: across midnight and a daylight-saving change, in
English and Russian plural forms. The browser's clock is set by the test (a fixed Date before
the page's own scripts run) and its zone by Chromium's time-zone override."""

import datetime
import zoneinfo

import pytest
from django.test import Client
from django.utils import translation
from selenium.webdriver.common.by import By

from legation.missions.models import City, Counter, MissionHomePage
from tests.utils.builders import make_site, translate

from .test_paste_transcript import live_server, monkeypatch_module  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LONDON = zoneinfo.ZoneInfo("Europe/London")
CITIES = {"London": "Europe/London", "Santiago": "America/Santiago", "Tokyo": "Asia/Tokyo"}
# Days since each counter's start on 28 March 2026 (in London): 0, 1, 4 and 20, which cross
# into English's and Russian's other forms at midnight (1, 2, 5, 21).
DAYS_ON_THE_28TH = (0, 1, 4, 20)
MOMENTS = [
    datetime.datetime(2026, 3, 28, 23, 59, 30, tzinfo=datetime.UTC),  # the last GMT minute
    datetime.datetime(2026, 3, 29, 0, 0, 30, tzinfo=datetime.UTC),  # a new day in London
    datetime.datetime(2026, 3, 29, 1, 0, 30, tzinfo=datetime.UTC),  # 02:00 BST
]
READER_ZONES = ("UTC", "Pacific/Auckland", "America/Santiago")

FIXED_CLOCK = """
(() => {
  const fixed = %d, RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) { super(...(args.length ? args : [fixed])); }
    static now() { return fixed; }
  }
  window.Date = FixedDate;
})();
"""


@pytest.fixture
def mission_home(settings, live_server):  # noqa: F811
    settings.LEGATION_PAGE_CACHE = True
    home, _archive = make_site(
        MissionHomePage, "localhost", "Embassy in Harbourton", "Europe/London", is_default=True
    )
    home.cities = [City(name=name, time_zone=zone) for name, zone in CITIES.items()]
    home.counters = [
        Counter(
            title=f"Counter {days}",
            start_date=datetime.date(2026, 3, 28) - datetime.timedelta(days=days),
            message="the storm",
        )
        for days in DAYS_ON_THE_28TH
    ]
    home.save_revision().publish()
    translate(home, "ru-ru", title="Посольство в Харбортоне")
    return home


def open_at(browser, url, moment, zone):
    browser.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": zone})
    script = browser.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument",
        {"source": FIXED_CLOCK % int(moment.timestamp() * 1000)},
    )
    browser.get(url)
    browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", script)


def expected_counters(language, moment):
    day = moment.astimezone(LONDON).date()
    with translation.override(language):
        return [
            Counter(
                start_date=datetime.date(2026, 3, 28) - datetime.timedelta(days=days),
                message="the storm",
            ).message_on(day)
            for days in DAYS_ON_THE_28TH
        ]


@pytest.mark.parametrize("language", ["en-gb", "ru-ru"])
def test_date_clocks_and_counters_are_right_in_every_zone_with_the_page_cached(
    browser,
    live_server,  # noqa: F811
    mission_home,
    language,
):
    url = f"{live_server.url}/{language}/"
    Client().get(f"/{language}/", HTTP_HOST="localhost")
    assert Client().get(f"/{language}/", HTTP_HOST="localhost")["X-Page-Cache"] == "hit"
    for moment in MOMENTS:
        for zone in READER_ZONES:
            open_at(browser, url, moment, zone)
            seen = f"at {moment.isoformat()} in {zone}"
            today = browser.find_element(By.CSS_SELECTOR, "[data-today]")
            assert (
                today.get_attribute("datetime") == moment.astimezone(LONDON).date().isoformat()
            ), seen
            clocks = {
                city.text.rstrip(":"): time.text
                for city, time in zip(
                    browser.find_elements(By.CSS_SELECTOR, ".clock__city"),
                    browser.find_elements(By.CSS_SELECTOR, ".clock__time"),
                    strict=True,
                )
            }
            assert clocks == {
                name: moment.astimezone(zoneinfo.ZoneInfo(zone_name)).strftime("%H:%M")
                for name, zone_name in CITIES.items()
            }, seen
            counters = [el.text for el in browser.find_elements(By.CSS_SELECTOR, ".counter")]
            assert counters == expected_counters(language, moment), seen
    if language == "en-gb":
        assert browser.find_element(By.CSS_SELECTOR, "[data-today]").text == "29 March 2026"
