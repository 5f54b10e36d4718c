"""Dates as ministries write them, in five languages.

"12 May 2021 22:50" and its squashed crawl "12 May 202122:50", "25.10.2020",
"October 25, 2020", "25 октября 2020 г.", "9. März 2017", "30 de diciembre de 2021", and list
items that give a day without a year ("25 October", "25.10").
"""

import datetime
import re
from dataclasses import dataclass

from .vocabulary import (
    BARE_DATE_LABELS,
    MONTHS,
    PUBLICATION_LABELS,
    STAMP_PREPOSITIONS,
    UPDATE_LABELS,
)


@dataclass(frozen=True)
class PartialDate:
    """A calendar date that may lack its year (list items) or its day (events by month)."""

    year: int | None
    month: int
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    @property
    def has_time(self):
        return self.hour is not None

    def as_date(self):
        if self.year is None or self.day is None:
            return None
        return datetime.date(self.year, self.month, self.day)

    def as_datetime(self):
        day = self.as_date()
        if day is None:
            return None
        return datetime.datetime.combine(day, datetime.time(self.hour or 0, self.minute or 0))

    def without_time(self):
        return PartialDate(self.year, self.month, self.day)

    def isoformat(self):
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}" if self.day else f"--{self.month:02d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        text = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.has_time:
            text += f"T{self.hour:02d}:{self.minute:02d}"
        return text


@dataclass(frozen=True)
class FoundDate:
    date: PartialDate
    start: int
    end: int


_MONTH = "|".join(sorted((re.escape(name) for name in MONTHS), key=len, reverse=True))
_MONTH_GROUP = rf"(?P<m>{_MONTH})(?![^\W\d_])\.?"
# The seconds, when a stamp gives them ("marzo 21, 2026 10:15:42"), are read past and dropped;
# so is the German "Uhr" after the time ("um 14:30 Uhr").
_TIME = (
    r"(?:[ \t]*(?:,|at|um|à|a las|в)?[ \t]*(?P<H>[01]?\d|2[0-3])[:h](?P<M>[0-5]\d)"
    r"(?::[0-5]\d)?(?!\d)(?:[ \t]*uhr(?![^\W\d_]))?)?"
)
_YEAR_SUFFIX = r"(?:\s*(?:г\.|года|год|г)(?![^\W\d_]))?"

_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 2021-05-12, 2021-05-12T22:50, 2021/05/12 (year first, the separator kept)
        r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-/])(?P<mn>[01]\d)(?P=sep)(?P<d>[0-3]\d)"
        r"(?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d))?(?!\d)",
        # 25.10.2020, 25/10/2020 14:30
        r"(?<![\d.])(?P<d>[0-3]?\d)[./](?P<mn>[01]?\d)[./](?P<y>(?:19|20)\d\d)(?!\d)" + _TIME,
        # 07-03-2026 (day first, as Luxembourg's and other European portals print it)
        r"(?<![\d-])(?P<d>[0-3]\d)-(?P<mn>[01]\d)-(?P<y>(?:19|20)\d\d)(?![\d-])" + _TIME,
        # 12 May 2021 22:50, 12 May 202122:50, 25 октября 2020 г., 9. März 2017,
        # 30 de diciembre de 2021, 1er mars 2021; the year may be absent (list items).
        r"(?<!\d)(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?\.?\s*(?:de\s+)?"
        + _MONTH_GROUP
        + r"(?:,?[ \t]*(?:de(?:l)?[ \t]+)?(?P<y>(?:19|20)\d\d)"
        + _YEAR_SUFFIX
        + r")?"
        + _TIME,
        # October 25, 2020; October 25 (list items)
        _MONTH_GROUP
        + r"[ \t]+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?[ \t]+(?P<y>(?:19|20)\d\d))?"
        + _TIME,
        # May 2021, мая 2021 года, mayo de 2021: an event known by its month.
        _MONTH_GROUP + r"[ \t]+(?:de[ \t]+|of[ \t]+)?(?P<y>(?:19|20)\d\d)(?!\d)" + _YEAR_SUFFIX,
    )
)
_DIGIT_FIRST, _MONTH_FIRST = _PATTERNS[:4], _PATTERNS[4:]
_YEARLESS_NUMERIC = re.compile(r"^(?P<d>[0-3]?\d)\.(?P<mn>[01]\d)\.?(?![\d])")


