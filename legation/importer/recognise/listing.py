"""Dated items of a news list: "21.10.2020 - Title", "Title (2026-03-11)", a date line over a
title line, or a title over its date line ("Title" / "4 June 2026", "Title" / "Speech" /
"18 June 2026", "Title" / "April 20, 2026 | Department | News release")."""

import re
from dataclasses import dataclass

from .dates import (
    PartialDate,
    event_field_date,
    find_dates,
    leading_date,
    office_name,
    whole_line_date,
)

# A list's count of its items: "Displaying 1 - 10 of 231", "Mostrando 1 - 3 de 240".
COUNT_LINE = re.compile(r"(?<!\d)\d+\s*(?:[-–]|to|bis|à|a|по)\s*\d+\s+(?:of|из|von|sur|de)\s+\d+",
                        re.IGNORECASE)  # fmt: skip
_SEPARATOR = re.compile(r"^\s*[-–—|:]\s+(?P<title>\S.*)$")
# "11.03.2026 · Ministerium für Äusseres, Bildung und Sport": a meta line's middle dot, before
# the office an item is from (a title never follows one).
_MIDDLE_DOT = re.compile(r"^[ \t]*·[ \t]+(?P<office>\S.*)$")
# Searched for, not matched from the start: each try is bounded by the parenthesis's length.
_PARENTHESISED_DATE = re.compile(r"\((?P<date>[^()]{6,40})\)$")
_WORD = re.compile(r"[^\W\d_]+")
MAX_TITLE = 400
# The type or the department beside an item's date ("Pressemitteilung", "Global Affairs
# Velmora | News release") is a few words; a title is more.
LABEL_WORDS = 5
TYPE_WORDS = 3
LABELLED_DATE_CHARS = 80


@dataclass
class ListingItem:
    date: PartialDate | None
    title: str
    lead: str = ""
    dated_by_parenthesis: bool = False

    def to_json(self):
        return {"date": self.date.without_time().isoformat() if self.date else None,
                "title": self.title}  # fmt: skip


def _words(line):
    return len(_WORD.findall(line))


def _labels(text):
    """The labels of a "| Department | Type" or "- Pressemitteilung" rest, else None."""
    segments = [segment.strip() for segment in text.split("|")]
    if not all(segments) or any(_words(segment) > LABEL_WORDS for segment in segments):
        return None
    if len(segments) < 2 and _words(text) > TYPE_WORDS:
        return None
    return segments


def date_line(line):
    """The date of a line that gives an item's date and at most its type or department
    ("4 June 2026", "12.03.2026 - Pressemitteilung", "April 20, 2026 | Global Affairs Velmora
    | News release"), else None."""
    date = whole_line_date(line)
    if date:
        return date
    opened = leading_date(line)
    if opened and opened[0].year:
        separated = _SEPARATOR.match(opened[1])
        if separated and _labels(separated["title"]):
            return opened[0]
        dotted = _MIDDLE_DOT.match(opened[1])
        if dotted and office_name(dotted["office"]):
            return opened[0]
    return None


def labelled_date(line):
    """The date of a "Medienmitteilung, 20.04.2026" line: the type, then the date. Read only
    under a title, in a list of such pairs: over a homepage's clocks, "Wednesday, 11 March
    2026" is the day of the crawl."""
    if len(line) > LABELLED_DATE_CHARS:
        return None  # a paragraph, not searched for dates: lines are many, and long
    found = find_dates(line)
    if not found or not found[-1].date.year or line[found[-1].end :].strip(" ."):
        return None
    label, separator = line[: found[-1].start].rstrip(), ""
    if label[-1:] in {",", "|", "-", "–", "—"}:  # "Nota de prensa - 12 de marzo de 2026"
        label, separator = label[:-1].rstrip(), label[-1]
    if separator and label and _words(label) <= TYPE_WORDS and _labels(label):
        return found[-1].date
    return None


def _single_line_item(line):
    """An item on one line: "21.10.2020 - Title" or "Title (March 10, 2026)"."""
    opened = leading_date(line)
    if opened:
        date, rest = opened
        separated = _SEPARATOR.match(rest)
        if separated and len(separated["title"]) <= MAX_TITLE:
            return ListingItem(date, separated["title"].strip())
        return None
    parenthesised = _PARENTHESISED_DATE.search(line)
    title = line[: parenthesised.start()].rstrip() if parenthesised else ""
    if title and len(line) <= MAX_TITLE:
        date = whole_line_date(parenthesised["date"])
        if date and date.year:
            return ListingItem(date, title, dated_by_parenthesis=True)
    return None


