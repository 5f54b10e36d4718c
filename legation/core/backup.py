"""Backups of an install: the database and the uploaded media in one tar archive.

The copy is consistent while the site runs: SQLite's online backup API copies the database as
one transaction sees it (a plain file copy of a WAL database may miss what the log holds), and
pg_dump reads PostgreSQL in one snapshot. A restore checks the archive whole before it
replaces anything, and replaces the database in one step (a file rename, or pg_restore in a
single transaction), so a bad archive leaves the install as it was.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
SQLITE_FILE = "database.sqlite3"
POSTGRES_FILE = "database.dump"


class BackupError(Exception):
    pass


def database_engine():
    engine = settings.DATABASES["default"]["ENGINE"]
    if engine.endswith("sqlite3"):
        return "sqlite"
    if engine.endswith("postgresql"):
        return "postgresql"
    raise BackupError(f"Backups support SQLite and PostgreSQL, not {engine}.")


def postgres_command(program, *args):
    """pg_dump or pg_restore with the connection of DATABASES["default"]."""
    database = settings.DATABASES["default"]
    if not shutil.which(program):
        raise BackupError(f"{program} is not installed (Debian: postgresql-client).")
    command = [program, "--no-password"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            command += [option, str(database[key])]
    env = {**os.environ}
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    return [*command, *args], env


def run(command, env):
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()}")
    return done.stdout


def dump_database(engine, target_dir):
    database = settings.DATABASES["default"]
    if engine == "sqlite":
        target = target_dir / SQLITE_FILE
        source = sqlite3.connect(database["NAME"])
        copy = sqlite3.connect(target)
        try:
            with copy:
                source.backup(copy)
        finally:
            copy.close()
            source.close()
        return target
    target = target_dir / POSTGRES_FILE
    command, env = postgres_command(
        "pg_dump", "--format=custom", "--no-owner", "--file", str(target), database["NAME"]
    )
    run(command, env)
    return target


def default_archive_path(directory):
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    return Path(directory) / f"legation-backup-{stamp}.tar"


def back_up(destination):
    """Writes the archive (to destination, or inside it when it is a directory); returns its
    path and manifest."""
    destination = Path(destination)
    archive_path = default_archive_path(destination) if destination.is_dir() else destination
    engine = database_engine()
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(dir=archive_path.parent) as work:
        database_file = dump_database(engine, Path(work))
        manifest = {
            "format": FORMAT,
            "created": timezone.now().isoformat(),
            "database": engine,
            "database_file": database_file.name,
            "media_files": sum(1 for path in media_root.rglob("*") if path.is_file())
            if media_root.exists()
            else 0,
        }
        partial = archive_path.with_name(archive_path.name + ".partial")
        with tarfile.open(partial, "w") as archive:
            manifest_file = Path(work) / MANIFEST
            manifest_file.write_text(json.dumps(manifest, indent=2))
            archive.add(manifest_file, MANIFEST)
            archive.add(database_file, database_file.name)
            if media_root.exists():
                archive.add(media_root, MEDIA)
        # Renamed only once complete: an interrupted backup never looks like a good one.
        partial.rename(archive_path)
    return archive_path, manifest


def read_manifest(archive):
    try:
        member = archive.extractfile(MANIFEST)
    except KeyError:
        member = None
    if member is None:
        raise BackupError(f"{archive.name} is not a Legation backup: it has no {MANIFEST}.")
    manifest = json.load(member)
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{archive.name} is a backup of format {manifest.get('format')}.")
    return manifest


def check_database_copy(engine, path):
    if engine == "sqlite":
        connection = sqlite3.connect(path)
        try:
            (result,) = connection.execute("PRAGMA integrity_check").fetchone()
        finally:
            connection.close()
        if result != "ok":
            raise BackupError(f"The backup's database is damaged: {result}")
    else:
        command, env = postgres_command("pg_restore", "--list", str(path))
        run(command, env)


def restore_database(engine, path):
    database = settings.DATABASES["default"]
    if engine == "sqlite":
        target = Path(database["NAME"])
        # Beside the database, so that the rename is atomic; the old log files go with it.
        staged = target.with_name(target.name + ".restoring")
        shutil.copyfile(path, staged)
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        staged.replace(target)
        return
    command, env = postgres_command(
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
        "--dbname",
        database["NAME"],
        str(path),
    )
    run(command, env)


def restore_media(staged_media):
    media_root = Path(settings.MEDIA_ROOT)
    previous = media_root.with_name(media_root.name + ".before-restore")
    shutil.rmtree(previous, ignore_errors=True)
    if media_root.exists():
        media_root.rename(previous)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    if staged_media.exists():
        staged_media.rename(media_root)
    else:
        media_root.mkdir()
    shutil.rmtree(previous, ignore_errors=True)


def restore(archive_path):
    """Replaces the database and the media with the archive's; returns its manifest."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError(f"{archive_path} does not exist.")
    engine = database_engine()
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=media_root.parent) as work:
        try:
            with tarfile.open(archive_path) as archive:
                manifest = read_manifest(archive)
                if manifest["database"] != engine:
                    raise BackupError(
                        f"{archive_path} holds a {manifest['database']} database; "
                        f"this install runs on {engine}."
                    )
                archive.extractall(work, filter="data")
        except tarfile.TarError as error:
            raise BackupError(f"{archive_path} is not a readable tar archive: {error}") from None
        database_file = Path(work) / manifest["database_file"]
        check_database_copy(engine, database_file)
        staged_media = Path(work) / MEDIA
        media_files = sum(1 for path in staged_media.rglob("*") if path.is_file())
        if media_files != manifest["media_files"]:
            raise BackupError(
                f"{archive_path} should hold {manifest['media_files']} media files "
                f"and holds {media_files}."
            )
        restore_database(engine, database_file)
        restore_media(staged_media)
    return manifest
