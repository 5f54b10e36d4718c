"""Today's date, clocks and "N days" counters with the page cached: the server's text is right
for the day in the site's zone, in each language's plural forms, and the cached page lives
only until that day ends there (the page's script keeps it right in the browser; see
tests/browser/test_clocks_and_counters.py)."""

import datetime
import zoneinfo

import pytest
from django.test import Client
from django.utils import translation
from freezegun import freeze_time

from legation.caching.lifetimes import next_midnight
from legation.missions.models import Counter
from tests.utils.builders import MISSION_HOST

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


@pytest.mark.parametrize(
    "language, days, sentence",
    [
        ("en-gb", 0, "0 days have passed since the storm"),
        ("en-gb", 1, "1 day has passed since the storm"),
        ("en-gb", 2, "2 days have passed since the storm"),
        ("ru-ru", 1, "Прошёл 1 день с the storm"),
        ("ru-ru", 3, "Прошло 3 дня с the storm"),
        ("ru-ru", 5, "Прошло 5 дней с the storm"),
        ("ru-ru", 11, "Прошло 11 дней с the storm"),
        ("ru-ru", 21, "Прошёл 21 день с the storm"),
        ("ru-ru", 22, "Прошло 22 дня с the storm"),
        ("fr-fr", 0, "0 jour s’est écoulé depuis the storm"),
        ("fr-fr", 1, "1 jour s’est écoulé depuis the storm"),
        ("fr-fr", 2, "2 jours se sont écoulés depuis the storm"),
        ("de-de", 1, "Seit the storm ist 1 Tag vergangen"),
        ("de-de", 7, "Seit the storm sind 7 Tage vergangen"),
        ("es-es", 1, "Ha pasado 1 día desde the storm"),
        ("es-es", 9, "Han pasado 9 días desde the storm"),
    ],
)
def test_a_counter_says_its_days_in_the_plural_form_of_its_language(language, days, sentence):
    counter = Counter(title="Storm", start_date=datetime.date(2026, 1, 1), message="the storm")
    with translation.override(language):
        assert counter.message_on(counter.start_date + datetime.timedelta(days=days)) == sentence


def test_the_scripts_plural_forms_are_gettexts_for_each_cldr_category():
    counter = Counter(title="Storm", start_date=datetime.date(2026, 1, 1), message="the storm")
    with translation.override("ru-ru"):
        forms = counter.plural_forms()
    # Whole numbers of days are "one", "few" or "many" in Russian (CLDR); "other" is fractions.
    assert forms == {
        "one": "Прошёл {days} день с the storm",
        "few": "Прошло {days} дня с the storm",
        "many": "Прошло {days} дней с the storm",
    }
    with translation.override("en-gb"):
        assert counter.plural_forms() == {
            "one": "{days} day has passed since the storm",
            "other": "{days} days have passed since the storm",
        }


def test_a_sentence_of_the_editors_own_keeps_its_words():
    counter = Counter(
        title="Ferry", start_date=datetime.date(2026, 1, 1), message="Day {days} without a ferry"
    )
    with translation.override("ru-ru"):
        assert counter.message_on(datetime.date(2026, 1, 6)) == "Day 5 without a ferry"
        assert counter.plural_forms() == {"one": "Day {days} without a ferry"} | {
            "few": "Day {days} without a ferry",
            "many": "Day {days} without a ferry",
        }


@pytest.mark.parametrize(
    "zone, moment",
    [
        ("Europe/London", datetime.datetime(2026, 3, 28, 23, 30, tzinfo=UTC)),  # GMT → BST
        ("Europe/London", datetime.datetime(2026, 3, 29, 12, 0, tzinfo=UTC)),
        ("Europe/London", datetime.datetime(2026, 10, 24, 23, 30, tzinfo=UTC)),  # BST → GMT
        # Chile's clocks go from 24:00 to 01:00 on 6 September 2026: that midnight never is.
        ("America/Santiago", datetime.datetime(2026, 9, 6, 2, 0, tzinfo=UTC)),
        ("America/Santiago", datetime.datetime(2026, 4, 4, 12, 0, tzinfo=UTC)),  # back
        ("Pacific/Auckland", datetime.datetime(2026, 4, 4, 11, 30, tzinfo=UTC)),
        ("Asia/Kolkata", datetime.datetime(2026, 12, 31, 18, 29, tzinfo=UTC)),
    ],
)
def test_a_cached_page_lives_until_the_date_changes_in_its_sites_zone(zone, moment):
    tz = zoneinfo.ZoneInfo(zone)
    midnight = next_midnight(moment, tz)
    today = moment.astimezone(tz).date()
    assert (midnight - datetime.timedelta(microseconds=1)).astimezone(tz).date() == today
    assert midnight.astimezone(tz).date() == today + datetime.timedelta(days=1)


def test_the_cached_mission_home_turns_the_day_at_midnight_in_its_zone(sites):
    home = sites.mission  # London
    home.counters.create(
        title="Storm", start_date=datetime.date(2027, 3, 17), message="the storm", active=True
    )
    home.save_revision().publish()

    def counter_text():
        html = Client().get("/en-gb/", HTTP_HOST=MISSION_HOST)
        return html, html.content.decode()

    # 23:59:59 GMT on 27 March 2027, the night London's clocks go forward; after the test's
    # own publishing (at the real time), as a reader always comes after it.
    with freeze_time("2027-03-27 23:59:59"):
        counter_text()
        response, text = counter_text()
        assert response["X-Page-Cache"] == "hit"
        assert "10 days have passed since the storm" in text.replace("<strong", "").replace(
            "</strong>", ""
        ).replace('data-days-since="2027-03-17" data-time-zone="Europe/London">', "")
        assert 'datetime="2027-03-27"' in text
    with freeze_time("2027-03-28 00:00:01"):
        response, text = counter_text()
        assert response["X-Page-Cache"] == "miss"
        assert 'datetime="2027-03-28"' in text
        assert (
            '<strong data-days-since="2027-03-17" data-time-zone="Europe/London">11</strong>'
            in (text)
        )
