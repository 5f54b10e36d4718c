"""The data dictionary: every field of every file the export writes, its type and meaning.

One definition: the JSON Lines keys, the CSV columns and the written dictionary all come from
the lists below, and the meanings of the record's fields are those of the canonical record
(legation/documents/records.py), so the dictionary cannot drift from what the files hold.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass

from legation.documents.records import DOCUMENT_FIELDS, PERSON_FIELDS, TURN_FIELDS

# JSON types of the record's fields; the record's own text says what each one means.
RECORD_TYPES = {
    "id": "string",
    "document": "string (UUID)",
    "url": "string (URL)",
    "site": "object {id, name, url}",
    "language": "string",
    "kind": "object {slug, name}",
    "title": "string",
    "lead": "string",
    "published_at": "string (ISO 8601 date and time, UTC)",
    "published_at_local": "string (ISO 8601 date and time with offset)",
    "updated_at": "string (ISO 8601 date and time, UTC)",
    "event": "object {date, date_precision, place}",
    "people": "array of person",
    "organisations": "array of organisation",
    "body": "array of block",
    "turns": "array of turn",
}
TURN_TYPES = {
    "number": "integer",
    "anchor": "string",
    "kind": "string",
    "speaker": "object (person with role) or null",
    "outlet": "string",
    "addressed_to": "array of person with role",
    "speaking_after": "object (person with role) or null",
    "text": "string",
    "html": "string (HTML)",
}
PERSON_TYPES = {
    "id": "string (UUID)",
    "slug": "string",
    "name": "string",
    "role": "object {title, organisation} or null",
}

# Several values in one CSV cell (people, addressees) are joined with this.
LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    meaning: str
    value: Callable = None  # CSV columns: the cell's value from the record (and turn)


def _typed(types, meanings, what):
    missing = set(meanings) ^ set(types)
    if missing:
        raise LookupError(
            f"The data dictionary and the record disagree on {what} fields: {sorted(missing)} "
            "(legation/exports/dictionary.py against legation/documents/records.py)."
        )
    return [Field(name, types[name], meanings[name]) for name in meanings]


RECORD = _typed(RECORD_TYPES, DOCUMENT_FIELDS, "document")
TURN = _typed(TURN_TYPES, TURN_FIELDS, "turn")
PERSON = _typed(PERSON_TYPES, PERSON_FIELDS, "person")


def _names(people):
    return LIST_SEPARATOR.join(person["name"] for person in people)


def _ids(people):
    return " ".join(person["id"] for person in people)


def _body_text(record):
    """The words of the body in order, one block a paragraph; turns as "Name: words"."""
    turns = {turn["number"]: turn for turn in record["turns"]}
    parts = []
    for block in record["body"]:
        if "turn" in block:
            turn = turns[block["turn"]]
            who = (turn["speaker"] or {}).get("name") or turn["outlet"]
            parts.append(f"{who}: {turn['text']}" if who else turn["text"])
        elif block.get("text"):
            parts.append(block["text"])
    return "\n\n".join(parts)


def _role(person, part):
    role = (person or {}).get("role") or {}
    if part == "title":
        return role.get("title", "")
    return (role.get("organisation") or {}).get("name", "")


DOCUMENT_COLUMNS = [
    Field("id", "string", DOCUMENT_FIELDS["id"], lambda r: r["id"]),
    Field("document", "string (UUID)", DOCUMENT_FIELDS["document"], lambda r: r["document"]),
    Field("url", "string (URL)", DOCUMENT_FIELDS["url"], lambda r: r["url"]),
    Field("site", "string", "The site's host name.", lambda r: r["site"]["id"]),
    Field("site_name", "string", "The site's name in this language.", lambda r: r["site"]["name"]),
    Field("language", "string", DOCUMENT_FIELDS["language"], lambda r: r["language"]),
    Field("kind", "string", "The kind's slug, e.g. joint_statement.", lambda r: r["kind"]["slug"]),
    Field("kind_name", "string", "The kind's name in this language.", lambda r: r["kind"]["name"]),
    Field("title", "string", DOCUMENT_FIELDS["title"], lambda r: r["title"]),
    Field("lead", "string", DOCUMENT_FIELDS["lead"], lambda r: r["lead"]),
    Field(
        "published_at",
        "string (ISO 8601, UTC)",
        DOCUMENT_FIELDS["published_at"],
        lambda r: r["published_at"],
    ),
    Field(
        "published_at_local",
        "string (ISO 8601 with offset)",
        DOCUMENT_FIELDS["published_at_local"],
        lambda r: r["published_at_local"],
    ),
    Field(
        "updated_at",
        "string (ISO 8601, UTC)",
        DOCUMENT_FIELDS["updated_at"],
        lambda r: r["updated_at"],
    ),
    Field(
        "event_date",
        "string (ISO date) or empty",
        "The event's date.",
        lambda r: r["event"]["date"] or "",
    ),
    Field(
        "event_date_precision",
        "string",
        "day, or month when only the month is known.",
        lambda r: r["event"]["date_precision"],
    ),
    Field("event_place", "string", "The event's place.", lambda r: r["event"]["place"]),
    Field(
        "people",
        "string (names joined by '; ')",
        DOCUMENT_FIELDS["people"],
        lambda r: _names(r["people"]),
    ),
    Field(
        "people_ids",
        "string (UUIDs joined by spaces)",
        "The people's ids, in the same order.",
        lambda r: _ids(r["people"]),
    ),
    Field(
        "organisations",
        "string (names joined by '; ')",
        DOCUMENT_FIELDS["organisations"],
        lambda r: _names(r["organisations"]),
    ),
    Field(
        "organisation_ids",
        "string (UUIDs joined by spaces)",
        "The organisations' ids, in the same order.",
        lambda r: _ids(r["organisations"]),
    ),
    Field(
        "turns",
        "integer",
        "How many transcript turns it has (their rows are in turns.csv).",
        lambda r: len(r["turns"]),
    ),
    Field(
        "text",
        "string",
        "The body's words in order, a blank line between blocks; turns as 'Name: words'.",
        _body_text,
    ),
]

TURN_COLUMNS = [
    Field(
        "document_id",
        "string",
        "The id of the document (documents.csv) the turn belongs to.",
        lambda r, t: r["id"],
    ),
    Field("number", "integer", TURN_FIELDS["number"], lambda r, t: t["number"]),
    Field("anchor", "string", TURN_FIELDS["anchor"], lambda r, t: t["anchor"]),
    Field(
        "url",
        "string (URL)",
        "The turn's address: the document's, with its anchor.",
        lambda r, t: f"{r['url']}#{t['anchor']}",
    ),
    Field("kind", "string", TURN_FIELDS["kind"], lambda r, t: t["kind"]),
    Field(
        "speaker_id",
        "string (UUID) or empty",
        "Who speaks (for a question: who asks), by id.",
        lambda r, t: (t["speaker"] or {}).get("id", ""),
    ),
    Field(
        "speaker",
        "string",
        "Who speaks (for a question: who asks); empty when only an outlet is given.",
        lambda r, t: (t["speaker"] or {}).get("name", ""),
    ),
    Field(
        "speaker_role",
        "string",
        "The role the speaker held on the day of the event; empty when none is recorded.",
        lambda r, t: _role(t["speaker"], "title"),
    ),
    Field(
        "speaker_organisation",
        "string",
        "The organisation of that role.",
        lambda r, t: _role(t["speaker"], "organisation"),
    ),
    Field("outlet", "string", TURN_FIELDS["outlet"], lambda r, t: t["outlet"]),
    Field(
        "addressed_to",
        "string (names joined by '; ')",
        TURN_FIELDS["addressed_to"],
        lambda r, t: _names(t["addressed_to"]),
    ),
    Field(
        "addressed_to_ids",
        "string (UUIDs joined by spaces)",
        "The addressees' ids, in the same order.",
        lambda r, t: _ids(t["addressed_to"]),
    ),
    Field(
        "speaking_after",
        "string",
        TURN_FIELDS["speaking_after"],
        lambda r, t: (t["speaking_after"] or {}).get("name", ""),
    ),
    Field(
        "speaking_after_id",
        "string (UUID) or empty",
        "That speaker's id.",
        lambda r, t: (t["speaking_after"] or {}).get("id", ""),
    ),
    Field("text", "string", TURN_FIELDS["text"], lambda r, t: t["text"]),
]

FILES = {
    "documents.jsonl": (
        "One public document (one language version) a line, as a JSON object.",
        RECORD,
    ),
    "documents.csv": ("One public document (one language version) a row.", DOCUMENT_COLUMNS),
    "turns.csv": ("One transcript turn a row, in the order of the text.", TURN_COLUMNS),
}
NESTED = {"turn (in documents.jsonl)": TURN, "person, organisation (in documents.jsonl)": PERSON}


def document_row(record):
    return [column.value(record) for column in DOCUMENT_COLUMNS]


def turn_rows(record):
    return [[column.value(record, turn) for column in TURN_COLUMNS] for turn in record["turns"]]


def as_json():
    """The dictionary as data: {file or part: {description?, fields: [{name, type, meaning}]}}."""

    def fields(items):
        return [{"name": f.name, "type": f.type, "meaning": f.meaning} for f in items]

    data = {
        name: {"description": text, "fields": fields(items)}
        for name, (text, items) in FILES.items()
    }
    data.update({name: {"fields": fields(items)} for name, items in NESTED.items()})
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def as_markdown():
    lines = [
        "# Data dictionary",
        "",
        "The files of a Legation export: every public document, with its transcript turns.",
        "Akoma Ntoso 3.0 `debate` files (akn/) hold each document that has turns.",
    ]
    parts = [(name, text, items) for name, (text, items) in FILES.items()]
    parts += [(name, "", items) for name, items in NESTED.items()]
    for name, text, items in parts:
        lines += ["", f"## {name}", ""]
        if text:
            lines += [text, ""]
        lines += ["| field | type | meaning |", "|---|---|---|"]
        lines += [f"| `{f.name}` | {f.type} | {f.meaning.replace('|', '/')} |" for f in items]
    return "\n".join(lines) + "\n"
