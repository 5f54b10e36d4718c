"""The recogniser: a saved page in, a ParsedPage out.

The steps run in the order a reader's eye strips a page: the furniture and widgets around
the text, the tail (additional materials, organisation card), then the kind of page, its
header (stamp, title, dateline) and its body.
"""

import re

from .card import split_tail
from .classify import (
    SPOKEN_KINDS,
    UN_SYMBOL,
    doc_type,
    kind_in,
    kind_phrase,
    label_phrase,
    number_line,
    signatories,
    title_subjects,
)
from .dates import (
    UPDATE_LABEL,
    VENUE_FIELD,
    WEEKDAYS,
    PartialDate,
    date_at_start,
    event_field_date,
    find_dates,
    labelled_stamp,
    leading_date,
    numbered_title_stamp,
    stamp_line,
    whole_line_date,
    without_weekday,
)
from .evidence import quoted
from .furniture import (
    is_furniture,
    split_lines,
    strip_menus,
    take_navigation,
    without_field_labels,
)
from .language import detect_language, take_switcher, with_own_language
from .listing import COUNT_LINE, date_line, find_items, undated_items
from .page import ParsedPage, content_hash
from .people import (
    LEAD_CHARS,
    as_named_on_page,
    find_names,
    fold,
    is_person_name,
    is_role_word,
    named_on_page,
    person_in_role,
    same_person,
    speaker_in_lead,
    without_titles,
)
from .source import UnreadablePage, read_source
from .transcript import parse_body, turn_speakers, with_speaker_key
from .vocabulary import (
    ALL_ITEMS_LINKS,
    ANSWER_LABELS,
    CONSULAR_WORDS,
    HONORIFICS,
    INSTITUTION_WORDS,
    LIST_CONTROLS,
    MONTHS,
    PLACE_WORDS,
    QUESTION_LABELS,
    ROLE_WORDS,
    SECTION_HEADINGS,
    SITE_NAME_OPENINGS,
)
from .widgets import date_counters, take_widgets

# A homepage's featured text, or an article's body, is longer than this; a listing's header
# is shorter.
FEATURE_CHARS = 600
MAX_TITLE = 400
HEADER_LINES = 8  # a title is found among the first lines, under stamps and labels
# Where a page names its speakers in full: the title, the header and the text's first lines
# (the name line under a briefing's title, a press conference's lead).
NAMES_READ_LINES = 12
NAME_LINE_CHARS = 300  # a name line or a lead's sentence; a paragraph is not read for names
LEAD_LINES = 3  # the text's first lines, where a lead names who speaks
_URL_LINE = re.compile(r"^(?:(?:url|source|источник|quelle|fuente)\s*:\s*)?(https?://\S+)$",
                       re.IGNORECASE)  # fmt: skip
_HOSTNAME = re.compile(
    r"^(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,2}\.[a-z]{2,24}$", re.IGNORECASE
)
_TITLE_SEPARATOR = re.compile(r"^\s*[-–—|]\s+(?P<title>\S.*)$")
_PLACE_PARTICLES = {"de", "del", "da", "do", "am", "an", "der", "on", "upon", "sur", "la",
                    "le", "les", "en", "na", "im", "bei", "di", "el", "y"}  # fmt: skip
_LABEL_OPENING = re.compile(r"^[^:]{1,60}:\s")
_NAME_WORD = re.compile(r"[^\W\d_]+")
_CONSULAR = re.compile(CONSULAR_WORDS, re.IGNORECASE)  # not a press office's contact line
_DATELINE_TAIL = re.compile(r"^[\s.,;)\]»”\"]*$")


def recognise(data, name=""):
    """The ParsedPage of a saved page (bytes or text). Raises UnreadablePage."""
    source = read_source(data, name)
    lines = split_lines(source.text)
    source_url = source.hints.source_url
    if lines and _URL_LINE.match(lines[0]):
        source_url = source_url or _URL_LINE.match(lines.pop(0)).group(1)
    if len(lines) > 1 and _HOSTNAME.match(lines[0]):
        lines.pop(0)  # "gouvernement.vm": the site's name as its host, the logo's text
    switcher, lines = take_switcher(lines)
    languages = list(source.hints.languages_offered) or switcher.codes
    lines = with_speaker_key(lines)
    kept = _without_furniture(_without_last_change(without_field_labels(lines)))
    widgets, lines = take_widgets(kept)
    lines, crumbs = take_navigation(lines)
    lines, materials, card = split_tail(lines)
    lines = strip_menus(lines)
    if not lines and not widgets:
        raise UnreadablePage("empty page (nothing but page furniture)")
    page = ParsedPage(
        file=name,
        site_kind="article",
        language=None,
        doc_type="other",
        languages_offered=languages,
        additional_materials=materials,
        organisation=card,
        widgets=widgets,
        source_url=source_url,
        content_hash=content_hash(lines),
    )
    if languages and "languages_offered" in source.hints.origins:
        page.note("languages_offered", *source.hints.origins["languages_offered"])
    elif languages:
        page.note("languages_offered", "the language switcher", quoted(switcher.line), 0.9)
    else:
        page.note("languages_offered", "no language switcher on the page", "", 0.9)
    items = find_items(lines) or undated_items(lines)
    kind, *why = _site_kind(lines, items, widgets)
    page.site_kind = kind
    page.note("site_kind", *why)
    if kind == "article":
        own = items[:1] if items and _opens_page(lines, items[0]) else []  # its dated title
        later = [
            index
            for index, _ in items[len(own) :]
            if index > 1 and not any(map(labelled_stamp, lines[index : index + 2]))
        ]
        if len(later) >= 2 or (later and items[0][0] <= 1):
            # A "latest news" list under the text belongs to the site, not to the document.
            lines = lines[: later[0]]
        crumb_labels = [(crumb, "the breadcrumb line") for crumb in crumbs]
        _read_article(page, lines, source.hints, crumb_labels)
    else:
        _read_list(page, lines, items, crumbs)
        date_counters(widgets, widgets.crawl_date or _first_stamp(lines))
    page.languages_offered = with_own_language(page.languages_offered, page.language)
    return page


def _without_furniture(lines):
    """The lines without the page's furniture. A "see all" link's words standing right over
    a dated item ("Toutes les actualités" / "15.03.2026 | Interview") are the heading of the
    list they open, not a link beside a text."""
    return [
        line
        for index, line in enumerate(lines)
        if not is_furniture(line)
        or (
            line.casefold().strip() in ALL_ITEMS_LINKS
            and index + 1 < len(lines)
            and date_line(lines[index + 1]) is not None
        )
    ]


def _without_last_change(lines):
    """The lines without a last change's label and its date ("Date modified:" / "2026-04-14",
    "Date de modification :" / …): the date of an edit, never the publication's."""
    kept, skip = [], False
    for index, line in enumerate(lines):
        if skip:
            skip = False
            continue
        if (
            line.endswith(":")
            and UPDATE_LABEL.match(line)
            and index + 1 < len(lines)
            and whole_line_date(lines[index + 1])
        ):
            skip = True
            continue
        kept.append(line)
    return kept


def _site_kind(lines, items, widgets):
    """(site kind, rule, source, confidence)."""
    first = quoted(lines[items[0][0]]) if items else ""
    if items and _opens_page(lines, items[0]) and _first_item_has_body(lines, items):
        # A dated title over a full text is an article, whatever the site lists beside it.
        return "article", "a dated title over a full text", first, 0.9
    before = sum(len(line) for line in lines[: items[0][0]]) if items else 0
    consular = [contact for contact in widgets.contacts if _CONSULAR.search(contact.label)]
    if widgets.clocks or widgets.counters or consular:
        # A mission's widgets: its clocks, its "days since" counters, its consular line.
        if len(items) >= 2:
            return "homepage", f"a mission's widgets, and {len(items)} items", first, 0.9
        if not _has_body(lines):
            return "homepage", "clocks or counters, and no text", "", 0.8
        return "article", "clocks or counters over a text with no list", "", 0.7
    if len(items) >= 3:
        if before < FEATURE_CHARS:
            return "listing", f"{len(items)} dated items under a short header", first, 0.9
        if _first_stamp(lines[:3]) is None:
            return "homepage", f"a featured text over {len(items)} dated items", first, 0.75
        return "article", f"a dated text over {len(items)} dated items", first, 0.7
    if not _has_body(lines):
        return "article", "a short text, with no list of dated items", "", 0.7
    return "article", "a text with no list of dated items", "", 0.9