def _build(match):
    groups = match.groupdict()
    if groups.get("mn"):
        month = int(groups["mn"])
    else:
        month = MONTHS.get(groups["m"].lower().rstrip("."))
    if not month or not 1 <= month <= 12:
        return None
    year = int(groups["y"]) if groups.get("y") else None
    day = int(groups["d"]) if groups.get("d") else None
    try:
        datetime.date(year or 2000, month, day or 1)
    except ValueError:
        return None
    hour = minute = None
    if groups.get("H") and day is not None:
        hour, minute = int(groups["H"]), int(groups["M"])
    return PartialDate(year, month, day, hour, minute)


_DIGIT = re.compile(r"\d")


def find_dates(text):
    """Every date in `text`, left to right; of overlapping readings the longest wins."""
    found = []
    if not _DIGIT.search(text):
        return found
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            date = _build(match)
            if date is not None:
                found.append(FoundDate(date, match.start(), match.end()))
    found.sort(key=lambda item: (item.start, -(item.end - item.start)))
    chosen = []
    for item in found:
        if chosen and item.start < chosen[-1].end:
            continue
        chosen.append(item)
    return chosen


# What stands before a stamp on its line: a label of publication or of a change (the
# vocabulary's PUBLICATION_LABELS, UPDATE_LABELS and BARE_DATE_LABELS, longest first so that
# "Date de publication" is read before "Date"), its preposition, a colon, the day of the week
# ("Publiziert am Donnerstag, 12. März 2026"); or the day of the week alone ("Jueves 12 de
# marzo de 2026", "Monday, 3 March 2026"). "Stand" is the German "as of".
WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|понедельник|вторник"
    r"|среда|четверг|пятница|суббота|воскресенье"
)


def _alternation(words):
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_WORD_END = r"(?![^\W\d_])"
_LABEL = (
    rf"(?:{_alternation(PUBLICATION_LABELS + UPDATE_LABELS + BARE_DATE_LABELS + ('stand',))})"
    rf"{_WORD_END}[ \t]*:?(?:[ \t]*(?:{_alternation(STAMP_PREPOSITIONS)}){_WORD_END})?"
    rf"[ \t]*[:,]?[ \t]*(?:(?:{WEEKDAYS}){_WORD_END},?)?"
)
_PUBLISHED_PREFIX = re.compile(
    rf"^(?:{_LABEL}|(?:{WEEKDAYS}){_WORD_END})[ \t]*[:,]?[ \t]*", re.IGNORECASE
)
_OPENING_WEEKDAY = re.compile(rf"^(?:{WEEKDAYS})(?![^\W\d_]),?\s+", re.IGNORECASE)


def without_weekday(text):
    """The text without the day of the week opening it ("miércoles 11 de marzo de 2026")."""
    return _OPENING_WEEKDAY.sub("", text, count=1)


# The labels of a page's own stamp ("Published 3 March 2026", "Updated …"): such a line is
# the page's, never a list item's date under a title.
_STAMP_LABEL = re.compile(
    rf"^(?:{_alternation(PUBLICATION_LABELS + UPDATE_LABELS)}){_WORD_END}", re.IGNORECASE
)
# A last change after the publication on its line ("Published 12 March 2026, last updated
# 14 March 2026", "Publicado el 12/03/2026 - Actualizado el 14/03/2026").
UPDATE_LABEL = re.compile(rf"^(?:{_alternation(UPDATE_LABELS)}){_WORD_END}", re.IGNORECASE)
_LATER_CHANGE = re.compile(r"^[ \t]*[,;|/\-–—(·][ \t]*")


