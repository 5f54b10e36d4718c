"""The dated files under /data/: what the export wrote, and only while it is still true."""

import datetime
import gzip
import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time

from legation.documents.models import DocumentPage
from legation.exports.downloads import downloads_dir
from legation.publishing.actions.withdraw import WithdrawDocumentAction
from legation.publishing.scheduling import Worker
from tests.utils.builders import MINISTRY_HOST, MISSION_HOST, add_document, make_kind

pytestmark = pytest.mark.django_db


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.LEGATION_DOWNLOADS_DIR = tmp_path / "data"
    return tmp_path / "data"


def get(path, host=MINISTRY_HOST):
    response = Client().get(path, HTTP_HOST=host)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def test_each_site_lists_and_serves_its_own_dated_files(archive_world, data_dir):
    call_command("export", "--downloads", verbosity=0)
    listing, page = get("/data/")
    assert listing.status_code == 200
    day = timezone.localtime(timezone.now(), archive_world["ministry"].zone).date().isoformat()
    packed, whole = f"ministry-{day}.jsonl.gz", f"ministry-{day}.zip"
    for name in (packed, whole, packed.removesuffix(".gz")):
        assert f'href="/data/{name}"'.encode() in page

    response, body = get(f"/data/{packed}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/gzip"
    assert "attachment" in response["Content-Disposition"]
    titles = sorted(json.loads(line)["title"] for line in gzip.decompress(body).splitlines())
    assert titles == [
        "News conference on the harbour treaty",
        "Statement on fishing quotas",
        "Заявление о квотах на вылов",
    ]
    plain, text = get(f"/data/{packed.removesuffix('.gz')}")
    assert plain.status_code == 200 and text == gzip.decompress(body)

    response, body = get(f"/data/{whole}")
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        assert {"documents.jsonl", "documents.csv", "turns.csv", "manifest.json"} <= set(
            archive.namelist()
        )
        assert any(name.startswith("akn/") for name in archive.namelist())

    # The mission's files are the mission's: not on the ministry's host, and the reverse.
    mission_day = timezone.localtime(timezone.now(), archive_world["mission"].zone).date()
    mission_file = f"mission-{mission_day.isoformat()}.jsonl.gz"
    assert get(f"/data/{mission_file}")[0].status_code == 404
    response, body = get(f"/data/{mission_file}", host=MISSION_HOST)
    assert [json.loads(line)["title"] for line in gzip.decompress(body).splitlines()] == [
        "Embassy open day"
    ]


def test_the_same_archive_gives_the_same_download_bytes(archive_world, data_dir):
    call_command("export", "--downloads", verbosity=0)
    first = {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}
    call_command("export", "--downloads", verbosity=0)
    second = {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}
    packed = [name for name in first if not name.endswith(".json")]
    assert packed and {name: first[name] for name in packed} == {
        name: second[name] for name in packed
    }


def served_file(data_dir):
    return next(path.name for path in data_dir.glob("ministry-*.jsonl.gz"))


@pytest.mark.parametrize("change", ["withdrawn", "unpublished", "expired", "edited"])
def test_a_document_no_longer_public_as_exported_takes_the_files_offline(
    archive_world, data_dir, change
):
    call_command("export", "--downloads", verbosity=0)
    name = served_file(data_dir)
    assert get(f"/data/{name}")[0].status_code == 200
    document = DocumentPage.objects.get(pk=archive_world["plain"].pk)
    if change == "withdrawn":
        editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "x")
        WithdrawDocumentAction(document, editor, "Issued in error.").execute()
    elif change == "unpublished":
        document.unpublish()
    elif change == "expired":
        DocumentPage.objects.filter(pk=document.pk).update(expire_at=timezone.now())
    else:
        document.title = "Statement on fishing quotas, corrected"
        document.save_revision().publish()

    response, body = get(f"/data/{name}")
    assert response.status_code == 404
    assert b"Statement on fishing quotas" not in body
    listing, page = get("/data/")
    assert name.encode() not in page
    call_command("export", "--downloads", verbosity=0)
    assert get(f"/data/{served_file(data_dir)}")[0].status_code == 200


def test_a_new_publication_leaves_the_files_up(archive_world, data_dir):
    call_command("export", "--downloads", verbosity=0)
    name = served_file(data_dir)
    add_document(
        DocumentPage.objects.get(pk=archive_world["plain"].pk).get_parent(),
        "A later statement",
        make_kind("statement"),
    )
    assert get(f"/data/{name}")[0].status_code == 200


def test_only_what_the_export_wrote_is_served(archive_world, data_dir):
    call_command("export", "--downloads", verbosity=0)
    name = served_file(data_dir)
    (data_dir / "ministry-notes.zip").write_bytes(b"not from the export")
    assert get("/data/ministry-notes.zip")[0].status_code == 404
    assert get("/data/ministry.json")[0].status_code == 404
    # Same size, other bytes: not the file the export wrote.
    path = data_dir / name
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
    assert get(f"/data/{name}")[0].status_code == 404
    assert get("/data/../legation.sqlite3")[0].status_code == 404


def test_before_any_export_the_page_says_the_files_are_coming(db, archive_world, data_dir):
    listing, page = get("/data/")
    assert listing.status_code == 200
    assert b"being brought up to date" in page
    assert not downloads_dir().exists() or not any(downloads_dir().iterdir())


def test_the_worker_writes_each_sites_files_once_a_day_in_its_zone(
    archive_world, data_dir, settings
):
    settings.LEGATION_DAILY_DOWNLOADS = True
    cache.clear()  # what it asked for already, per site and day

    def files_after_round(moment):
        with freeze_time(moment):
            Worker().run_due()
        return sorted(path.name for path in data_dir.iterdir() if path.suffix == ".zip")

    def as_of(site):
        return json.loads((data_dir / f"{site}.json").read_text())["as_of"]

    noon = (timezone.now() + datetime.timedelta(days=1)).replace(hour=12, minute=0, second=0)
    late = noon.replace(hour=23, minute=30)  # 00:30 the next day in Berlin, 23:30 in London
    first, next_day = (moment.date().isoformat() for moment in (noon, noon + datetime.timedelta(1)))

    assert files_after_round(noon) == [f"ministry-{first}.zip", f"mission-{first}.zip"]
    written = as_of("ministry"), as_of("mission")
    assert files_after_round(noon + datetime.timedelta(minutes=5)) == [
        f"ministry-{first}.zip",
        f"mission-{first}.zip",
    ]
    assert (as_of("ministry"), as_of("mission")) == written  # not exported again that day
    assert files_after_round(late) == [f"ministry-{next_day}.zip", f"mission-{first}.zip"]
    assert as_of("mission") == written[1]
    assert files_after_round(late + datetime.timedelta(hours=1)) == [
        f"ministry-{next_day}.zip",
        f"mission-{next_day}.zip",
    ]
    response, body = get(f"/data/ministry-{next_day}.jsonl.gz")
    assert response.status_code == 200  # served, and only the day's files are left
    assert not list(data_dir.glob(f"ministry-{first}*"))
