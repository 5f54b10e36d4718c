"""Never before its time, proven channel by channel: nothing of a document in any non-public
state reaches a reader, and at its time each one reaches every channel at once.

The matrix printed at the end of the run counts, for each channel, state and language, the
responses probed and the leaks found.
"""

import datetime
import re
from collections import Counter
from urllib.parse import quote

import pytest
from django.test import Client
from freezegun import freeze_time

from legation.publishing.scheduling import Worker

from .channels import CHANNELS
from .world import GO_LIVE, RELEASED_BY_PUBLISHING, RELEASED_BY_TIME, build_world

pytestmark = pytest.mark.django_db


class Reader:
    """An anonymous reader (no session, no cookies kept) who fetches each address once."""

    def __init__(self):
        self.responses = {}

    def fetch(self, host, path):
        if (host, path) not in self.responses:
            response = Client().get(path, HTTP_HOST=host)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            headers = "\n".join(f"{name}: {value}" for name, value in response.headers.items())
            text = (headers + "\n" + body.decode("utf-8", "replace")).lower()
            self.responses[host, path] = (response.status_code, without_what_was_asked(text, path))
        return self.responses[host, path]


def without_what_was_asked(text, path):
    """The response less the reader's own words: an address or a filter value the reader typed
    and the page repeats ("Nothing is filed under …") is no leak."""
    address, _, query = path.lower().partition("?")
    text = text.replace(quote(address), "").replace(address, "")
    for value in values_asked(path):
        text = text.replace(value, "")
    return text


def values_asked(path):
    return re.findall(r"=([^&]+)", path.lower().partition("?")[2])


def language_of(path):
    match = re.match(r"/([a-z]{2}-[a-z]{2})/", path)
    return match.group(1) if match else "-"


def probe_all(world, probes, channels):
    """{(channel, state, language): [probes, finds]}, and the finds and misses, as text."""
    reader, matrix, leaks, misses = Reader(), {}, [], []
    for channel in channels:
        for probe in probes:
            for host, path in channel.addresses(world, probe):
                status, text = reader.fetch(host, path)
                cell = matrix.setdefault((channel.name, probe.state, language_of(path)), [0, 0])
                cell[0] += 1
                where = f"{probe.state}: {channel.name} {host}{path} ({status})"
                if probe.marker.lower() in text:
                    cell[1] += 1
                    leaks.append(where)
                elif probe.marker.lower() in values_asked(path):
                    pass  # the marker was the reader's own word, removed from what they got
                elif expected_after(channel.name, language_of(path)):
                    misses.append(where)
    return matrix, leaks, misses


def matrix_text(title, matrix, counted="leaks"):
    lines = [title, f"{'channel':<26} {'state':<34} {'lang':<6} probes {counted}"]
    for (channel, state, language), (probes, leaks) in sorted(matrix.items()):
        lines.append(f"{channel:<26} {state:<34} {language:<6} {probes:>6} {leaks:>5}")
    totals = Counter()
    for probes, leaks in matrix.values():
        totals["probes"] += probes
        totals["leaks"] += leaks
    lines.append(f"total: {totals['probes']} probes, {totals['leaks']} {counted}")
    return "\n".join(lines)


# The channels in two halves of about the same cost, each probed in a world of its own, so that
# pytest-xdist's workers share the suite's longest test: what machines read, and the rest.
FOR_MACHINES = ("feeds", "sitemaps and robots", "api", "bulk data")
HALVES = {
    "pages": [channel for channel in CHANNELS if channel.name not in FOR_MACHINES],
    "machine-readable": [channel for channel in CHANNELS if channel.name in FOR_MACHINES],
}


@pytest.mark.parametrize("half", HALVES)
def test_never_before_its_time_and_on_every_channel_at_it(half, record_property):
    """One world for both phases: building it is a large part of the cost."""
    channels = HALVES[half]
    world = build_world()

    matrix, leaks, _misses = probe_all(world, world.probes, channels)
    record_property("no-leak matrix", matrix_text(f"No leak before go-live ({half}):", matrix))
    assert not leaks, "\n".join(leaks)
    assert all(probes for probes, _leaks in matrix.values())

    with freeze_time(GO_LIVE + datetime.timedelta(seconds=1)):
        Worker().run_due()
        for probe in world.probes:
            if probe.state in RELEASED_BY_PUBLISHING:
                probe.document.get_latest_revision().publish(user=world.editor)
        released = [
            probe
            for probe in world.probes
            if probe.state in RELEASED_BY_TIME + RELEASED_BY_PUBLISHING
        ]
        matrix, _finds, missing = probe_all(world, released, channels)
        still_out = [probe for probe in world.probes if probe not in released]
        _matrix, leaks, _misses = probe_all(world, still_out, channels)

    found = matrix_text(f"Found after go-live ({half}):", matrix, counted="found")
    record_property("no-leak matrix", found)
    assert not missing, "\n".join(missing)
    assert not leaks, "\n".join(leaks)


def expected_after(channel, language):
    if channel in ("error pages", "embargo previews"):
        return False
    if channel == "sitemaps and robots":
        # robots.txt, the indexes and the mission's sitemaps name no ministry text; the
        # ministry's sitemaps listing it at its time is tests/discovery's test.
        return False
    return channel == "own address" or language != "de-de"