def _opens_page(lines, first_item):
    """Whether the first dated item opens the page: on its first lines, or under lines
    that print its title already (a banner and the heading repeating it)."""
    index, item = first_item
    return index <= 1 or (
        index <= HEADER_LINES and any(_same_text(line, item.title) for line in lines[:index])
    )


def _first_item_has_body(lines, items):
    """Whether the first item is followed by a text, where the others have a lead at most."""
    starts = [index for index, _ in items] + [len(lines)]
    # Each gap is what follows an item's own lines (its date, its title): a lead or a text.
    gaps = [starts[k + 1] - starts[k] - _own_lines(lines, starts[k], item)
            for k, (_, item) in enumerate(items)]  # fmt: skip
    body = lines[starts[0] + _own_lines(lines, starts[0], items[0][1]) : starts[1]]
    longest_other = max(gaps[1:-1], default=1)
    return (len(body) >= 2 and len(body) > longest_other) or sum(map(len, body)) >= FEATURE_CHARS


PARAGRAPH_TITLE_CHARS = 120


def _own_lines(lines, start, item):
    """How many lines from `start` an item's date and title take ("12.03.2026 -
    Pressemitteilung" / "Title": two; "12.03.2026 - Title": one). A paragraph read as the
    title under a date line is the text's first, not the item's."""
    if item.title.endswith(".") and len(item.title) > PARAGRAPH_TITLE_CHARS:
        return 1
    for offset, line in enumerate(lines[start : start + 3]):
        if item.title in line:
            return offset + 1
    return 1


def _has_body(lines):
    return sum(len(line) for line in lines) >= FEATURE_CHARS


def _first_stamp(lines):
    for line in lines:
        date = whole_line_date(line)
        if date and date.as_date():
            return date.as_date()
    return None


def _read_list(page, lines, items, crumbs=()):
    page.doc_type = "news_list"
    page.note("doc_type", f"a {page.site_kind}'s kind", "", page.evidence["site_kind"].confidence)
    page.listing_items = [item for _, item in items]
    first = items[0][0] if items else len(lines)
    if items and items[0][1].date is None:
        rule = f"{len(items)} titles one a line (a list without dates)"
        page.note("listing_items", rule, quoted(lines[first]), 0.7)
    elif items:
        rule = f"{len(items)} dated items (a date, then a title)"
        page.note("listing_items", rule, quoted(lines[first]), 0.85)
    else:
        page.note("listing_items", "no dated items", "", 0.5)
    header = [line for line in lines[:first] if not whole_line_date(line)]
    if page.site_kind == "homepage":
        page.featured_title = header[0] if header else None
        page.lead = header[1] if len(header) > 1 else ""
    elif len(header) == 1 and len(header[0]) <= MAX_TITLE:
        page.title = header[0]
        page.note("title", "the one line over the list", quoted(header[0]), 0.8)
    else:
        page.title, *why = _list_heading(header, crumbs)
        page.note("title", *why)
    sample = " ".join(header + [item.title + " " + item.lead for item in page.listing_items])
    page.language, rule, confidence = detect_language(sample)
    page.note("language", rule, "", confidence)


def _list_heading(header, crumbs):
    """(title, rule, source, confidence) of a list whose header holds more than its
    heading: the line that repeats the deepest crumb ("Press releases"), else the first
    line that is no site name nor a filter or a count ("Filter by", "Showing 1 to 3 of 214
    results"), else the deepest crumb ("Home / … / News and communications")."""
    folded_crumbs = {crumb.casefold() for crumb in crumbs}
    for line in header:
        if line.casefold() in folded_crumbs:
            return line, "the list's heading, as its breadcrumb names it", quoted(line), 0.8
    for above, line in zip(header[:-1], header[1:], strict=True):
        if COUNT_LINE.search(line) and _title_like(above) and not _motto(above):
            # "Press Releases" / "Displaying 1 - 10 of 231": the heading over its count.
            return above, "the heading over the list's count", quoted(above), 0.75
    for line, under in zip(header, [*header[1:], ""], strict=False):
        if (
            not _site_name(line)
            # "Plataforma digital única del Estado …" / "Ministerio de …": a portal's banner
            # over the site's name
            and not _site_name(under)
            and not _motto(line)
            and not any(char.isdigit() for char in line)
            and line.casefold() not in LIST_CONTROLS
            and len(line) <= MAX_TITLE
        ):
            return line, "the first line over the list", quoted(line), 0.7
    if crumbs:
        return crumbs[0], "the deepest crumb over the list", quoted(crumbs[0]), 0.7
    return None, "no heading over the list", "", 0.8


def _read_article(page, lines, hints, crumb_labels=()):
    published, title, head, body, origins, event = _header(lines, hints)
    page.title = title
    page.note("title", *origins["title"])
    if published is None and hints.modified:
        published, origins["published"] = hints.modified, hints.origins["modified"]
    page.published = published
    page.note("published", *origins.get("published", ("no publication stamp found", "", 0.4)))
    if event is None and published is not None:
        event = _place_in_title(title, published) or _marked_place(hints, body, published)
    page.event_place, page.event_date, body, why = _dateline(title, body, head, event)
    page.note("event_date", *why)
    page.language, rule, confidence = detect_language(" ".join([title or "", *body[:40]]))
    page.note("language", rule, "", confidence)
    title_kind = kind_in(title or "")
    subjects = title_subjects(title, page.language)
    if not subjects and title_kind == "briefing":
        # "…noon briefing by <name>, Spokesman for…": the intro names the briefer.
        # A numbered section or item ("I. ANNOUNCEMENTS", "1. Foreign Minister … to attend")
        # is the agenda, not the intro: its "I." is no initial, its people no briefers.
        intro = [line for line in body[:2] if not _SECTION_HEADING.match(line)]
        subjects = [name for line in intro for name, *_ in find_names(line)][:1]
    opening = None
    if title_kind in {"transcript", "interview", None} and len(subjects) == 1:
        opening = subjects[0]
    body_blocks = parse_body(body, subjects, opening, interview=title_kind == "interview")
    if body_blocks.turns:
        _name_in_full(body_blocks, [title or "", *head, *body[:NAMES_READ_LINES]])
    page.blocks = body_blocks.blocks
    page.toc = body_blocks.toc
    page.doc_type, *why = doc_type(
        title, head, len(body_blocks.questions), [*hints.kind_labels, *crumb_labels], body
    )
    page.note("doc_type", *why)
    page.speakers, *why = _speakers(
        page.doc_type,
        subjects,
        body_blocks,
        body,
        hints.authors,
        title or "",
        # The text's last line is its sign-off, not a lead ("Name, Spokesperson for …").
        lead=[*head, *body[: min(LEAD_LINES, len(body) - 1)]],
    )
    page.speakers = _unique_people(page.speakers)
    page.note("speakers", *why)
    questions = body_blocks.questions
    if questions:
        first = " ".join(questions[0].value["text"][:1])
        page.note("qa_turns", "turns labelled as questions", quoted(first), 0.9)
    else:
        page.note("qa_turns", "no line labelled as a question", "", 0.9)
    page.lead = next(
        (block.value for block in page.blocks if block.type == "paragraph"), ""
    ) or next((" ".join(block.value["text"][:1]) for block in body_blocks.turns), "")


def _name_in_full(body, lines):
    """Each turn's speaker or asker as `lines` (the page's first) name them in full: labels
    give a surname, initials, an honorific or a role ("MR TILDEN", "Н.Орлов", "Prime
    Minister")."""
    wanted = []  # (block, key, the label's name or role, whether it is a role)
    for block in body.turns:
        key = "asker" if block.type == "question" else "speaker"
        if block.value.get(key) and _partly_named(block.value[key]):
            wanted.append((block, key, block.value[key], False))
        elif key == "speaker" and not block.value.get(key) and block.value.get("role"):
            wanted.append((block, key, block.value["role"], True))
    if not wanted:
        return
    # Names are looked for only on short lines that hold a word of a label: finding names is
    # the costly step, and paragraphs are long.
    words = {fold(word) for _, _, label, _ in wanted for word in _NAME_WORD.findall(label)}
    words = {word for word in words if len(word) > 1}
    named = named_on_page(
        [
            line
            for line in lines
            if len(line) <= NAME_LINE_CHARS and any(word in fold(line) for word in words)
        ]
    )
    resolved = {}
    for block, key, label, is_role in wanted:
        if (label, is_role) not in resolved:
            resolved[label, is_role] = (
                person_in_role(label, named) if is_role else as_named_on_page(label, named)
            )
        block.value[key] = resolved[label, is_role]


