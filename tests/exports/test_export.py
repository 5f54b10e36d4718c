"""`legation export`: what a researcher finds in the files, and that the same archive gives the
same bytes."""

import csv
import datetime
import hashlib
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from legation.documents.models import DocumentPage

pytestmark = pytest.mark.django_db


def files_of(directory):
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def lines(directory):
    text = (directory / "documents.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def rows(directory, name):
    with open(directory / name, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_every_public_document_in_every_format(archive_world, export):
    directory = export()
    exported = lines(directory)
    titles = sorted(record["title"] for record in exported)
    assert titles == [
        "Embassy open day",
        "News conference on the harbour treaty",
        "Statement on fishing quotas",
        "Заявление о квотах на вылов",
    ]
    assert [row["title"] for row in rows(directory, "documents.csv")] == [
        record["title"] for record in exported
    ]
    assert sorted(path.name for path in (directory / "akn").iterdir()) == [
        f"{archive_world['conference'].translation_key}.en-gb.xml"
    ]
    manifest = json.loads((directory / "manifest.json").read_text())
    assert (manifest["documents"], manifest["transcripts"], manifest["turns"]) == (4, 1, 5)
    assert manifest["incremental"] is False


def test_two_runs_of_the_same_archive_are_byte_identical(archive_world, export):
    first, second = export(name="first"), export(name="second")
    assert files_of(first) == files_of(second)
    manifest = json.loads((first / "manifest.json").read_text())
    for listed in manifest["files"]:
        data = (first / listed["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == listed["sha256"]
        assert len(data) == listed["bytes"]
    assert {listed["name"] for listed in manifest["files"]} | {"manifest.json"} == set(
        files_of(first)
    )


def test_a_second_run_into_the_same_directory_replaces_the_first(archive_world, export):
    directory = export()
    DocumentPage.objects.get(pk=archive_world["conference"].pk).unpublish()
    export()
    assert not (directory / "akn").exists() or not any((directory / "akn").iterdir())
    assert "News conference on the harbour treaty" not in [r["title"] for r in lines(directory)]


def test_turns_csv_has_one_row_per_turn_with_roles_on_the_day(archive_world, export):
    turns = rows(export(), "turns.csv")
    conference = archive_world["conference"]
    assert [row["document_id"] for row in turns] == [f"{conference.translation_key}:en-gb"] * 5
    assert [(row["number"], row["kind"], row["speaker"]) for row in turns] == [
        ("1", "statement", "Iris Valden"),
        ("2", "question", "Lena Okoro"),
        ("3", "answer", "Iris Valden"),
        ("4", "answer", "Tomas Reyl"),
        ("5", "question", ""),
    ]
    statement, question, answer, second_answer, outlet_only = turns
    assert statement["speaker_role"] == "Minister of Foreign Affairs"
    assert statement["speaker_organisation"] == "Council of Nations"
    assert statement["text"] == "We signed the treaty today."
    assert statement["url"].endswith("/en-gb/news/news-conference-on-the-harbour-treaty/#turn-1")
    assert question["addressed_to"] == "Iris Valden; Tomas Reyl"
    assert len(question["addressed_to_ids"].split()) == 2
    assert question["outlet"] == "Velmora Daily"
    assert question["text"] == "When will the harbour open, and who pays?"
    assert second_answer["speaking_after"] == "Iris Valden"
    assert second_answer["speaking_after_id"] == answer["speaker_id"]
    assert (outlet_only["outlet"], outlet_only["speaker_id"]) == ("Coastal Radio", "")

    documents = {row["title"]: row for row in rows(export(name="again"), "documents.csv")}
    assert documents["News conference on the harbour treaty"]["turns"] == "5"
    assert (
        "Iris Valden: We signed the treaty today."
        in (documents["News conference on the harbour treaty"]["text"])
    )
    assert documents["Statement on fishing quotas"]["turns"] == "0"


JSON_TYPES = {"string": str, "integer": int, "object": dict, "array": list}


def test_json_lines_hold_exactly_the_fields_of_the_data_dictionary(archive_world, export):
    directory = export()
    described = json.loads((directory / "data-dictionary.json").read_text())

    def check(item, fields, where):
        assert list(item) == [field["name"] for field in fields], where
        for field in fields:
            value, kind = item[field["name"]], field["type"]
            if value is None:
                assert "null" in kind, (where, field["name"])
            else:
                assert isinstance(value, JSON_TYPES[kind.split()[0]]), (where, field["name"])

    person_fields = described["person, organisation (in documents.jsonl)"]["fields"]
    for record in lines(directory):
        check(record, described["documents.jsonl"]["fields"], record["id"])
        for person in record["people"] + record["organisations"]:
            check(person, [f for f in person_fields if f["name"] != "role"], record["id"])
        for turn in record["turns"]:
            check(turn, described["turn (in documents.jsonl)"]["fields"], turn["anchor"])
    for name in ("documents.csv", "turns.csv"):
        with open(directory / name, encoding="utf-8", newline="") as file:
            header = next(csv.reader(file))
        assert header == [field["name"] for field in described[name]["fields"]]
    markdown = (directory / "data-dictionary.md").read_text()
    for field in described["turns.csv"]["fields"]:
        assert f"| `{field['name']}` |" in markdown


def test_since_exports_only_what_changed_and_says_so(archive_world, export):
    long_ago = timezone.now() - datetime.timedelta(days=30)
    DocumentPage.objects.update(last_published_at=long_ago, published_at=long_ago)
    plain = DocumentPage.objects.get(pk=archive_world["plain"].pk)
    plain.title = "Statement on fishing quotas, corrected"
    plain.save_revision().publish()

    directory = export("--since", (timezone.now() - datetime.timedelta(days=1)).date().isoformat())
    # The edited document in every language: its translation is part of what changed.
    assert sorted(record["title"] for record in lines(directory)) == [
        "Statement on fishing quotas, corrected",
        "Заявление о квотах на вылов",
    ]
    manifest = json.loads((directory / "manifest.json").read_text())
    assert manifest["incremental"] is True
    assert manifest["since"] == (timezone.now() - datetime.timedelta(days=1)).date().isoformat() + (
        "T00:00:00Z"
    )
    assert manifest["documents"] == 2
    everything = export(name="all")
    assert len(lines(everything)) == 4


def test_site_and_format_narrow_the_export(archive_world, export):
    directory = export("--site", "mission.test", "--format", "jsonl")
    assert [record["title"] for record in lines(directory)] == ["Embassy open day"]
    assert not (directory / "documents.csv").exists() and not (directory / "akn").exists()
    by_slug = export("--site", "ministry", name="ministry")
    assert len(lines(by_slug)) == 3


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--since", "last tuesday"], "--since 'last tuesday' is not a date (YYYY-MM-DD)"),
        (["--since", "2026-02-30"], "--since '2026-02-30' is not a date"),
        (["--since", "2999-01-01"], "is in the future"),
        (["--format", "jsonl,pdf"], "pdf is not one of jsonl, csv, akn"),
        (["--site", "atlantis"], "--site atlantis: no such site. The sites are: ministry"),
    ],
)
def test_bad_arguments_are_refused_with_what_is_wrong(archive_world, tmp_path, arguments, message):
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call_command("export", str(tmp_path / "out"), *arguments, verbosity=0)
    assert not (tmp_path / "out").exists()


def test_a_directory_of_other_files_is_left_alone(archive_world, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(CommandError, match="is not empty and holds no earlier export"):
        call_command("export", str(tmp_path), verbosity=0)
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]
