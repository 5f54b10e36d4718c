"""Dated items of a news list: "21.10.2020 - Title" or a date line over a title line."""

import re
from dataclasses import dataclass

from .dates import PartialDate, leading_date, whole_line_date

_SEPARATOR = re.compile(r"^\s*[-–—|:]\s+(?P<title>\S.*)$")
MAX_TITLE = 400


@dataclass
class ListingItem:
    date: PartialDate | None
    title: str
    lead: str = ""

    def to_json(self):
        return {"date": self.date.without_time().isoformat() if self.date else None,
                "title": self.title}  # fmt: skip


def item_at(lines, index):
    """(item, number of lines it takes) for an item opening at `index`, else None."""
    line = lines[index]
    opened = leading_date(line)
    if opened:
        date, rest = opened
        separated = _SEPARATOR.match(rest)
        if separated and len(separated["title"]) <= MAX_TITLE:
            return ListingItem(date, separated["title"].strip()), 1
    date = whole_line_date(line)
    if date and index + 1 < len(lines):
        title = lines[index + 1]
        if len(title) <= MAX_TITLE and not whole_line_date(title) and not leading_date(title):
            return ListingItem(date, title), 2
    return None


def find_items(lines):
    """[(line index, item)] of the items in `lines`, each with its lead paragraph."""
    found = []
    index = 0
    while index < len(lines):
        opened = item_at(lines, index)
        if opened is None:
            index += 1
            continue
        item, taken = opened
        found.append((index, item))
        index += taken
        if index < len(lines) and item_at(lines, index) is None:
            item.lead = lines[index]
    return found
