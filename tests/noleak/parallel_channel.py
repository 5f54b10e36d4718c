"""The side-by-side view (`?parallel=`) as a channel: what it shows beside a page is another
language version, which must be public as the page itself is."""

from .world import MINISTRY_HOST


def side_by_side(world, probe):
    """The probe beside its Russian version and back, and the live companion (whose links and
    materials name every probe) beside its Russian version and back."""
    return [
        (MINISTRY_HOST, f"/en-gb/news/{probe.slug}/?parallel=ru-ru"),
        (MINISTRY_HOST, f"/ru-ru/news/{probe.slug}/?parallel=en-gb"),
        (MINISTRY_HOST, "/en-gb/news/companion-statement/?parallel=ru-ru"),
        (MINISTRY_HOST, "/ru-ru/news/companion-statement/?parallel=en-gb"),
    ]