def labelled_stamp(line):
    """Whether a line is a stamp with its label ("Published 3 March 2026", "Updated …")."""
    return bool(_STAMP_LABEL.match(line)) and whole_line_date(line) is not None


_LINE_TAIL = re.compile(r"^[\s.,;:|/\-–—)]*$")


def date_at_start(text):
    """The longest date reading that `text` opens with, as a FoundDate, else None."""
    if not _DIGIT.search(text[:40]):
        return None
    best = None
    for pattern in _DIGIT_FIRST if text[:1].isdigit() else _MONTH_FIRST:
        match = pattern.match(text)
        if match and (best is None or match.end() > best.end):
            date = _build(match)
            if date is not None:
                best = FoundDate(date, 0, match.end())
    return best


def whole_line_date(line):
    """The date a line consists of (a publication stamp), else None."""
    if len(line) > 80:
        return None
    # "| November 5, 2026": a bar left of the date, where a type label stood beside it;
    # "(2026-03-11)": the stamp in parentheses under the title.
    text = _PUBLISHED_PREFIX.sub("", line.strip().lstrip("|·• ("), count=1)
    if not text or not text[0].isalnum() or len(text) > 60:
        return None
    found = date_at_start(text)
    if found is None:
        return None
    tail = text[found.end :]
    if not _LINE_TAIL.match(tail) and not _later_change(tail):
        return None
    return found.date


def _later_change(tail):
    """Whether what follows a stamp is a last change with its date (", last updated …")."""
    separator = _LATER_CHANGE.match(tail)
    change = tail[separator.end() :] if separator else ""
    return bool(UPDATE_LABEL.match(change)) and whole_line_date(change) is not None


def leading_date(line):
    """(date, rest) for a line that opens with a date ("21.10.2020 - Title"), else None.

    A day without a year counts only when a separator or the end of the line follows it, so
    that a sentence starting "May 5 ministers…" is not read as a dated item.
    """
    found = date_at_start(line[:60])
    if found:
        date, rest = found.date, line[found.end :]
    else:
        match = _YEARLESS_NUMERIC.match(line)
        date = _build(match) if match else None
        if date is None:
            return None
        rest = line[match.end() :]
    if date.year is None and not _SEPARATED.match(rest):
        return None
    return date, rest


_SEPARATED = re.compile(r"^\s*(?:$|[-–—|:]\s)")


def stamp_line(line):
    """The date of a stamp line by a title, else None: a date line, a date beside the
    issuing office or the page's type ("Secretaría de Relaciones Exteriores | 11 de marzo
    de 2026", "Statement | February 3, 2026", "…, 10:32 a.m. Ministry of Foreign
    Affairs")."""
    stamp = whole_line_date(line)
    if stamp and stamp.year and stamp.day:
        return stamp
    segments = [segment.strip() for segment in line.split("|")]
    if len(segments) == 2:
        dated = [whole_line_date(segment) for segment in segments]
        others = [segment for segment, date in zip(segments, dated, strict=True) if not date]
        stamp = next((date for date in dated if date), None)
        if stamp and stamp.year and stamp.day and len(others) == 1 and office_name(others[0]):
            return stamp
    if len(segments) == 3 and _BYLINE.match(segments[0]) and _TOPICS.match(segments[2]):
        stamp = whole_line_date(segments[1])
        if stamp and stamp.year and stamp.day:
            return stamp
    opened = leading_date(_WEEKDAY_PREFIX.sub("", line, count=1))
    if opened and opened[0].year and opened[0].day and not opened[0].has_time:
        # "3 de marzo de 2026 - 8:29 p. m.": the time after a dash (government portals).
        dashed = _DASHED_TIME.match(opened[1])
        if dashed:
            date = opened[0]
            date = PartialDate(date.year, date.month, date.day, int(dashed["h"]), int(dashed["m"]))
            opened = date, opened[1][dashed.end() :]
    if opened and opened[0].year and opened[0].day and opened[0].has_time:
        date, rest = opened
        meridiem = _MERIDIEM.match(rest)
        if meridiem:
            hour = date.hour % 12 + (12 if meridiem["half"].casefold() == "p" else 0)
            date = PartialDate(date.year, date.month, date.day, hour, date.minute)
            rest = rest[meridiem.end() :]
        if not rest.strip() or office_name(rest.strip()):
            return date
    return None