def _partly_named(label):
    """Whether a turn's label names its speaker less than in full: one word ("Kessler"),
    initials ("Н.Орлов"), or an honorific or function before the name ("Mr Tilden")."""
    return len(_NAME_WORD.findall(label)) < 2 or "." in label or without_titles(label) != label


def _unique_people(names):
    unique = []
    for name in names:
        if name not in unique:
            unique.append(name)
    return unique


def _header(lines, hints):
    """(published, title, lines above the title, body lines, origins, the event its header
    lines give): origins holds the (rule, source, confidence) of the title and of the
    publication time when there is one; the event is (place, date, why) or None."""
    published = hints.published
    origins = {key: hints.origins[key] for key in ("published",) if published}
    title = None
    head = []
    index = 0
    while index < min(len(lines), HEADER_LINES):
        line = lines[index]
        stamp = whole_line_date(line)
        if stamp and stamp.year and stamp.day:
            time = _BARE_TIME.match(lines[index + 1]) if index + 1 < len(lines) else None
            if time and not stamp.has_time:
                # "12 March 2026" / "14:30": the time on a line of its own completes it.
                stamp = PartialDate(stamp.year, stamp.month, stamp.day, int(time["H"]),
                                    int(time["M"]))  # fmt: skip
                index += 1
            if published is None:
                published = stamp
                origins["published"] = ("a date line over the title", quoted(line), 0.9)
            index += 1
            continue
        labelled = _kind_then_date(line) or _date_kind_place(line)
        if labelled:
            # "Mitschrift der Pressekonferenz - Freitag, 13. März 2026": the type, the stamp.
            if published is None:
                published = labelled
                origins["published"] = ("a type and a date over the title", quoted(line), 0.85)
            head.append(line)
            index += 1
            continue
        opened = leading_date(line)
        separated = _TITLE_SEPARATOR.match(opened[1]) if opened else None
        if separated and opened[0].year and _DELIVERY_MARK.match(separated["title"]):
            # "12 mars 2026 - Seul le prononcé fait foi": the stamp and the speech's mark.
            if published is None:
                published = opened[0]
                origins["published"] = ("a date and a delivery mark over the title",
                                        quoted(line), 0.85)  # fmt: skip
            index += 1
            continue
        if separated and opened[0].year:
            if published is None:
                published = opened[0]
                origins["published"] = ("the date opening the title line", quoted(line), 0.9)
            title = separated["title"].strip()
            origins["title"] = ("a dated title line (date – title)", quoted(line), 0.9)
            index += 1
            break
        if hints.title and _same_text(line, hints.title):
            title = hints.title
            origins["title"] = hints.origins["title"]
            index += 1
            break
        continued = _continued_kind_label(line, lines[index + 1 : index + 2])
        if continued and not hints.title:
            # "Speech" / "by the Secretary General at…": one heading over two lines.
            title = f"{line} {continued}"
            origins["title"] = ("a kind's name over its continuation", quoted(line), 0.8)
            index += 2
            break
        if (
            not hints.title
            and _title_like(line)
            and not _header_label(line, lines[index + 1 : index + HEADER_LINES])
            and not _dateline_line(line)
            and not number_line(line)
            and not (_site_name(line) and _title_below(lines, index))
            and not (_motto(line) and _title_below(lines, index))
            and not _banner_over_site_name(lines, index)
        ):
            title = line
            # Lines passed over above it (labels, a site's name) make it less certain.
            first = index == 0 or all(whole_line_date(other) for other in lines[:index])
            origins["title"] = ("the first line that reads as a title", quoted(line),
                                0.8 if first else 0.7)  # fmt: skip
            index += 1
            break
        head.append(line)
        index += 1
    if title is None and hints.title:
        title, index, head = hints.title, 0, []
        rule, element, confidence = hints.origins["title"]
        # The markup's title printed nowhere in the text's first lines: a lesser match.
        origins["title"] = (rule, element, min(confidence, 0.8))
    if title is None:
        index, head = 0, []
        origins["title"] = ("no line among the first reads as a title", "", 0.2)
    body = lines[index:]
    if body and title and _same_text(body[0], title):
        body = body[1:]  # the heading printed twice (as the page's summary)
    opened = leading_date(body[0]) if body else None
    kind_line = _TITLE_SEPARATOR.match(opened[1]) if opened and opened[0].year else None
    if kind_line and len(kind_line["title"].split()) <= 3 and kind_in(kind_line["title"]):
        # "13.04.2026 - Rede" under the title: the stamp, and the kind as a label.
        if published is None:
            published = opened[0]
            origins["published"] = ("the date beside the kind under the title",
                                    quoted(body[0]), 0.9)  # fmt: skip
        head.append(kind_line["title"])
        body = body[1:]
    if published is None and title and (numbered := numbered_title_stamp(title)):
        published = numbered
        origins["published"] = ("the date after the release's number in the title",
                                quoted(title), 0.85)  # fmt: skip
    published, body, event = _header_block(body, published, origins)
    if body and published is None:
        stamp = whole_line_date(body[-1])
        # "Foreign Affairs Council, 16 March 2026" … "Meeting information" / "16 March 2026":
        # the meeting's date given again at the foot, not when the page was published.
        in_title = any(found.date == stamp for found in find_dates(title or "")) if stamp else False
        # "Letzte Änderung 03.03.2026" at the foot is the last edit's.
        edit = UPDATE_LABEL.match(body[-1])
        if stamp and stamp.year and stamp.day and len(body) > 1 and not in_title and not edit:
            origins["published"] = ("a date line closing the text", quoted(body[-1]), 0.7)
            published, body = stamp, body[:-1]
    return published, title, head, body, origins, event


# A speech's "as delivered" mark, in the five languages; it is never a title.
_DELIVERY_MARK = re.compile(
    r"^(?:seul le prononcé fait foi|seule la version (?:orale|prononcée) fait foi"
    r"|check against delivery|as delivered|es gilt das gesprochene wort"
    r"|s[oó]lo vale lo pronunciado|cotejar con el discurso pronunciado"
    r"|сверяйте с произнесенным|сверяйте с произнесённым)[\s.!-]*$",
    re.IGNORECASE,
)


def _kind_then_date(line):
    """The date of a line giving a type label, a dash and a date ("Mitschrift der
    Pressekonferenz - Freitag, 13. März 2026"), else None."""
    if len(line) > HEADER_LINE_CHARS:
        return None
    parts = _DASHES.split(line)
    if len(parts) != 2 or len(parts[0].split()) > LABEL_WORDS:
        return None
    # A type label's name opens it ("Mitschrift", "Transcript", "Media note"): a kind's
    # phrase with a date ("Department Press Briefing – March 10, 2026") is a title.
    if not label_phrase(parts[0])[1] or not parts[0].casefold().startswith(
        label_phrase(parts[0])[1].casefold()
    ):
        return None
    date = whole_line_date(parts[1])
    return date if date and date.year and date.day else None


def _date_kind_place(line):
    """The date of a meta line over the title giving the date, the type and the place
    between bars ("12 March 2026 | News release | Aster"), else None."""
    segments = [segment.strip() for segment in line.split("|")]
    if not 2 <= len(segments) <= 3 or len(line) > HEADER_LINE_CHARS:
        return None
    date = whole_line_date(segments[0])
    if not date or not date.year or not date.day:
        return None
    if not all(kind_in(segment) or _place_line(segment) for segment in segments[1:]):
        return None
    return date


STAMP_REACH = 6  # header lines under the title: stamps, places, labels, a name line
HEADER_LINE_CHARS = 300  # longer is the text's first paragraph
_BARE_TIME = re.compile(r"^(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)$")
_PLACE_LABEL = re.compile(r"^(?:location|place|ort|lieu|lugar|место)\s*:\s*(?P<place>.+)$",
                          re.IGNORECASE)  # fmt: skip
_DELIVERED_ON = re.compile(
    r"^(?:delivered on|date delivered|gehalten am|prononcé le|pronunciado el)\s*:?\s*",
    re.IGNORECASE,
)
_AS_DELIVERED_BY = re.compile(
    r"^(?:as delivered by|delivered by|check against delivery|vorgetragen von|prononcé par)\b",
    re.IGNORECASE,
)


