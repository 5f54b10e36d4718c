"""Each site's export as dated files readers download from /data/.

`legation export --downloads` exports each site's public archive; the worker runs the same
export for each site once a day (refresh_downloads, as soon as the date in the site's zone has
changed). It writes, into the data directory's `data/` folder:

- `<site>-<YYYY-MM-DD>.jsonl.gz`: the documents as JSON Lines;
- `<site>-<YYYY-MM-DD>.zip`: the whole export (JSON Lines, CSV, Akoma Ntoso, dictionary,
  manifest);
- `<site>.json`: what was written, when, and a fingerprint of what the gate let through.

The view serves a file only if the site's record names it, its bytes are the ones written
(SHA-256), and the fingerprint still matches what the gate lets through now: a document
withdrawn, expired, restricted or edited since the export makes the files out of date, and
they are not served until the next export, so a download never holds a text that is not
public now. Documents published since do not: the files are then only incomplete.
"""

import datetime
import gzip
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django_tasks import task
from wagtail.models import Site

from .archive import ExportArchive, public_documents, sha256_of

# How often the worker looks whether a site's files are of an earlier day, and how long it
# waits before asking again for an export it asked for (one that failed, or still running).
CHECK_EVERY = datetime.timedelta(minutes=1)
ASK_AGAIN_SECONDS = 3600
_last_check = {"at": None}
# A zip entry's time is part of its bytes: a fixed one keeps the file the same for the same
# archive (1980-01-01 is the earliest a zip can hold).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def downloads_dir():
    return Path(
        getattr(settings, "LEGATION_DOWNLOADS_DIR", None) or Path(settings.DATA_DIR) / "data"
    )


def site_key(site):
    return site.root_page.slug


def publish_downloads(sites=None, now=None, progress=False):
    """Export each site (all by default) into its dated files; the names written."""
    now = now or timezone.now()
    sites = sites or list(Site.objects.select_related("root_page").order_by("hostname", "port"))
    folder = downloads_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for site in sites:
        written += _publish_site(site, now, folder, progress)
    return written


def site_day(site, now):
    """The date at `now` in the site's zone; a site whose home is no Legation home (Wagtail's
    default site) has none: UTC."""
    zone = getattr(site.root_page.specific, "zone", datetime.UTC)
    return timezone.localtime(now, zone).date().isoformat()


def refresh_downloads(now):
    """The worker's daily step (after each round, at most once a minute): each site whose files
    are not of today's date in its zone gets a new export. The export is a task: the task
    worker runs it (TASKS_BACKEND), not the round, which must not hold back a publication; each
    is asked for once per site and day (a failed one again an hour later)."""
    if not getattr(settings, "LEGATION_DAILY_DOWNLOADS", True):
        return
    last = _last_check["at"]
    if last is not None and last <= now < last + CHECK_EVERY:
        return
    _last_check["at"] = now
    for site in Site.objects.select_related("root_page").order_by("hostname", "port"):
        day = site_day(site, now)
        record = _record_of(site)
        if record and record.get("date") == day:
            continue
        if cache.add(f"legation:downloads:{site.pk}:{day}", True, ASK_AGAIN_SECONDS):
            export_site_downloads.enqueue(site.pk)


@task()
def export_site_downloads(site_id):
    site = Site.objects.select_related("root_page").filter(pk=site_id).first()
    if site is not None:  # deleted since it was asked for
        publish_downloads([site])


def _record_of(site):
    try:
        return json.loads((downloads_dir() / f"{site_key(site)}.json").read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return None


def _publish_site(site, now, folder, progress):
    key = site_key(site)
    day = site_day(site, now)
    with tempfile.TemporaryDirectory(dir=folder) as work:
        export = Path(work) / "export"
        result = ExportArchive(export, sites=[site], now=now, progress=progress).execute()
        files = {
            f"{key}-{day}.jsonl.gz": lambda target: _gzip(export / "documents.jsonl", target),
            f"{key}-{day}.zip": lambda target: _zip(export, target),
        }
        for name, write in files.items():
            write(Path(work) / name)
        record = {
            "site": site.hostname,
            "date": day,
            "as_of": now.isoformat(),
            "documents": result.documents,
            "key_sum": result.key_sum,
            "files": {
                name: {
                    "bytes": (Path(work) / name).stat().st_size,
                    "sha256": sha256_of(Path(work) / name),
                }
                for name in files
            },
        }
        for name in files:
            (Path(work) / name).replace(folder / name)
        (folder / f"{key}.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    for old in folder.glob(f"{key}-*"):
        if old.name not in files and old.is_file():
            old.unlink()
    return sorted(files)


def _gzip(source, target):
    # No file name and no time in the gzip header: the same bytes for the same archive.
    with open(source, "rb") as raw, open(target, "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as packed:
            shutil.copyfileobj(raw, packed)


def _zip(directory, target):
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in directory.rglob("*") if p.is_file()):
            entry = zipfile.ZipInfo(path.relative_to(directory).as_posix(), ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            with open(path, "rb") as raw, archive.open(entry, "w") as packed:
                shutil.copyfileobj(raw, packed)


def site_downloads(site):
    """{name: path} of the site's files that may be served now; empty if out of date."""
    folder = downloads_dir()
    record = _record_of(site)
    if record is None:
        return {}, None
    if record.get("site") != site.hostname or not _still_current(site, record):
        return {}, None
    files = {}
    for name, written in record["files"].items():
        path = folder / name
        if path.is_file() and path.stat().st_size == written["bytes"]:
            files[name] = (path, written)
    return files, record


def verified(path, written):
    """Whether the file holds the bytes the export wrote (checked when it is served)."""
    return sha256_of(path) == written["sha256"]


def _still_current(site, record):
    """Every document of the export is still public, in the version exported."""
    as_of = parse_datetime(record["as_of"])
    now = public_documents(timezone.now(), [site]).filter(
        Q(last_published_at__isnull=True) | Q(last_published_at__lte=as_of)
    )
    found = now.aggregate(documents=Count("pk"), key_sum=Sum("pk"))
    return (
        found["documents"] == record["documents"] and (found["key_sum"] or 0) == record["key_sum"]
    )