def _titles_above(lines, dated, run):
    """Whether the run of date lines `run` (equally spaced) stands under its items' titles:
    the block over the first date holds a title, where after the last date only a pager or a
    "Load more" link is left ("Title" / "4 June 2026" … "Load more")."""
    gap = run[1] - run[0]
    before = [line for line in lines[max(0, run[0] - gap + 1) : run[0]] if len(line) <= MAX_TITLE]
    after = [
        line
        for line in lines[run[-1] + 1 : run[-1] + gap]
        if not _issuer(line) and not COUNT_LINE.search(line)
    ]
    if any(dated[index] for index in range(run[-1] + 1, min(len(lines), run[-1] + gap))):
        return False
    longest_after = max(map(_words, after), default=0)
    return longest_after <= TYPE_WORDS and max(map(_words, before), default=0) > longest_after


# The office issuing an item, on a line under its date ("Published on 12 March 2026" /
# "From Department of Foreign Affairs"): a government portal's lists.
_ISSUER = re.compile(r"^(?:from|issued by|von|herausgegeben von|от)\s?:?\s(?=[^\W\d_])",
                     re.IGNORECASE)  # fmt: skip
ISSUER_WORDS = 8
ISSUED_GAP = 4


def _issuer(line):
    """Whether `line` only names the office an item is from ("From Department of …")."""
    return bool(_ISSUER.match(line)) and _words(line) <= ISSUER_WORDS and line[-1:] not in ".!?"


def _runs(dated, lines=()):
    """Runs of date lines two or three lines apart, each as its lines' indices; four apart
    where the line under each date names the office the item is from."""
    indices = [index for index, date in enumerate(dated) if date]
    runs, current = [], indices[:1]
    for index in indices[1:]:
        gap = index - current[-1]
        spaced = gap in {2, 3} or (
            gap == ISSUED_GAP and bool(lines) and _issuer(lines[current[-1] + 1])
        )
        if spaced and (len(current) < 2 or gap == current[1] - current[0]):
            current.append(index)
        else:
            runs.append(current)
            current = [index]
    if current:
        runs.append(current)
    return runs


# A newsroom's meta line under each title: the section, the date, the place ("Committee of
# Ministers 9 March 2026 Lorvik"), a few words either side of the date.
META_SECTION_WORDS = 5
META_PLACE_WORDS = 3
_META_PUNCTUATION = re.compile(r"[,:;.!?/]")


def meta_date(line):
    """The date of an item's meta line ("Secretary General 12 March 2026 Lorvik"), else
    None. Read only in a run of such lines between titles and leads."""
    if len(line) > LABELLED_DATE_CHARS:
        return None
    found = find_dates(line)
    if len(found) != 1 or not found[0].date.year or not found[0].date.day:
        return None
    section, place = line[: found[0].start], line[found[0].end :]
    if _META_PUNCTUATION.search(section + place):
        return None
    if _words(section) > META_SECTION_WORDS or _words(place) > META_PLACE_WORDS:
        return None
    return found[0].date


def _titles_over_leads(lines, run):
    """Items as a newsroom prints them: a title, its date or meta line, a lead ("Title" /
    "Secretary General 12 March 2026 Lorvik" / "The closure of …"), three or more, a pager
    at most under the last lead."""
    if len(run) < UNDATED_MIN_ITEMS or run[1] - run[0] != 3 or run[0] < 1:
        return False
    tail = lines[run[-1] + 2 :]
    if run[-1] + 1 >= len(lines) or any(_words(line) > TAIL_WORDS for line in tail):
        return False
    return all(_list_title(lines[index - 1]) and _lead(lines[index + 1], lines[index - 1])
               for index in run)  # fmt: skip


def _lead(line, title):
    """Whether `line` reads as the lead under `title`: a sentence, or longer than it."""
    return line[-1:] in ".!?…" or _words(line) > _words(title)