def _header_block(body, published, origins):
    """(published, body, event) read from the header lines under the title: the stamp ("May
    6, 2026", "Published 3 March 2026", "Secretaría de Relaciones Exteriores | 11 de marzo de
    2026", "Tuesday, March 10, 2026, 10:32 a.m. Ministry of Foreign Affairs"), with a time
    on the next line ("16 January 2026" / "09:30"); a place line beside it ("Harwell, N.R."
    / "May 6, 2026", "02.02.2026" / "Aster"), a dateline ("February 12, 2026 - Aster,
    Velmora - Global Affairs Velmora"), "Location:" and "Delivered on:" lines, "As
    delivered by …, Aster, 5 March 2026". A last change ("Updated …") is not the stamp.
    The event is (place, date, why) or None."""
    reach = []
    for line in body[:STAMP_REACH]:
        # "3 de marzo de 2026 - 8:29 p. m." ends with a full stop but is no sentence.
        # So does "Дата публикации: 12 марта 2026 г.", a labelled stamp, which is no turn.
        stamp = stamp_line(line)
        sentence = reach and _sentence(line) and stamp is None
        if len(line) > HEADER_LINE_CHARS or _turn_like(line) and stamp is None or sentence:
            break  # the text has begun (a summary or a lead may stand right under the title)
        reach.append(line)
    taken, event, place_label = set(), None, None
    for position, line in enumerate(reach):
        if position in taken:
            continue
        if UPDATE_LABEL.match(line) and whole_line_date(line):
            continue
        labelled_place = _PLACE_LABEL.match(line)
        if labelled_place and _place_like(labelled_place["place"].split(",")[0].strip()):
            place_label = labelled_place["place"].split(",")[0].strip()
            taken.add(position)
            continue
        delivered = _DELIVERED_ON.match(line)
        if delivered:
            found = find_dates(line[delivered.end() :])
            if found and found[0].date.year and found[0].date.day:
                why = ("the date it was delivered on", quoted(line), 0.85)
                event = (place_label, found[0].date.without_time(), why)
                taken.add(position)
            continue
        if _AS_DELIVERED_BY.match(line):
            place, date = _trailing_dateline(line)
            if date is not None and event is None:
                event = (place, date, ("the dateline of the delivery", quoted(line), 0.85))
            continue
        dateline = _date_then_place(line) or _section_date_place(line)
        if dateline and event is None:
            event = (*dateline, ("a dateline under the title", quoted(line), 0.8))
            taken.add(position)
            continue
        stamp = stamp_line(line)
        if not stamp or published is not None and event is not None:
            continue
        following = position + 1
        if following < len(reach) and not stamp.has_time:
            time = _BARE_TIME.match(reach[following])
            if time:
                stamp = PartialDate(stamp.year, stamp.month, stamp.day, int(time["H"]),
                                    int(time["M"]))  # fmt: skip
                taken.add(following)
                following += 1
        if published is None:
            published = stamp
            origins["published"] = ("a date line under the title", quoted(line), 0.85)
            taken.add(position)
        if event is None:
            for neighbour in (following, position - 1, position - 2):
                if 0 <= neighbour < len(reach) and neighbour not in taken:
                    # Over the date a place names its region too ("Harwell, N.R."): a
                    # single word there is more often a label or a portfolio ("Defence").
                    if neighbour < position and "," not in reach[neighbour]:
                        continue
                    place = _place_line(reach[neighbour])
                    if place:
                        why = ("a place line beside the date", quoted(reach[neighbour]), 0.8)
                        event = (place, stamp.without_time(), why)
                        taken.add(neighbour)
                        break
    if event is None and place_label and published is not None and published.day:
        # "Date:" / "03/09/26" and "Location:" / "Aster" as the header's fields: the place
        # where it was held, the day its stamp gives.
        why = ("the labelled place, on the day of the stamp", quoted(place_label), 0.75)
        event = (place_label, published.without_time(), why)
    elif event is None and place_label:
        event = (place_label, None, None)
    kept = [line for position, line in enumerate(body) if position not in taken]
    return published, kept, event


def _sentence(line):
    """Whether a line is a sentence of the text: words ending with a full stop."""
    return len(line.split()) >= SENTENCE_WORDS and line.rstrip()[-1:] in ".!?"


SENTENCE_WORDS = 8


def _place_line(line):
    """The place a header line gives ("Harwell, N.R.", "Aster", "Астер, Дворец на
    набережной"), else None: a name like a city's, not a person's with a role."""
    segments = [segment.strip() for segment in line.split(",")]
    if len(segments) > 3 or any(char.isdigit() for char in line) or line[-1:] in ".!?:;":
        if not (len(segments) == 2 and line.endswith(".") and len(segments[1]) <= 6):
            return None  # "Harwell, N.R." ends with an abbreviation's stop
    if not _place_like(segments[0]) or len(segments[0].split()) > 3 or "/" in line:
        return None
    if ":" in line or _bare_kind(line):
        return None  # "Location: Lindhaven" is read as a label; "Media Note" is a type
    if line.casefold() in SECTION_HEADINGS or _topic_tag(line):
        return None
    if any(word.casefold() in ROLE_WORDS for segment in segments for word in segment.split()):
        return None  # "Marcus Tilden, Department Spokesperson"
    if is_person_name(segments[0]) and segments[0].split()[-1].casefold() not in PLACE_WORDS:
        return None
    return _as_written(segments[0])


# The endings of abstract nouns and adverbs, which name a news item's topic under its date
# ("Интеграция", "Официально", "Integration", "Entwicklung", "Handelspolitik"), not a
# city's. Left out: Spanish "-ción" (Asunción, Concepción) and German "-ung" but after l, r
# or t (Bandung, Kaohsiung). Russian's verbal and other abstract nouns too ("Торговля",
# "Регулирование", "Развитие", "Инфраструктура", "Технология"). A line whose last word is a
# city's own ("Vessa City", "Ciudad …" aside) is a place, whatever its ending.
_TOPIC_ENDINGS = (
    "ция", "ство", "изм", "ость", "ика", "ально", "ельно", "ично", "вля", "ние", "тие",
    "тура", "логия", "tion", "ism", "ity", "ics", "ally", "lung", "rung", "tung", "heit",
    "keit", "ismus", "politik", "isme", "ité", "ismo", "idad", "mente",
)  # fmt: skip
TAG_WORDS = 3


def _topic_tag(line):
    """Whether a short line names a topic (its last word an abstract noun or an adverb)."""
    words = line.split()
    if not 1 <= len(words) <= TAG_WORDS or words[-1].casefold() in PLACE_WORDS:
        return False
    return words[-1].casefold().endswith(_TOPIC_ENDINGS)


def _date_then_place(line):
    """(place, date) of a dateline that opens with its date ("February 12, 2026 - Aster,
    Velmora - Global Affairs Velmora"), else None."""
    opened = leading_date(_DATE_ARTICLE.sub("", line, count=1))
    if not opened or not opened[0].year or not opened[0].day:
        return None
    separated = _SEPARATED_TEXT.match(opened[1])
    if not separated:
        return None
    place = _DASHES.split(opened[1][separated.end() :])[0]
    place = place.split(",")[0].split("(")[0].strip()
    if _place_like(place) and len(place.split()) <= 3 and not is_person_name(place):
        return _as_written(place), opened[0].without_time()
    return None


def _section_date_place(line):
    """(place, date) of a meta line giving the section, the date and the place in one
    ("Secretary General 12 March 2026 Lorvik", "Committee of Ministers 9 March 2026
    Lorvik"), as an organisation's newsroom prints it under each title, else None."""
    found = find_dates(line)
    if len(found) != 1 or not found[0].date.year or not found[0].date.day:
        return None
    section, place = line[: found[0].start].strip(), line[found[0].end :].strip()
    if len(section.split()) > SECTION_WORDS or (section and not section[:1].isupper()):
        return None
    if any(char in section for char in ",:;.!?|/") or not place:
        return None
    if found[0].date.has_time and _TIME_ZONE.match(place):
        return None  # "Mar. 12, 2026 14:30 VST": the time's zone, not a place
    place = _place_line(place)
    return (place, found[0].date.without_time()) if place else None


SECTION_WORDS = 5
_TIME_ZONE = re.compile(r"^[A-Z]{2,4}$|^(?:UTC|GMT)\s*[+-−]\s*\d{1,2}(?::?\d{2})?$")
_DATE_ARTICLE = re.compile(r"^(?:le|el|am|on)\s+(?=\d)", re.IGNORECASE)  # "Le 12 février 2026"
_DASHES = re.compile(r"\s[-–—]\s")