# "Von … | 11. März, 2026 | Themen: Reden": a blog's byline (the missions' WordPress sites)
# giving the author, the day and the topics under the title.
_BYLINE = re.compile(r"^(?:by|von|par|por|от)\s", re.IGNORECASE)
_TOPICS = re.compile(r"^(?:topics|themen|thèmes|sujets|temas|темы|рубрики)\s?:", re.IGNORECASE)
_DASHED_TIME = re.compile(r"^\s?[-–—]\s?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\d)")
# "10:32 a.m.", "4:02 PM": the half of the day after a stamp's time.
_MERIDIEM = re.compile(r"^\s?(?P<half>[ap])\.?\s?m\.?(?![^\W\d_])", re.IGNORECASE)
_WEEKDAY_PREFIX = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+", re.IGNORECASE
)


def office_name(text):
    """Whether `text` is the name of an office ("Ministry of Foreign Affairs", "Oficina de
    Información Diplomática"): a few words, no digits, no sentence."""
    words = text.split()
    return (
        1 <= len(words) <= OFFICE_WORDS
        and text[:1].isupper()
        and not any(char.isdigit() for char in text)
        and text[-1:] not in ".!?:;"
    )


OFFICE_WORDS = 7


# "No: 45, 12 March 2026, Press Release Regarding …": a numbered release's title carrying
# its number and its date, the page's stamp.
_NUMBERED_TITLE = re.compile(r"^(?:no|nr|n°|№)\.?\s*:?\s*\d+[\w/.-]*\s*,\s*", re.IGNORECASE)


def numbered_title_stamp(title):
    """The date of a title opening with a release's number and its date, else None."""
    numbered = _NUMBERED_TITLE.match(title)
    if not numbered:
        return None
    found = date_at_start(title[numbered.end() : numbered.end() + 60])
    rest = title[numbered.end() + found.end :] if found else ""
    if found and found.date.year and found.date.day and rest.lstrip().startswith(","):
        return found.date
    return None


# An announcement's fields ("Date: Wednesday, 18 March 2026" / "Venue: Media Centre, Aster" /
# "Time: 10h30 for 11h00"): the day and the place of the event it announces, never the
# page's stamp nor a list item's date.
_DATE_FIELD = re.compile(rf"^(?:{_alternation(BARE_DATE_LABELS)}){_WORD_END}[ \t]*:", re.I)
_TIME_FIELD = re.compile(
    r"^(?:time|heure|zeit|uhrzeit|hora|время)[ \t]*:", re.IGNORECASE
)  # fmt: skip
VENUE_FIELD = re.compile(
    r"^(?:venue|place|location|lieu|ort|veranstaltungsort|lugar|sede|место проведения|место)"
    r"[ \t]*:[ \t]*",
    re.IGNORECASE,
)


def event_field_date(lines, index):
    """The date of the "Date:" field at `index` when a venue or a time field stands beside
    it, else None."""
    if not _DATE_FIELD.match(lines[index]):
        return None
    beside = lines[index + 1 : index + 2] + lines[max(index - 1, 0) : index]
    if not any(VENUE_FIELD.match(line) or _TIME_FIELD.match(line) for line in beside):
        return None
    return whole_line_date(lines[index])
