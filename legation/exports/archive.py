"""The export of the public archive: an action object that writes one export directory.

    ExportArchive(directory, since=…, sites=[…], formats={"jsonl", "csv", "akn"}).execute()

What is exported is what the public gate lets through at one moment, read in batches of
primary keys (bounded memory at any size) and written as it is read. The same archive gives
byte-identical files: documents in primary-key order, keys and columns in the data
dictionary's order, and no time of the run in any file; the manifest lists each file with its
SHA-256. The directory is written beside its place and swapped in at the end, so a failed run
leaves the previous export as it was.
"""

import datetime
import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, Site

from legation.core.models import PublicGate
from legation.documents.models import DocumentPage
from legation.documents.records import document_records

from . import dictionary
from .writers import CsvFile, JsonLinesFile

FORMATS = ("jsonl", "csv", "akn")
BATCH_SIZE = 500
MANIFEST = "manifest.json"


class ExportError(Exception):
    """Why an export cannot be made, in words for the person who asked for it."""


@dataclass
class ExportResult:
    manifest: dict
    documents: int
    key_sum: int  # of the exported pages' primary keys: a fingerprint of what was exported


def public_documents(now, sites=None):
    """What the export holds: every document public at `now` (through the gate) and published
    by then, of the chosen sites' trees in every language."""
    documents = PublicGate(now).filter(DocumentPage.objects.all())
    documents = documents.filter(Q(last_published_at__isnull=True) | Q(last_published_at__lte=now))
    if sites:
        homes = Page.objects.filter(
            depth=2, translation_key__in=[site.root_page.translation_key for site in sites]
        ).values_list("path", flat=True)
        in_trees = Q(pk__in=[])
        for path in homes:
            in_trees |= Q(path__startswith=path)
        documents = documents.filter(in_trees)
    return documents


def changed_since(documents, since):
    """Documents any version of which was published (or edited in public) since `since`, or
    whose publication time came since: a translation waiting for its source comes out with it."""
    changed = DocumentPage.objects.filter(
        Q(last_published_at__gte=since) | Q(published_at__gte=since)
    ).values("translation_key")
    return documents.filter(translation_key__in=changed)


def find_sites(names):
    """Sites by host name or by their home page's slug; a clear error for one that is not."""
    sites = list(Site.objects.select_related("root_page").order_by("hostname", "port"))
    found = []
    for name in names:
        matching = [site for site in sites if name in (site.hostname, site.root_page.slug)]
        if not matching:
            known = ", ".join(f"{site.root_page.slug} ({site.hostname})" for site in sites)
            raise ExportError(f"--site {name}: no such site. The sites are: {known}.")
        found += [site for site in matching if site not in found]
    return found


class ExportArchive:
    def __init__(
        self,
        directory,
        since=None,
        sites=None,
        formats=FORMATS,
        now=None,
        progress=False,
        batch_size=BATCH_SIZE,
    ):
        self.directory = Path(directory)
        self.since = since
        self.sites = sites or []
        self.formats = [name for name in FORMATS if name in formats]
        self.now = now or timezone.now()
        self.progress = progress
        self.batch_size = batch_size

    def documents(self):
        documents = public_documents(self.now, self.sites)
        return changed_since(documents, self.since) if self.since else documents

    def execute(self):
        self._check_directory()
        self.directory.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{self.directory.name}-", dir=self.directory.parent))
        try:
            result = self._write(work)
            if self.directory.exists():
                shutil.rmtree(self.directory)
            work.rename(self.directory)
        finally:
            if work.exists():
                shutil.rmtree(work)
        return result

    def _check_directory(self):
        directory = self.directory
        if directory.exists() and not directory.is_dir():
            raise ExportError(f"{directory} is a file, not a directory.")
        if directory.exists() and any(directory.iterdir()):
            if not (directory / MANIFEST).is_file():
                raise ExportError(
                    f"{directory} is not empty and holds no earlier export ({MANIFEST}): "
                    "choose an empty or new directory; nothing was written."
                )

    def _write(self, work):
        # Only the worker and the command write exports; the web processes that serve the
        # files (downloads.py) import this module too, and need neither of these (2 MB of a worker).
        from tqdm import tqdm

        from .akoma_ntoso import debate_xml

        counts = {"documents": 0, "transcripts": 0, "turns": 0}
        key_sum = 0
        files = {}
        if "jsonl" in self.formats:
            files["jsonl"] = JsonLinesFile(work / "documents.jsonl")
        if "csv" in self.formats:
            files["documents"] = CsvFile(work / "documents.csv", dictionary.DOCUMENT_COLUMNS)
            files["turns"] = CsvFile(work / "turns.csv", dictionary.TURN_COLUMNS)
        if "akn" in self.formats:
            (work / "akn").mkdir()
        documents = self.documents()
        bar = tqdm(
            total=documents.count(),
            unit=" documents",
            disable=not self.progress,
            desc="Exporting",
        )
        try:
            for batch in self._batches(documents):
                for page, record in zip(batch, document_records(batch, full=True), strict=True):
                    counts["documents"] += 1
                    counts["turns"] += len(record["turns"])
                    key_sum += page.pk
                    if "jsonl" in files:
                        files["jsonl"].write(record)
                    if "documents" in files:
                        files["documents"].write(dictionary.document_row(record))
                        files["turns"].write_many(dictionary.turn_rows(record))
                    if record["turns"]:
                        counts["transcripts"] += 1
                        if "akn" in self.formats:
                            name = f"{record['document']}.{record['language']}.xml"
                            (work / "akn" / name).write_bytes(debate_xml(record))
                bar.update(len(batch))
        finally:
            bar.close()
            for file in files.values():
                file.close()
        (work / "data-dictionary.md").write_text(dictionary.as_markdown(), encoding="utf-8")
        (work / "data-dictionary.json").write_text(dictionary.as_json(), encoding="utf-8")
        manifest = self._manifest(work, counts)
        (work / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        return ExportResult(manifest, counts["documents"], key_sum)

    def _batches(self, documents):
        """Pages in primary-key order, `batch_size` at a time: memory does not grow with the
        archive, and a batch's records share their lookups (sites, kinds, people)."""
        documents = documents.select_related("kind", "locale").order_by("pk")
        last = 0
        while batch := list(documents.filter(pk__gt=last)[: self.batch_size]):
            yield batch
            last = batch[-1].pk

    def _manifest(self, work, counts):
        listed = sorted(
            path for path in work.rglob("*") if path.is_file() and path.name != MANIFEST
        )
        return {
            "what": "Every public document of the archive, with its transcript turns "
            "(see data-dictionary.md).",
            "incremental": self.since is not None,
            "since": _iso(self.since) if self.since else None,
            "sites": sorted(site.hostname for site in self.sites) or "all",
            "formats": self.formats,
            **counts,
            "files": [
                {
                    "name": path.relative_to(work).as_posix(),
                    "bytes": path.stat().st_size,
                    "sha256": sha256_of(path),
                }
                for path in listed
            ],
        }


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _iso(moment):
    return moment.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")