def _as_written(place):
    """A place as a reader writes it: a capitals dateline's "ASTER" as "Aster"."""
    return place.title() if place.isupper() and len(place) > 3 else place


_CONTINUATION = re.compile(r"^(?:by|of|from|with|von|des|der|par|du|de la|de|del|по)\s")


def _bare_kind(line):
    """Whether the line is only the name of a kind ("Speech", "Transcript", "Conférence de
    presse"): a type label, as many sites print over their titles."""
    kind, phrase = kind_phrase(line)
    if kind is None:
        kind, phrase = label_phrase(line)
    if len(phrase.split()) > LABEL_WORDS:
        return False  # "Rueda de prensa posterior al Consejo de Ministros": a title
    return kind is not None and len(phrase) >= len(line.strip(" .:")) - 1


LABEL_WORDS = 5


def _continued_kind_label(line, following):
    """The continuation of a kind's name on the next line ("by the Secretary General…"),
    else None."""
    if following and _bare_kind(line) and _CONTINUATION.match(following[0]):
        return following[0] if len(following[0]) <= MAX_TITLE else None
    return None


def _dateline_line(line):
    """Whether the line is a dateline ("Aster, 4. März 2026", "Aster, 12.02.2026 - Velmora
    met à disposition…"): a place and a date, maybe the text's first words after it."""
    return _opening_dateline(line) is not None


def _opening_dateline(line):
    """(place, date, the text after it) of a line opening with a place and a date, else
    None: "Aster, 4. März 2026", "Aster (Velmora), le 12 mars 2026 – …", "Aster, Velmora 15
    February 2026- …", "Aster, 10 de marzo de 2026. El Ministerio …", the date first ("14
    March 2026, Aster: The Chairperson …") or in parentheses ("Puerto Lirio (mar. 12/26).
    La canciller …")."""
    if found := (
        _date_first_dateline(line)
        or _parenthesised_dateline(line)
        or _bracketed_dateline(line)
        or _agency_dateline(line)
    ):
        return found
    head, comma, rest = line.partition(",")
    place = _REGION_AFTER.sub("", head).strip()
    if not comma or not _place_like(place) or (_names_a_body(place) and not _names_a_venue(place)):
        return None  # "Foreign Affairs Council, 16 March 2026": a meeting's title
    # "Puerto Lirio, miércoles 11 de marzo de 2026": the day of the week may open the date,
    # an article ("le", "el") or the region ("Velmora 15 February 2026") too.
    # "Schloss Arden, , 12. März 2026": a CMS's empty field between the place and the date.
    rest = _DATE_ARTICLE.sub("", without_weekday(rest.strip().lstrip(", ")), count=1)
    opened = leading_date(rest) or leading_date(_REGION_BEFORE_DATE.sub("", rest, count=1))
    if not opened:
        # "Palacio Legislativo, Aster, 1 de marzo de 2026": the venue, then the city; "Aster,
        # Velmora, 1 de marzo de 2026": the city, then its country, left out.
        middle, comma, dated = rest.partition(",")
        middle = middle.strip()
        if comma and _place_like(middle) and not _names_a_body(middle):
            opened = leading_date(_DATE_ARTICLE.sub("", without_weekday(dated.strip()), count=1))
            place = middle if opened and _names_a_venue(place) else place
    if not opened:
        # "Aster, Palais de la République – Jeudi 12 mars 2026": the venue, a dash, the date.
        venue, dash, dated = rest.partition(" – ")
        if dash and _VENUE.match(venue):
            opened = leading_date(without_weekday(dated.strip()))
            opened = opened if opened and not opened[1].strip() else None
    if not opened or not opened[0].year:
        return None
    after = _dateline_end(opened[1])
    if after is None:
        return None
    return place, opened[0].without_time(), after


# "BRENHOLM – (VD) – Nachfolgend veröffentlichen wir die Rede …, die sie am 10. März 2026 …
# gehalten hat.": a news service's dateline, the place in capitals and the service's tag, the
# day of the event in the sentence after it. "Aster (ikr) – Regierungschef … hat am
# Mittwoch, 11. März 2026, …", "Aster (ots/ikr) - …": a government's information service
# tags its releases in lower case after the place as written.
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-][^\W\d_]+){0,3})\s(?:[-–—]\s)?"
    r"\((?P<tag>[^\W\d_]{1,8}(?:/[^\W\d_]{1,8})?)\)\s[-–—]\s"
)


# A sentence's end: a stop after a word, not a day's ("am 10. März 2026").
_SENTENCE_END = re.compile(r"(?<=[^\W\d_])[.!?](?:\s|$)")


def _agency_dateline(line):
    """(place, date, the text after the tag) of a news service's dateline, the date the
    first full one its sentence gives after "am", "vom", "on", "le", "el" or "от"; else
    None."""
    match = _AGENCY_DATELINE.match(line)
    if not match:
        return None
    capitals = match["place"].isupper() and match["tag"].isupper()
    if not capitals and not (match["tag"].islower() and _place_like(match["place"])):
        return None
    text = line[match.end() :]
    end = _SENTENCE_END.search(text)
    sentence = text[: end.start()] if end else text
    for found in find_dates(sentence):
        if found.date.year and found.date.day and _HELD_ON.search(sentence[: found.start]):
            return _as_written(match["place"]), found.date.without_time(), text
    return None


# The words of a building's name ("Palacio Legislativo", "Haus der Bundespressekonferenz"),
# which a dateline may give before the city.
VENUE_WORDS = {
    "palacio", "palais", "palast", "palace", "casa", "haus", "house", "hall", "centre",
    "center", "centro", "salle", "sala", "saal", "building", "edificio", "bâtiment",
    "gebäude", "castle", "schloss", "château", "castillo", "residencia", "résidence",
    "residence", "torre", "tower", "hôtel", "hotel", "дворец", "дом", "зал", "центр",
}  # fmt: skip


def _names_a_venue(text):
    return any(word.casefold() in VENUE_WORDS for word in text.split())


def _names_a_body(text):
    return any(word.casefold() in INSTITUTION_WORDS for word in text.split())


# A venue after the place: a few words, each capitalised or a particle ("Palais de la
# République", "Casa Rosada", "Haus der Bundespressekonferenz").
_VENUE = re.compile(r"^[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,4}$")


# "Aster (Velmora)": the region or country in parentheses after the place.
_REGION_AFTER = re.compile(r"(?<!\s)\s*\([^()]{2,40}\)\s*$")
# "Velmora 15 February 2026": one or two capitalised words of a region before the date.
_REGION_BEFORE_DATE = re.compile(r"^(?:[^\W\d_][\w'’-]*\s){1,2}(?=\d)")
# The end of a dateline: a dash, or a full stop or a colon before the text's next sentence.
_DATELINE_END = re.compile(r"^\s*(?:[-–—]\s*|[.:]\s+(?=[^\W\d_]))")


def _dateline_end(rest):
    """The text after a dateline's date, else None when no dateline ends there."""
    if not rest.strip(" .:"):
        return ""
    end = _DATELINE_END.match(rest)
    return rest[end.end() :].strip() if end else None


def _date_first_dateline(line):
    """(place, date, the text after it) of "14 March 2026, Aster: The Chairperson …"."""
    opened = leading_date(line)
    if not opened or not opened[0].year or not opened[0].day:
        return None
    place, colon, text = opened[1].partition(":")
    place = place.strip().removeprefix(",").strip()
    if not colon or not text.strip() or not _place_like(place) or len(place.split()) > 3:
        return None
    return _as_written(place), opened[0].without_time(), text.strip()


def _bracketed_dateline(line):
    """(place, date, "") of a dateline in parentheses on a line of its own, the date first
    ("(13 марта 2026 года, Астер)", "(12 March 2026, Aster)"), else None."""
    if not (line.startswith("(") and line.endswith(")")):
        return None
    opened = leading_date(line[1:-1].strip())
    if not opened or not opened[0].year or not opened[0].day:
        return None
    place = opened[1].strip().removeprefix(",").strip()
    if not _place_like(place) or len(place.split()) > 3:
        return None
    return _as_written(place), opened[0].without_time(), ""


# "Puerto Lirio (mar. 12/26).": the abbreviated month, the day and the year's last digits.
_PARENTHESISED_DATE = re.compile(
    r"^(?P<place>[^()]{2,40}?)\s*\((?P<month>[^\W\d_]{3,4})\.?\s*(?P<day>[0-3]?\d)/"
    r"(?P<year>\d{2}|\d{4})\)\.?\s*"
)
CENTURY = 2000


