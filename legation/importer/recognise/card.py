"""The end of a document page: "Additional materials" and the organisation card."""

import re
from dataclasses import asdict, dataclass

from .vocabulary import ADDITIONAL_MATERIALS, CARD_FIELDS, CARD_HEADINGS, FURNITURE_LINES


@dataclass
class OrganisationCard:
    name: str = ""
    address: str = ""
    website: str = ""
    phone: str = ""
    email: str = ""
    head_name: str = ""
    head_role: str = ""

    def __bool__(self):
        return any(asdict(self).values())

    def to_json(self):
        return asdict(self)


_FIELD_NAMES = {name: key for key, names in CARD_FIELDS.items() for name in names}
_FIELD = re.compile(r"^(?P<name>[^:]{1,40}?)\s*:\s*(?P<value>.*)$")


def _heading(line):
    return line.casefold().strip(" :")


def split_tail(lines):
    """(body lines, additional materials, organisation card) of a document page."""
    materials_at = card_at = None
    for index, line in enumerate(lines):
        heading = _heading(line)
        if materials_at is None and heading in ADDITIONAL_MATERIALS:
            materials_at = index
        if heading in CARD_HEADINGS:
            card_at = index
            break
    end = min(i for i in (materials_at, card_at, len(lines)) if i is not None)
    materials = []
    if materials_at is not None:
        stop = card_at if card_at is not None else len(lines)
        materials = [
            line
            for line in lines[materials_at + 1 : stop]
            if line.casefold() not in FURNITURE_LINES and not _FIELD.match(line)
        ]
    card = _card(lines[card_at + 1 :]) if card_at is not None else OrganisationCard()
    return lines[:end], materials, card


def _card(lines):
    card = OrganisationCard()
    pending = None
    for line in lines:
        match = _FIELD.match(line)
        key = _FIELD_NAMES.get(match["name"].casefold()) if match else None
        if key:
            value = match["value"].strip()
            if key == "head":
                pending = "head"
                if value:
                    card.head_name = value
                continue
            setattr(card, key, value)
            pending = key if not value else None
            continue
        if pending == "head":
            if not card.head_name:
                card.head_name = line
            elif not card.head_role:
                card.head_role = line
                pending = None
        elif pending:
            setattr(card, pending, line)
            pending = None
        elif not card.name and not any(asdict(card).values()):
            card.name = line
    return card