def _under_titles(lines, dated):
    """{index of a block's first line: (item, lines it takes)} for the items whose date
    stands under their title."""
    under = [date or labelled_date(line) for date, line in zip(dated, lines, strict=True)]
    blocks = {}
    # A newsroom's items, title / meta line / lead: the lead follows the item's two lines.
    meta = [None if date else meta_date(line) for date, line in zip(under, lines, strict=True)]
    for run in _runs(meta):
        if _titles_over_leads(lines, run):
            blocks.update({index - 1: (ListingItem(meta[index], lines[index - 1]), 2)
                           for index in run})  # fmt: skip
    for run in _runs(under, lines):
        if (
            len(run) >= 2
            and not _titles_above(lines, under, run)
            and _titles_over_leads(lines, run)
        ):
            blocks.update({index - 1: (ListingItem(under[index], lines[index - 1]), 2)
                           for index in run})  # fmt: skip
            continue
        if len(run) < 2 or not _titles_above(lines, under, run):
            continue
        gap = run[1] - run[0]
        for index in run:
            # The first item may open the page, with fewer lines over its date than the gap.
            start = max(0, index - gap + 1)
            block = lines[start:index]
            # The title is the block's longest line; the others are its type or section, or
            # the office the item before is from.
            title = max((line for line in block if not _issuer(line)), key=_words, default="")
            # A pager over a date at the foot ("Previous 1 2 3 Next" / "Date…"); a short title
            # with a number over a date higher up is a numbered document's ("Comunicado
            # Oficial N° 014-2026").
            if _words(title) <= TYPE_WORDS and (index == run[-1] or not _numbered(title)):
                break
            blocks[start] = (ListingItem(under[index], title), index + 1 - start)
    return blocks


def _numbered(title):
    """Whether a short title is a numbered document's ("Comunicado Oficial N° 014-2026")."""
    return any(char.isdigit() for char in title) and not COUNT_LINE.search(title)


def item_at(lines, index, dated, blocks, singles):
    """(item, number of lines it takes) for an item opening at `index`, else None."""
    if index in blocks:
        return blocks[index]
    single = singles[index]
    if single and (single.dated_by_parenthesis is False or _beside(singles, index)):
        return single, 1
    date = dated[index]
    if (
        date
        and index + 2 < len(lines)
        and (
            _type_line(lines[index + 1], lines[index + 2])
            or _unnamed_type_line(lines, index, dated)
        )
    ):
        # "12 mars 2026" / "Conférence de presse" / title: the item's type between.
        return ListingItem(date, lines[index + 2]), 3
    if date and index + 1 < len(lines):
        title = lines[index + 1]
        if len(title) <= MAX_TITLE and not dated[index + 1] and not leading_date(title):
            return ListingItem(date, title), 2
    return None


def _type_line(line, following):
    """Whether `line`, under an item's date, only names the item's type ("Pressemitteilung",
    "Conférence de presse", "Rede"), the title following it."""
    from .classify import kind_phrase, label_phrase

    if _words(line) > TYPE_WORDS or not _list_title(following) or date_line(following):
        return False
    kind, phrase = kind_phrase(line)
    if kind is None:
        kind, phrase = label_phrase(line)
    return kind is not None and len(phrase) >= len(line.strip(" .:")) - 1


UNNAMED_TYPE_WORDS = 2


def _unnamed_type_line(lines, index, dated):
    """Whether the line under the date at `index` is a type no vocabulary names
    ("Déplacement"), as the item before or after it has one it names: a word or two, then
    the title."""
    line, following = lines[index + 1], lines[index + 2]
    if _words(line) > UNNAMED_TYPE_WORDS or any(char.isdigit() for char in line):
        return False
    if line[-1:] in ".:!?" or not _list_title(following) or date_line(following):
        return False
    return any(
        0 <= other and other + 2 < len(lines) and dated[other]
        and _type_line(lines[other + 1], lines[other + 2])
        for other in (index - 3, index + 3)
    )  # fmt: skip


def _beside(singles, index):
    """Whether another item with its date in parentheses stands next to this one: a title
    closing with "(March 12, 2026)" alone is an article's, its event's date."""
    return any(
        0 <= other < len(singles) and singles[other] and singles[other].dated_by_parenthesis
        for other in (index - 1, index + 1)
    )


# A list grouped by day: the day's date line over its items' times and titles ("12 марта
# 2026" / "14:05" / "Заседание Правительства" / "11:30" / …), as a government's news feed
# prints them.
_BARE_TIME = re.compile(r"^(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)$")
DAY_GROUPED_MIN_ITEMS = 3