def _parenthesised_dateline(line):
    match = _PARENTHESISED_DATE.match(line)
    if not match or not _place_like(match["place"].strip()):
        return None
    month = MONTHS.get(match["month"].casefold())
    year = int(match["year"]) + (CENTURY if len(match["year"]) == 2 else 0)
    if month is None or not 1 <= int(match["day"]) <= 31:
        return None
    date = PartialDate(year, month, int(match["day"]))
    return match["place"].strip(), date, line[match.end() :].strip()


_SEPARATED_TEXT = re.compile(r"^\s*[-–—]\s")


def _header_label(line, following):
    """Whether a short line above a longer title is a section or category label
    ("Department Press Briefing", "Security Council", "SC/14500", "Transcript")."""
    if _bare_kind(line):
        return any(_title_like(other) for other in following[:2])
    if _SITTING_HEADING.match(line):
        return False  # "Заседание Правительства" over its agenda: the sitting is the title
    if len(line.split()) > 3 and not UN_SYMBOL.match(line):
        return False
    return any(
        len(other.split()) >= 5 and len(other) <= MAX_TITLE and _title_like(other)
        for other in following
    )


# A body's sitting named as a heading: the lines under it are its agenda, not the title.
_SITTING_HEADING = re.compile(
    r"^(?:заседание|совещание|meeting of the|sitting of the|sitzung des|sitzung der"
    r"|réunion du|réunion de la|séance du|reunión del|sesión del)\s+\S+(?:\s+\S+)?$",
    re.IGNORECASE,
)


def _site_name(line):
    """Whether a line reads as the name of the site's owner ("Ministry of Foreign Affairs of
    Velmora", "Welcome to the Council of Nations", "Министерство иностранных дел …"): it
    opens as one, is short, and names no kind of document."""
    folded = line.casefold().removeprefix("the ")
    return (
        folded.startswith(SITE_NAME_OPENINGS)
        and len(line.split()) <= SITE_NAME_WORDS
        and ":" not in line
        and not any(char.isdigit() for char in line)
        and (kind_in(line) is None or _embassy_at_its_seat(folded))
    )


SITE_NAME_WORDS = 10


def _embassy_at_its_seat(folded):
    """Whether a "Botschaft …" line names an embassy, not a message ("Botschaft des
    Präsidenten", a speech): German calls both so, and the embassy's name gives its seat
    ("Botschaft der Republik Velmora in Lindmark", "… beim Heiligen Stuhl")."""
    return folded.startswith("botschaft") and any(
        f" {word} " in folded for word in ("in", "bei", "beim")
    )


def _motto(line):
    """Whether a line reads as a site's motto printed over everything ("A United,
    Prosperous and Peaceful Northern Sea."): a short phrase closed by a full stop, which
    headings are not, with no verb a sentence would have (no lower-case word but
    function words)."""
    words = line.rstrip(".").split()
    return (
        line.endswith(".")
        and not line.endswith("..")
        and len(words) <= MOTTO_WORDS
        and all(word[:1].isupper() or word.casefold() in _MOTTO_FUNCTION_WORDS for word in words)
    )


MOTTO_WORDS = 10
_MOTTO_FUNCTION_WORDS = {
    "a", "an", "the", "and", "of", "for", "in", "une", "un", "et", "de", "la", "le", "des", "y",
    "el", "del", "und", "der", "die", "das", "и",
}  # fmt: skip


def _banner_over_site_name(lines, index):
    """Whether the line at `index` is a portal's banner over the site's name ("Plataforma
    digital única del Estado velmorense" / "Ministerio de Relaciones Exteriores" / title):
    the first line, naming no kind, right over a site name that gives way to a title."""
    return (
        index == 0
        and len(lines) > 1
        and _site_name(lines[1])
        and not _site_name(lines[0])
        and kind_in(lines[0]) is None
        and _title_below(lines, 1)
    )


def _title_below(lines, index):
    """Whether a line under `index`, among the first, reads as a title that is no site
    name: a masthead's name gives way to it."""
    return any(
        _title_like(line) and not _site_name(line) and len(line.split()) >= 3
        for line in lines[index + 1 : index + 1 + HEADER_LINES]
    )


def _same_text(one, other):
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def _title_like(line):
    return (
        len(line) <= MAX_TITLE
        and line[:1].isupper() | line[:1].isdigit() | (line[:1] in '«"“„')
        and not line.endswith((":", ","))
        and not UN_SYMBOL.match(line)
        and not _turn_like(line)
    )


def _turn_like(line):
    """Whether a line opening with a label reads as a turn ("QUESTION: Is the crisis
    over?", "MR TILDEN: Good afternoon."), not as a title whose topic stands before a colon
    ("Sel Islands: Declaration by …", "Außenministerin Dovask: „…“"): a turn is a
    sentence, or is labelled as a question or an answer."""
    opening = _LABEL_OPENING.match(line)
    if not opening:
        return False
    label = opening.group().rstrip(": ").casefold()
    return line.rstrip()[-1:] in ".?!…" or label in QUESTION_LABELS or label in ANSWER_LABELS


def _dateline(title, body, head=(), event=None):
    place, date, body, why = _found_dateline(title, body, head, event)
    return (_as_written(place) if place else place), date, body, why


DATELINE_REACH = 3  # lines the text's dateline may stand under


def _found_dateline(title, body, head=(), event=None):
    """(event place, event date, body, (rule, source, confidence)) from the title's end
    ("…, Moscow, May 12, 2021"), from a dateline opening the body, or from the header's
    lines (`event`: place, date, why)."""
    place, date = _trailing_dateline(title or "")
    if date is not None:
        if place is None and event and event[0] and event[1] == date:
            # "Department Press Briefing – March 10, 2026" over "Harwell, N.R." / the date.
            return event[0], date, body, ("the title's date, the header's place", quoted(title),
                                          0.85)  # fmt: skip
        return place, date, body, ("the dateline closing the title", quoted(title), 0.85)
    if event is not None and event[1] is not None:
        return event[0], event[1], body, event[2]
    announced = _announced_event(body)
    if announced is not None:
        return announced[0], announced[1], body, announced[2]
    held = _date_held(title or "")
    if held is not None:
        return None, held, body, ("the day the title gives the conference", quoted(title), 0.8)
    if body:
        place, date = _trailing_dateline(body[0], whole=True)
        if date is not None and place is not None:
            return place, date, body[1:], ("a dateline opening the text", quoted(body[0]), 0.8)
        # A date line left over the text (the stamp, read from the markup, or its byline), a
        # number line, a delivery mark, the heading printed again, the site's name or the
        # page's type ("Medienmitteilung") may stand first.
        first = 0
        while first < min(len(body) - 1, DATELINE_REACH) and (
            whole_line_date(body[first])
            or _bare_kind(body[first])
            or stamp_line(body[first])
            or _site_name(body[first])
            or number_line(body[first])
            or _DELIVERY_MARK.match(body[first])
            or _same_text(body[first], title or "")
            or _subtitle_over_dateline(body, first)
            or (_topic_tag(body[first]) and _dated_opening(body[first + 1]) is not None)
        ):
            first += 1
        opening = _opening_dateline(body[first])
        dated = _dated_opening(body[first])
        if dated is not None and not opening:
            return None, dated, body, ("the date opening the text", quoted(body[first]), 0.75)
        if opening:
            # "Aster, 12.02.2026 - Velmora met à disposition…": the text goes on after it.
            place, date, rest = opening
            why = ("a dateline opening the text", quoted(body[first]), 0.8)
            return place, date, body[:first] + ([rest] if rest else []) + body[first + 1 :], why
        for line in body[:DATELINE_REACH]:
            if len(line) <= LEAD_CHARS and _KIND_LEAD.match(line):
                # "Intervención del Ministro …, en la reunión … . Nueva York, 20 de marzo de
                # 2026.", "Discurso pronunciado por …, el 23 de diciembre de 2025.": the
                # introduction of a speech closes with where and when it was given.
                place, date = _trailing_dateline(line)
                if date is not None:
                    return place, date, body, ("the dateline closing the speech's introduction",
                                               quoted(line), 0.75)  # fmt: skip
    for line in head:
        opening = _opening_dateline(line)
        if opening and not opening[2]:
            return opening[0], opening[1], body, ("a dateline over the title", quoted(line), 0.8)
    # Most texts give no event date apart from their publication: its absence is common.
    return None, None, body, ("no dateline closing the title or opening the text", "", 0.85)


