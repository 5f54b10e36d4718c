"""Every translated row of every demo mission home reads in its home's language: cities,
consular contacts and hours, counters and the head of mission, as the demo's data writes them.
(The builder once changed the copied rows and never saved them: half the Russian home was
English.)"""

import os

from django.core.management import call_command
from lxml import html

from legation.demo import sites
from legation.missions.models import MissionHomePage
from tests.utils.builders import locale


def rows_not_in_their_language(client):
    """[(site, language, text)] that the home in that language does not show."""
    missing = []
    for spec in sites.MISSIONS:
        source = MissionHomePage.objects.get(
            slug=spec["slug"], locale__language_code=spec["default_language"]
        )
        for code in spec["languages"]:
            home = source.get_translation(locale(code))
            response = client.get(
                f"/{code}/", HTTP_HOST=f"127.0.0.1:{spec['port']}", SERVER_PORT=str(spec["port"])
            )
            shown = " ".join(html.fromstring(response.content).text_content().split())
            texts = [city[code] for city in spec["cities"]]
            texts += [text for contact in spec["contacts"] for text in contact[code]]
            texts += [
                part for counter in spec["counters"] for part in counter[code][1].split("{days}")
            ]
            texts += [home.head_of_mission.name]
            missing += [
                (spec["slug"], code, text)
                for text in texts
                if " ".join(text.split()).strip() not in shown
            ]
    return missing


def test_every_mission_home_shows_its_rows_in_its_own_language(db, client):
    with open(os.devnull, "w") as quiet:
        call_command("demo", stdout=quiet)
    assert rows_not_in_their_language(client) == []
