"""`legation import … --dry-run`: JSON Lines on stdout, bad files on stderr, exit status."""

import io
import json
import shutil

import pytest
from django.core.management import CommandError, call_command

from legation.importer.recognise import DRY_RUN_KEYS, REASON_KEYS

from .conftest import FIXTURES


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_dry_run_writes_one_json_object_per_file():
    out, err = run(str(FIXTURES), "--dry-run", "--format", "json")
    lines = out.splitlines()
    pages = sorted(p for p in FIXTURES.iterdir() if p.suffix in {".txt", ".html"})
    assert len(lines) == len(pages)
    for line in lines:
        assert tuple(json.loads(line)) == DRY_RUN_KEYS + REASON_KEYS
    assert "0 failed" in err


def test_bad_files_are_named_the_others_go_on_and_the_status_says_so(tmp_path):
    shutil.copy(FIXTURES / "en_qa_interview.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 ...")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as failed:
        call_command("import", str(tmp_path), "--dry-run", "--format", "json", stdout=out,
                     stderr=err)  # fmt: skip
    assert failed.value.returncode == 1
    assert [json.loads(line)["doc_type"] for line in out.getvalue().splitlines()] == ["interview"]
    assert "empty.txt: empty file" in err.getvalue()
    assert "scan.pdf: binary file" in err.getvalue()
    assert "3 files: 1 read, 2 failed" in err.getvalue()


def test_human_readable_by_default():
    out, _ = run(str(FIXTURES / "en_news_conference.txt"), "--dry-run")
    assert "article, transcript, en" in out
    assert "speakers: Tomas Ardell" in out


def test_site_is_required_to_write():
    with pytest.raises(CommandError, match="--site"):
        run(str(FIXTURES / "en_news_conference.txt"))


def test_reading_processes_give_the_same_lines_in_the_same_order():
    alone, _ = run(str(FIXTURES), "--dry-run", "--format", "json", "--jobs", "0")
    shared, err = run(str(FIXTURES), "--dry-run", "--format", "json", "--jobs", "2")
    assert shared == alone
    assert "0 failed" in err