# "Conferencia de Prensa Habitual Ofrecida el 11 de marzo de 2026 por …", "Press
# conference on 3 March 2026 by …": the day inside the title of a conference or a briefing.
# "am 10. März", "am Mittwoch, 11. März 2026": the day of the week may stand between.
_HELD_ON = re.compile(rf"(?:^|\s)(?:el|le|on|am|vom|от)(?:\s(?:{WEEKDAYS}),?)?\s*$", re.IGNORECASE)
_HELD_BY = re.compile(r"^\s*(?:por|par|by|von|de)\s", re.IGNORECASE)


def _date_held(title):
    """The date a briefing's or a transcript's title gives between "on" and "by" (and their
    translations), else None."""
    if kind_in(title) not in {"briefing", "transcript"}:
        return None
    found = [item for item in find_dates(title) if item.date.year and item.date.day]
    if len(found) != 1:
        return None
    date = found[0]
    if _HELD_ON.search(title[: date.start]) and _HELD_BY.match(title[date.end :]):
        return date.date.without_time()
    return None


# "14 марта 2026 года в Секретариате …", "2 марта 2026 года Генеральный секретарь …": a
# text opening with the full date of what it reports, no place before it.
_AFTER_OPENING_DATE = re.compile(r"^,?\s+[^\W\d_]")


def _dated_opening(line):
    """The date a text's first sentence opens with, else None."""
    found = date_at_start(line)
    if found is None or not (found.date.year and found.date.day) or found.date.has_time:
        return None
    if not _AFTER_OPENING_DATE.match(line[found.end :]) or len(line) < 2 * found.end:
        return None
    return found.date


SUBTITLE_WORDS = 8


def _subtitle_over_dateline(body, index):
    """Whether the line at `index` is a short line that is no sentence — a type line
    ("Schwerpunktthema: Rede"), the occasion ("Journée internationale des ports") — right over
    a dateline standing alone ("Vessa, le 14 mars 2026")."""
    line = body[index]
    if len(line.split()) > SUBTITLE_WORDS or line[-1:] in ".!?:;," or index + 1 >= len(body):
        return False
    opening = _opening_dateline(body[index + 1])
    return opening is not None and not opening[2]


def _marked_place(hints, body, published):
    """(place, date, why) of an HTML page whose markup names an element the place ("<p
    class=read__place>Астер</p>"), printed on a line of its own by a date line of the
    header, the date the stamp's day; else None."""
    if not hints.place or not published.day or not _place_like(hints.place):
        return None
    at = next((index for index, line in enumerate(body[:STAMP_REACH])
               if _same_text(line, hints.place)), None)  # fmt: skip
    beside = body[at + 1 : at + 2] + body[max(0, at - 1) : at] if at is not None else []
    if not any(whole_line_date(line) or stamp_line(line) for line in beside):
        return None
    why = ("the place the markup names, beside the date line", quoted(hints.place), 0.8)
    return _as_written(hints.place), published.without_time(), why


def _place_in_title(title, published):
    """(place, date, why) of a press conference or an interview whose title closes with its
    place ("Doorstop interview, Port Sel", "Press conference, Aster") and whose stamp is its
    day; else None."""
    head, comma, place = (title or "").rpartition(",")
    place = place.strip()
    if not comma or not published.day or kind_in(head) not in _PLACED_KINDS:
        return None
    if _BY.search(head):
        return None
    if not _place_like(place) or len(place.split()) > 3:
        return None
    if place.split()[0].casefold().rstrip(".") in HONORIFICS:
        return None  # "…, M. Lars Ekdahl": a person, introduced by a title of address
    why = ("the place closing the title, the day of its stamp", quoted(title), 0.75)
    return _as_written(place), published.without_time(), why


# A name, not a place, follows them: "… by the Press Secretary, ORLEK Haruto".
_BY = re.compile(r"\b(?:by|with|von|mit|par|avec|por|con|de la|del)\b", re.IGNORECASE)
# Kinds whose title may close with where they were held, the stamp giving the day.
_PLACED_KINDS = {"interview", "transcript", "briefing"}


# "… am 10. März 2026 in Aster", "… on 10 March 2026 in Aster", "… le 10 mars 2026 à Aster",
# "… el 10 de marzo de 2026 en Puerto Lirio": the date, then the place, closing a title.
_DATE_THEN_PLACE_PREPOSITION = re.compile(r"(?<!\s)\s+(?:in|à|en)\s+(?P<place>[^,;:()]{2,60})$")
_BEFORE_DATE = re.compile(r"(?:^|\s)(?:am|on|le|el)$", re.IGNORECASE)


def _date_in_place(text):
    """(place, date) of a title closing with "am DATE in PLACE" and its translations, else
    None."""
    tail = _DATE_THEN_PLACE_PREPOSITION.search(text)
    if not tail or not _place_like(tail["place"].strip()):
        return None
    found = [item for item in find_dates(text[: tail.start()]) if item.date.year]
    if not found or text[found[-1].end : tail.start()].strip():
        return None
    if not _BEFORE_DATE.search(text[: found[-1].start].rstrip()):
        return None
    return _as_written(tail["place"].strip()), found[-1].date.without_time()


# The introduction of a speech, naming its kind first ("Intervención del Ministro …",
# "Discurso pronunciado por …", "Speech by …", "Rede von …").
_KIND_LEAD = re.compile(
    r"^(?:intervención|discurso|palabras|mensaje|discours|allocution|intervention|rede"
    r"|ansprache|speech|remarks|address|выступление)\s+(?:de|del|de la|du|pronunciad[oa]"
    r"|prononcée?|by|von|des|der)\s",
    re.IGNORECASE,
)
_ARTICLE_BEFORE_DATE = re.compile(r"(?<=,)\s*(?:le|el)$", re.IGNORECASE)


def _trailing_dateline(text, whole=False):
    if not whole and (placed := _date_in_place(text)):
        return placed
    found = find_dates(text)
    candidates = [
        item for item in found if item.date.year and _DATELINE_TAIL.match(text[item.end :])
    ]
    if not candidates:
        return None, None
    date_found = candidates[-1]
    date = date_found.date.without_time()
    # "… - Aster, le 20 mars 2026": an article may stand between the place and the date.
    before = _ARTICLE_BEFORE_DATE.sub("", text[: date_found.start].rstrip())
    if whole and before and not before.endswith(","):
        return None, None
    if not before.endswith(",") and before:
        return None, date if not whole else None
    before = before.rstrip(",").rstrip()
    # "… avec « Radio Aster Inter » (Aster, 5 février 2026)": the place opens a parenthesis.
    place_start = max(before.rfind(","), -1 if whole else before.rfind("("))
    if not whole:
        # "… Estados Costeros. Nueva York, 20 de marzo de 2026.": a sentence ends before it.
        place_start = max(place_start, before.rfind(". ") + 1 if ". " in before else -1)
    if not whole:
        # "Discours de M. Valcourt - Assemblée générale - Aster, le 20 mars 2026": a dash.
        dashes = list(_DASHES.finditer(before))
        place_start = max(place_start, dashes[-1].end() - 1 if dashes else -1)
    candidate = before[place_start + 1 :].strip() if (place_start >= 0 or whole) else ""
    if whole and place_start >= 0:
        return None, None
    place = candidate if _place_like(candidate) else None
    if place and not whole and before[place_start : place_start + 1] == ",":
        # "…, in Parliament, Aster, Velmora, 10 March 2026": the city, then its country.
        head = before[:place_start]
        city = head[head.rfind(",") + 1 :].strip()
        if _city_before_country(city):
            place = city
    return place, date


def _city_before_country(text):
    """Whether a title's segment before the place closing it is a city's name: a few
    capitalised words, no body's, venue's, role's or person's."""
    return (
        _place_like(text)
        and len(text.split()) <= 3
        and not _names_a_body(text)
        and not _names_a_venue(text)
        and not any(word.casefold() in ROLE_WORDS for word in text.split())
        and not is_person_name(text)
    )


def _announced_event(body):
    """(place, date, why) of an announcement's "Date:" field and the city closing its
    "Venue:" field beside it ("Department Media Centre, Aster"), else None."""
    for index in range(len(body)):
        date = event_field_date(body, index)
        if date is None or not date.year or not date.day:
            continue
        place = None
        for line in body[index + 1 : index + 3]:
            venue = VENUE_FIELD.match(line)
            if venue:
                city = line[venue.end() :].split(",")[-1].strip()
                place = city if _place_like(city) and not _names_a_venue(city) else None
        why = ("the announcement's date and venue fields", quoted(body[index]), 0.8)
        return place, date.without_time(), why
    return None


