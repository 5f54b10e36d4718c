"""The daily digest at eight in the subscriber's zone, across daylight-saving changes."""

import datetime
import zoneinfo

import pytest

from legation.alerts.models import next_digest_time

UTC = datetime.UTC
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("after", "zone", "expected"),
    [
        # Berlin before the spring change (CET, +1) and the morning after it (CEST, +2).
        (datetime.datetime(2026, 3, 28, 6, 0, tzinfo=UTC), BERLIN, (2026, 3, 28, 7, 0)),
        (datetime.datetime(2026, 3, 28, 7, 0, tzinfo=UTC), BERLIN, (2026, 3, 29, 6, 0)),
        # New York after the autumn change (EST, -5): eight is 13:00 UTC, no longer 12:00.
        (datetime.datetime(2026, 10, 31, 12, 0, tzinfo=UTC), NEW_YORK, (2026, 11, 1, 13, 0)),
        # 22:00 UTC is already seven the next morning in Tokyo: the digest is an hour later.
        (
            datetime.datetime(2026, 6, 1, 22, 0, tzinfo=UTC),
            zoneinfo.ZoneInfo("Asia/Tokyo"),
            (2026, 6, 1, 23, 0),
        ),
    ],
)
def test_next_digest_is_at_eight_local_time(after, zone, expected):
    moment = next_digest_time(after, zone)
    assert moment == datetime.datetime(*expected, tzinfo=UTC)
    assert moment.astimezone(zone).time() == datetime.time(8, 0)