def _day_grouped_items(lines):
    """[(line index, item)] of a list grouped by day, else []."""
    times = [_BARE_TIME.match(line) if len(line) <= 5 else None for line in lines]
    if sum(map(bool, times)) < DAY_GROUPED_MIN_ITEMS:
        return []
    found, day = [], None
    for index, (line, time) in enumerate(zip(lines[:-1], times, strict=False)):
        if time is None:
            date = whole_line_date(line) if times[index + 1] else None
            if date and date.year and date.day and not date.has_time:
                day = date
            continue
        title = lines[index + 1]
        if day and len(title) <= MAX_TITLE and not times[index + 1]:
            dated = PartialDate(day.year, day.month, day.day, int(time["hour"]),
                                int(time["minute"]))  # fmt: skip
            found.append((index, ListingItem(dated, title)))
    return found if len(found) >= DAY_GROUPED_MIN_ITEMS else []


def find_items(lines):
    """[(line index, item)] of the items in `lines`, each with its lead paragraph."""
    grouped = _day_grouped_items(lines)
    if grouped:
        return grouped
    dated = [
        None if event_field_date(lines, index) else date_line(line)
        for index, line in enumerate(lines)
    ]
    blocks = _under_titles(lines, dated)
    singles = [
        _single_line_item(line) if not date else None
        for line, date in zip(lines, dated, strict=True)
    ]
    found = []
    index = 0
    while index < len(lines):
        opened = item_at(lines, index, dated, blocks, singles)
        if opened is None:
            index += 1
            continue
        item, taken = opened
        found.append((index, item))
        index += taken
        if index < len(lines) and item_at(lines, index, dated, blocks, singles) is None:
            item.lead = lines[index]
    return found


# A list without dates: three or more titles one a line, with nothing but a pager or a link
# under them and at most a featured paragraph over them ("Speeches" / title / title / title /
# "1 2 3 »").
UNDATED_MIN_ITEMS = 3
UNDATED_TITLE_WORDS = (4, 30)
TAIL_WORDS = 4  # a pager, "Toutes les actualités", "Síguenos en Facebook"
SENTENCE_WORDS = 8


def undated_items(lines):
    """[(line index, item)] of a list of titles without dates, else []."""
    best, run = [], []
    for index, line in enumerate([*lines, ""]):
        if _list_title(line):
            run.append(index)
            continue
        if len(run) > len(best):
            best = run
        run = []
    if len(best) < UNDATED_MIN_ITEMS:
        return _teasers(lines)
    if any(_words(line) > TAIL_WORDS for line in lines[best[-1] + 1 :]):
        return []  # a text goes on under them: headings or a table of contents
    if sum(_is_sentence(line) for line in lines[: best[0]]) > 1:
        return []
    return [(index, ListingItem(None, lines[index])) for index in best]


def _teasers(lines):
    """[(line index, item)] of a list of teasers without dates: three or more titles, each
    over its lead cut short ("Title" / "BRENHOLM – (VD) – Nachfolgend … ..." / "Weiterlesen»",
    the link gone as furniture), nothing but a pager under the last. Else []."""
    best, run, index = [], [], 0
    while index < len(lines):
        if index + 1 < len(lines) and _list_title(lines[index]) and _cut_short(lines[index + 1]):
            run.append(index)
            index += 2
            continue
        best, run = max(best, run, key=len), []
        index += 1
    best = max(best, run, key=len)
    if len(best) < UNDATED_MIN_ITEMS:
        return []
    if any(_words(line) > TAIL_WORDS for line in lines[best[-1] + 2 :]):
        return []
    return [(index, ListingItem(None, lines[index], lines[index + 1])) for index in best]


def _cut_short(line):
    """Whether a line is a lead the list cut short ("… haben Velmora, Lindmark und Coravia
    ...")."""
    return _words(line) > SENTENCE_WORDS and line.rstrip().endswith(("...", "…"))


def _list_title(line):
    low, high = UNDATED_TITLE_WORDS
    return (
        low <= _words(line) <= high
        and len(line) <= MAX_TITLE
        # "40th Ordinary Session …": a title may open with a number.
        and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "«\"“„'")
        and line[-1:] not in ".!?:;,"
    )


def _is_sentence(line):
    return _words(line) >= SENTENCE_WORDS and line[-1:] in ".!?"
