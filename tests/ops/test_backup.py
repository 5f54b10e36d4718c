"""`legation backup` while the site is served, `legation restore` into an empty install: the
restored install holds what the original held and serves it (SQLite and PostgreSQL, whichever
DATABASE_URL names)."""

import json
import re
import tarfile

import pytest

from tests.utils.served_demo import (
    HOSTS,
    DemoCopy,
    database_name,
    drop_database,
    legation,
    on_postgresql,
    recreate_database,
    serving,
)

CENSUS = """
import json
from django.apps import apps
print(json.dumps({
    model._meta.label: model.objects.count()
    for model in apps.get_models()
    if model._meta.app_label.split(".")[0] in {"wagtailcore", "wagtailimages", "wagtaildocs",
        "auth", "core", "directory", "documents", "missions", "publishing", "translations"}
}))
"""
PROXY = {"X-Forwarded-Proto": "https"}


def census(copy):
    return json.loads(legation("shell", "-c", CENSUS, env=copy.environment()).splitlines()[-1])


def media_files(copy):
    root = copy.data_dir / "media"
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


@pytest.fixture
def empty_install(served_demo, tmp_path):
    """A new install of the same release: migrated, its static files collected, no content."""
    database = database_name("restored") if on_postgresql() else None
    if database:
        recreate_database(database)
    install = DemoCopy(tmp_path / "restored", database)
    install.data_dir.mkdir()
    legation("migrate", "--noinput", "-v", "0", env=install.environment())
    (install.data_dir / "static").symlink_to(served_demo.data_dir / "static")
    yield install
    if database:
        drop_database(database)


def test_a_backup_taken_while_serving_restores_into_a_new_install(
    served_demo, empty_install, tmp_path
):
    archive = tmp_path / "demo.tar"
    with serving(served_demo) as server:
        output = legation("backup", str(archive), env=served_demo.environment())
        # The site went on answering while the copy was taken.
        assert server.request("GET", "/healthz", host="127.0.0.1")[0] == 200
    assert f"to {archive}" in output
    with tarfile.open(archive) as contents:
        names = contents.getnames()
    assert "manifest.json" in names and any(name.startswith("media/") for name in names)

    legation("restore", "--yes", str(archive), env=empty_install.environment())

    expected = census(served_demo)
    assert expected["wagtailcore.Page"] > 100 and expected["wagtailimages.Image"] > 0
    assert expected["wagtaildocs.Document"] > 0
    assert census(empty_install) == expected
    assert media_files(empty_install) == media_files(served_demo)
    for name in media_files(served_demo):
        original = (served_demo.data_dir / "media" / name).read_bytes()
        assert (empty_install.data_dir / "media" / name).read_bytes() == original
    # The restored install serves the demo.
    with serving(empty_install, TRUSTED_PROXY="127.0.0.1") as restored:
        status, _, body = restored.request("GET", "/en-gb/", host=HOSTS[8001], headers=PROXY)
        assert status == 200
        assert "Embassy of the Republic of Velmora in the United Kingdom" in body.decode()
        documents = re.findall(r'href="(/en-gb/news/[^"?]+/)"', body.decode())
        assert documents
        assert restored.request("GET", documents[0], host=HOSTS[8001], headers=PROXY)[0] == 200


def test_a_damaged_archive_restores_nothing(served_demo, empty_install, tmp_path):
    archive = tmp_path / "demo.tar"
    legation("backup", str(archive), env=served_demo.environment())
    archive.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    before = census(empty_install)
    with pytest.raises(AssertionError) as refusal:
        legation("restore", "--yes", str(archive), env=empty_install.environment())
    assert "is not a readable tar archive" in str(refusal.value) or "damaged" in str(refusal.value)
    assert census(empty_install) == before
