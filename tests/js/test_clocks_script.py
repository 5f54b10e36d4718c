"""The page's script keeps clocks, today's date and counters right in the reader's browser.

Run with Node (skipped where it is not installed, failed in CI): the server's figures are only
a fallback for readers without JavaScript and for cached pages.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.utils.environment import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "legation" / "core" / "static" / "core" / "clocks.js"
HARNESS = Path(__file__).with_name("clocks_harness.js")
NODE = shutil.which("node")


@pytest.fixture(autouse=True)
def _node():
    if NODE is None:
        skip_or_fail("Node.js is not installed")


def run(moment, elements):
    result = subprocess.run(
        [NODE, str(HARNESS), str(SCRIPT), moment, json.dumps(elements)],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return [(item["kind"], item["text"], item["datetime"]) for item in json.loads(result.stdout)]


CLOCKS = [
    {"kind": "clock", "zone": "Europe/London"},
    {"kind": "clock", "zone": "Europe/Vilnius"},
    {"kind": "clock", "zone": "America/Santiago"},
]


@pytest.mark.parametrize(
    "moment, expected",
    [
        ("2025-03-30T00:59:00Z", ["00:59", "02:59", "21:59"]),  # before London's change
        ("2025-03-30T01:01:00Z", ["02:01", "04:01", "22:01"]),  # after: BST and EEST
        ("2025-04-06T02:30:00Z", ["03:30", "05:30", "23:30"]),  # before Santiago's change
        ("2025-04-06T03:30:00Z", ["04:30", "06:30", "23:30"]),  # after: Chile back to UTC-4
        ("2025-10-26T00:30:00Z", ["01:30", "03:30", "21:30"]),  # London's autumn change
        ("2025-10-26T01:30:00Z", ["01:30", "03:30", "22:30"]),
    ],
)
def test_clocks_show_each_zones_time_across_daylight_saving_changes(moment, expected):
    assert [text for _kind, text, _dt in run(moment, CLOCKS)] == expected


def test_counter_and_today_follow_the_sites_date_not_utc():
    elements = [
        {"kind": "days", "zone": "Europe/London", "start": "2018-03-04"},
        {"kind": "days", "zone": "Europe/Vilnius", "start": "2018-03-04"},
        {"kind": "today", "zone": "Europe/Vilnius"},
    ]
    # 23:30 UTC on 25 October 2020: still the 25th in London, already the 26th in Vilnius.
    days_london, days_vilnius, today = run("2020-10-25T23:30:00Z", elements)
    assert days_london[1] == "966"
    assert days_vilnius[1] == "967"
    assert today[2] == "2020-10-26" and today[1] == "26 October 2020"