def _place_like(text):
    words = text.replace("-", " ").split()
    if not 1 <= len(words) <= 5 or not text[:1].isupper() or any(c.isdigit() for c in text):
        return False
    return all(word[:1].isupper() or word.casefold() in _PLACE_PARTICLES for word in words)


def _speakers(kind, subjects, body, lines, authors=(), title="", lead=()):
    """(speakers, rule, source, confidence). `authors`: (name, element) of the page's author
    as its markup states it, the speaker when the title names none; `lead`: the lines over
    the title and the text's first, where a page names in full whom its title names by a
    surname or a role ("Prime Minister's remarks", "Statement by the Chair")."""
    if kind == "other":
        signed = next((match for match in map(_SIGNED.match, lines) if match), None)
        if signed and is_person_name(signed["name"]):
            # A numbered document that is a letter: its signatory's words.
            return [signed["name"].strip()], "the letter's signature", quoted(signed[0]), 0.8
    if kind == "press_release":
        introduced = _text_introduced_in_lead(lead)
        if introduced:
            return [introduced[0]], "the person whose text the lead introduces", quoted(
                introduced[1]), 0.75  # fmt: skip
    if kind in {"news_list", "press_release", "other"}:
        return [], f"a {kind.replace('_', ' ')} gives no one's words", "", 0.9
    if kind == "joint_statement":
        if subjects:
            return subjects, "the signatories the title names", "", 0.85
        return signatories(lines), "the signatories named in the text", "", 0.7
    names = list(subjects) if kind in SPOKEN_KINDS else []
    rule, source, confidence = "the people the title names", "", 0.85
    if not names and kind in _AUTHORED_KINDS:
        people = [(_without_role(name), element) for name, element in authors]
        people = [(name, element) for name, element in people if is_person_name(name)]
        if people:
            names = [name for name, _ in people]
            rule, source, confidence = "the page's author", people[0][1], 0.8
    if not names and kind in _AUTHORED_KINDS:
        in_lead = speaker_in_lead(lead)
        if in_lead:
            names = [in_lead[0]]
            rule, source, confidence = "the person the lead names first", quoted(in_lead[1]), 0.7
    names = [_in_full(name, lead) for name in names]
    labelled = turn_speakers(body)
    if kind == "interview":
        # "Interview … with the Aster Presse": the outlet or journalist the title names beside
        # the interviewee asks the questions under their own label.
        folded_title = title.casefold()
        labelled = [
            name
            for name in labelled
            if name.casefold() not in folded_title
            or any(same_person(name, subject) for subject in subjects)
        ]
    for name in labelled:
        same = [i for i, known in enumerate(names) if same_person(name, known)]
        if not same:
            names.append(name)
        elif _parts(name) >= _parts(names[same[0]]):
            # The label names the speaker as fully as the title, in the nominative case.
            names[same[0]] = name
    if labelled:
        rule = f"{rule}, and the turn labels" if subjects else "the turn labels"
        confidence = 0.9
    if kind == "briefing":
        for name in _briefers(lines):
            if not any(same_person(name, known) for known in names):
                names.append(name)
                rule, confidence = "the briefers the report names", 0.7
    if not names and kind == "statement":
        signed = _signed_by_titled_role(lines, title)
        if signed:
            return [signed[0]], "the name under the role the title names, at the foot", quoted(
                signed[1]), 0.75  # fmt: skip
        return [], "an unsigned statement (an institution's)", "", 0.85
    if not names:
        return [], f"a {kind.replace('_', ' ')} with no one named as speaking", "", 0.5
    return names, rule, source, confidence


SIGN_OFF_LINES = 4  # the foot's lines where a statement's signature stands
ROLE_STEM = 5  # letters of a role's word that stay the same in the genitive ("Генерал…")


def _signed_by_titled_role(lines, title):
    """(name, role line) of a statement signed at its foot by a function line over a name
    line ("Генеральный секретарь ОДПБ" / "А.Талгатов") when the title names that function
    ("Заявление Генерального секретаря ОДПБ …"), else None: a spokesperson signing off an
    institution's statement the title does not name is no speaker."""
    title_words = [fold(word) for word in title.split()]
    foot = lines[-SIGN_OFF_LINES:]
    for role, name in zip(foot, foot[1:], strict=False):
        words = role.split()
        if not words or not is_role_word(words[0]) or not is_person_name(name.strip()):
            continue
        stems = [fold(word)[:ROLE_STEM] for word in words]
        if all(any(known.startswith(stem) for known in title_words) for stem in stems):
            return name.strip(), role
    return None


_SECTION_HEADING = re.compile(r"^(?:[IVX]{1,4}|\d{1,3})\.\s")


# A briefing reported in the third person (the UN at Geneva's): each briefer opens a
# paragraph, named with whom they speak for or what they did ("Tomas Brink, for the Refugee
# Office (CNRO), said …", "Clara Olsen, pour l'Office …", "Selma Varg, Director of …,
# chaired the briefing").
_BRIEFER = re.compile(
    r"^(?P<name>[^,:;]{3,60}),\s(?:(?:for|pour|para|für|от)\s|(?:speaking\s)?on behalf of\s"
    r"|au nom d|en nombre d|im namen d|[^.]{0,200}?,\s(?:chaired|a présidé|presidió|leitete)\s)",
    re.IGNORECASE,
)
BRIEFER_LINE_CHARS = 2000


def _briefers(lines):
    names = []
    for line in lines:
        match = _BRIEFER.match(line[:BRIEFER_LINE_CHARS])
        if match:
            name = without_titles(match["name"].strip())
            if is_person_name(name) and not any(same_person(name, known) for known in names):
                names.append(name)
    return names


# A release's lead introducing someone's words that follow ("Following are Secretary-General
# Amara Oyelaran's remarks to …", "On trouvera ci-après le texte du message du …").
_FOLLOWING_TEXT = re.compile(
    r"^(?:(?:the )?following (?:are|is)(?: the text of)?|on trouvera ci-après(?: le texte)?"
    r"|a continuación (?:figura|se reproduce)(?: el texto)?)\s+"
    r"(?:(?:du|de la|del?)\s+)?(?:(?P<noun>message|discours|déclaration|mensaje|discurso"
    r"|declaración)\s+(?:du|de la|de|del)\s+)?",
    re.IGNORECASE,
)
_WORDS_AFTER_NAME = re.compile(
    r"^(?:['’]s?)?\s+(?:opening |closing )?(?:remarks|statement|message|address|speech)\b",
    re.IGNORECASE,
)


def _text_introduced_in_lead(lines):
    """(name, line) of the person whose words a release's lead says follow, else None: a
    numbered press release that carries a speech or a message gives its speaker's words."""
    for line in lines:
        cue = _FOLLOWING_TEXT.match(line) if len(line) <= NAME_LINE_CHARS else None
        if not cue:
            continue
        rest = line[cue.end() :]
        for name, _start, end, _anchor in find_names(rest)[:1]:
            if cue["noun"] or _WORDS_AFTER_NAME.match(rest[end:]):
                return without_titles(name), line
        return None
    return None


# A letter's signature as organisations print it: "(Signed) Tomasz Reyes".
_SIGNED = re.compile(
    r"^\((?:signed|signé|signée|firmado|firmada|gez\.|gezeichnet|подпись)\)\s+(?P<name>\S.{0,80})$",
    re.IGNORECASE,
)


def _without_role(byline):
    """A byline's name without the function after it ("Adrian Calder, Secretary of State")."""
    name, comma, role = byline.partition(",")
    return name.strip() if comma and any(is_role_word(word) for word in role.split()) else byline


def _in_full(name, lead):
    """A speaker the title names by a surname only ("Statement by Minister Dovask") as the
    lead names them in full ("The Honourable Irena Dovask, Minister of …"), if it does."""
    if _parts(name) > 1:
        return name
    word = fold(name)
    named = named_on_page([line for line in lead if len(line) <= LEAD_CHARS and word in fold(line)])
    return as_named_on_page(name, named)


# Kinds whose author, as the markup names one, is the speaker. Not an interview's, whose
# author is the interviewer, nor a transcript's or a briefing's, whose turns name them.
_AUTHORED_KINDS = {"speech", "statement", "comment", "article"}


def _parts(name):
    return len(_NAME_WORD.findall(name))
