"""The bulk-data channel of the no-leak probe suite (tests/noleak/channels.py).

The downloads are written by an export run (cron or the worker, daily), so the channel runs
one when the probe's day has none yet — before go-live, and again at it — and gives the
ministry's JSON Lines download, uncompressed, as a reader fetches it. Its zip (CSV, Akoma
Ntoso) is searched file by file in tests/exports/test_no_leak.py.
"""

from django.utils import timezone
from wagtail.models import Site

from legation.exports.downloads import publish_downloads, site_downloads
from tests.utils.builders import MINISTRY_HOST


def bulk_data_files(world, probe):
    site = Site.objects.select_related("root_page").get(hostname=MINISTRY_HOST)
    today = timezone.now().date()
    if getattr(world, "bulk_data_day", None) != today:
        publish_downloads(sites=[site])
        world.bulk_data_day = today
    files, _record = site_downloads(site)
    packed = next(name for name in files if name.endswith(".jsonl.gz"))
    return [(MINISTRY_HOST, f"/data/{packed.removesuffix('.gz')}")]
