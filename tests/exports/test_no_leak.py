"""Nothing of a document in any non-public state reaches any file of the export, and at its
time each one is in the next export: the no-leak world's probes, searched file by file."""

import datetime
import gzip
import io
import zipfile

import pytest
from django.core.management import call_command
from freezegun import freeze_time

from legation.exports.downloads import publish_downloads
from legation.publishing.scheduling import Worker
from tests.noleak.world import GO_LIVE, RELEASED_BY_PUBLISHING, RELEASED_BY_TIME, build_world

pytestmark = pytest.mark.django_db


def texts(directory):
    """(file name, lower-case text) of every file written, packed files unpacked."""
    for path in sorted(directory.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        if path.suffix == ".zip":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for name in archive.namelist():
                    yield f"{path.name}/{name}", archive.read(name).decode().lower()
            continue
        yield str(path.relative_to(directory)), data.decode().lower()


def export_everything(tmp_path, settings, name):
    directory = tmp_path / name
    call_command("export", str(directory / "export"), verbosity=0)
    settings.LEGATION_DOWNLOADS_DIR = directory / "downloads"
    publish_downloads()
    return dict(texts(directory))


def found(files, probes):
    return sorted(
        f"{probe.state}: {name}"
        for probe in probes
        for name, text in files.items()
        if probe.marker.lower() in text
    )


def test_no_file_holds_a_document_before_its_time(tmp_path, settings):
    world = build_world()
    files = export_everything(tmp_path, settings, "before")
    assert any("companion statement" in text for text in files.values())
    assert found(files, world.probes) == []

    with freeze_time(GO_LIVE + datetime.timedelta(seconds=1)):
        Worker().run_due()
        for probe in world.probes:
            if probe.state in RELEASED_BY_PUBLISHING:
                probe.document.get_latest_revision().publish(user=world.editor)
        files = export_everything(tmp_path, settings, "after")
    released = [p for p in world.probes if p.state in RELEASED_BY_TIME + RELEASED_BY_PUBLISHING]
    still_out = [probe for probe in world.probes if probe not in released]
    for probe in released:
        assert f"{probe.state}: export/documents.jsonl" in found(files, [probe])
        assert any(name.endswith(".jsonl.gz") for name in found(files, [probe]))
    assert found(files, still_out) == []
