"""The page around the text: lines, language switchers, menus and widget titles.

Nothing recognised here reaches a document's body.
"""

import re

from .dates import whole_line_date
from .vocabulary import (
    FURNITURE_LINES,
    HOME_WORDS,
    LANGUAGE_CODES,
    LANGUAGE_NAMES,
    SEARCH_BOX_LABELS,
)

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u2002\u2003\t\f\v]")
# Widgets laid out side by side come out of a crawl on one line, far apart.
_WIDE_GAP = re.compile(r" {3,}")
_BULLET = re.compile(r"^[•·▪●○■◦‣∙*]\s+(?=\S)(?!\*)")


def split_lines(text):
    """The page's non-empty lines, with invisible characters, bullets and wide gaps undone."""
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text)).replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for raw in text.split("\n"):
        for segment in _WIDE_GAP.split(raw.strip()):
            segment = " ".join(_BULLET.sub("", segment.strip()).split())
            if segment:
                lines.append(segment)
    return lines


_LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3})(?:[-_](?P<region>[a-z]{2}|\d{3}))?\d*$", re.IGNORECASE)


def switcher_code(token):
    """A language switcher entry ("de-DE1", "EN", "Deutsch") as a locale code, else None."""
    match = _LOCALE.match(token.strip())
    if match:
        language = match["lang"].lower()
        if match["region"]:
            return f"{language}-{match['region'].upper()}"
        if language in LANGUAGE_CODES and (token.isupper() or len(token) == 2):
            return LANGUAGE_CODES[language]
    return LANGUAGE_NAMES.get(token.strip().casefold())


_SWITCHER_SPLIT = re.compile(r"[\s|/•·,]+")


def switcher_codes(line):
    """The codes of a language switcher line ("de-DE1 en-GB1 es-ES1"), else None."""
    if len(line) > 120:
        return None
    tokens = [token for token in _SWITCHER_SPLIT.split(line) if token]
    codes = [switcher_code(token) for token in tokens]
    if not codes or None in codes:
        return None
    with_region = sum("-" in code for code in codes)
    if len(codes) < 2 and not with_region:
        return None
    if not with_region and not all(
        token.isupper() or token.casefold() in LANGUAGE_NAMES for token in tokens
    ):
        # Lower-case two-letter words ("de la", "en es") are prose, not a switcher.
        return None
    unique = []
    for code in codes:
        if code not in unique:
            unique.append(code)
    return unique


# Each stretch of digits and spaces can be read one way only: `(?:\d+\s*){2,}` could split
# "1111" in 2^n ways, and a line of digits not ending as a pager tried them all.
_PAGINATION = re.compile(
    r"^(?:[«‹<←]\s*)?\d\s*\d[\d\s]*(?:(?:…|\.\.\.)\s*(?:\d+\s*)?)?(?:[»›>→].*)?$"
)
# "Seite 1 von 12", and the link to the next page beside it ("Seite 1 von 12 Nächste Seite").
_PAGE_OF = re.compile(
    r"^(?:page|страница|seite|página)\s+\d+\s+(?:of|из|von|sur|de)\s+\d+"
    r"(?:\s+(?:nächste seite|next page|page suivante|página siguiente|следующая страница"
    r"|weiter|next|suivante|siguiente|следующая)\W*)?$",
    re.IGNORECASE,
)
_TRAILING_MARKS = " \t:»›→>|«‹←<"


# "Skip to main content" and its translations: links for keyboards and screen readers.
_SKIP_LINK = re.compile(
    r"^(?:skip to|jump to|zum (?:haupt)?inhalt|(?:aller|passer) au contenu"
    r"|(?:saltar|ir) al contenido|перейти к (?:основному )?содержани"
    # Korean, Japanese and Chinese sites' skip links ("본문 바로가기", "本文へ移動", "跳到主要内容")
    r"|[\uac00-\ud7a3 ]{1,12}바로가기$|바로가기 메뉴$"
    r"|(?:本文|メインコンテンツ)へ|跳(?:转)?到主要内容)",
    re.IGNORECASE,
)
COOKIE_BANNER_CHARS = 120  # a cookie notice's line; a text that mentions cookies runs on


# A share or print link that says it opens a new window ("Whatsapp: abre ventana nueva",
# "Facebook (opens in a new window)"), as La Moncloa's and other sites' share rows read.
_NEW_WINDOW = re.compile(
    r"(?:abre (?:en )?(?:una )?ventana nueva|abre en (?:una )?nueva ventana"
    r"|opens? in (?:a )?new (?:window|tab)|öffnet (?:sich )?in (?:einem )?neue[mn] (?:fenster|tab)"
    r"|s'ouvre dans une nouvelle fenêtre|nouvelle fenêtre|открывается в новом окне)\)?$",
    re.IGNORECASE,
)
SHARE_LINK_CHARS = 80


# A board's field labels ("Date" / "2026-03-12", "Hit" / "842") and a view counter closing a
# line ("Date2026-03-05Hit301"): the date stays, as a stamp line; the counter goes.
DATE_FIELD_LABELS = {"date", "дата", "datum", "fecha", "fecha de publicación"}
_COUNTER_LABEL = r"(?:hits?|views|просмотр\w*|aufrufe|vues|visitas|visites)"
_COUNTER_LINE = re.compile(rf"^{_COUNTER_LABEL}\s*:?$", re.IGNORECASE)
_COUNTER_TAIL = re.compile(rf"(?<=\d)\s*{_COUNTER_LABEL}\s*:?\s*\d[\d,.]{{0,12}}$", re.IGNORECASE)
_COUNT = re.compile(r"^\d[\d,.]{0,12}$")
COUNTER_LINE_CHARS = 30


# A page's header given as label lines over their values ("Type:" / "Communiqué", "Speaker:"
# / "Name, function", "Location:" / "Aster"): the label goes, the value stays as the header
# line it would be without it (a type line, a name line, a place line).
HEADER_FIELD_LABELS = {
    "type", "speaker", "speakers", "event", "location", "place", "lieu", "événement",
    "orateur", "intervenant", "tipo", "lugar", "evento", "ort", "veranstaltung", "redner",
    "место", "мероприятие",
}  # fmt: skip
PLACE_FIELD_LABELS = {"location", "place", "lieu", "lugar", "ort", "место"}
# "03/11/26" under a date label: the two-digit slashed date is the short format of the CMSs
# that print it so (Drupal's default), month first; unlabelled, it stays unread (ambiguous).
_SHORT_US_DATE = re.compile(r"^(?P<m>[01]\d)/(?P<d>[0-3]\d)/(?P<y>\d\d)$")


_INLINE_DATE_FIELD = re.compile(r"^(?P<label>[^\W\d_]+)\s*:\s*(?P<value>\d\d/\d\d/\d\d)$")


def _field_value(label, value):
    """A labelled date value as an ISO date when it is the short month-first form."""
    short = _SHORT_US_DATE.match(value) if label in DATE_FIELD_LABELS else None
    if short and 1 <= int(short["m"]) <= 12:
        return f"20{short['y']}-{short['m']}-{short['d']}"
    return value


def without_field_labels(lines):
    """The lines without a board's or a header's field labels and view counters."""
    lines = list(lines)  # a labelled value is rewritten in place, the caller's list kept
    kept = []
    skip = False
    for index, line in enumerate(lines):
        if skip:
            skip = False
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            len(line) <= COUNTER_LINE_CHARS
            and _COUNTER_LINE.match(line)
            and _COUNT.match(following)
        ):
            skip = True
            continue
        inline = _INLINE_DATE_FIELD.match(line)
        if inline and inline["label"].casefold() in DATE_FIELD_LABELS:
            line = f"{inline['label']}: {_field_value(inline['label'].casefold(), inline['value'])}"
        label = line.casefold().strip(" :") if len(line) <= COUNTER_LINE_CHARS else None
        if label in DATE_FIELD_LABELS and following[:1].isdigit():
            lines[index + 1] = _field_value(label, following)
            continue
        if label in HEADER_FIELD_LABELS and line.endswith(":") and following:
            if label in PLACE_FIELD_LABELS:
                lines[index + 1] = f"{line.strip()} {following}"  # "Location: Aster", one line
            continue
        # Only a short line ending in a digit can close with a counter ("…Hit301").
        short_count = len(line) <= COUNTER_LINE_CHARS * 4 and line[-1:].isdigit()
        kept.append(_COUNTER_TAIL.sub("", line) if short_count else line)
    return kept


def is_skip_link(line):
    """Whether a line is the "Skip to content" link (or its translations) a page opens with."""
    return len(line) <= 60 and bool(_SKIP_LINK.match(line))


def is_furniture(line):
    """Whether a line is a link or widget of the page, never part of a text. The home page's
    link is, but take_navigation reads it first: it opens the site's menu."""
    folded = line.casefold().strip(_TRAILING_MARKS)
    if folded in FURNITURE_LINES and folded not in HOME_WORDS:
        return True
    if len(line) <= 60 and _SKIP_LINK.match(line):
        return True
    if len(line) <= COOKIE_BANNER_CHARS and "cookie" in folded and line[-1:] != ".":
        return True
    if len(line) <= SHARE_LINK_CHARS and _NEW_WINDOW.search(line):
        return True
    if _PAGINATION.match(line) or _PAGE_OF.match(line):
        return True
    if len(line) <= SEARCH_CLOCK_CHARS and _beside_search_box(folded):
        return True
    # Tried only on short lines opening as a pager does: most lines are not.
    return (
        len(folded) <= PAGER_CHARS
        and (
            folded[:1].isdigit() or folded[:1] in "«‹<←" or folded.partition(" ")[0] in PAGER_WORDS
        )
        and _worded_pager(folded)
    )


SEARCH_CLOCK_CHARS = 60


def _beside_search_box(folded):
    """Whether a line is the masthead's clock run together with the search box's label."""
    head, _, label = folded.rpartition(" ")
    return label in SEARCH_BOX_LABELS and whole_line_date(head) is not None


# A pager's words beside its page numbers ("1 2 3 4 next › last »", "« first ‹ previous 1 2
# 3", "Primera Anterior 1 2 3 Siguiente Última", "« primero ‹ anterior 1 2 3 siguiente ›
# último »"), in the five languages.
PAGER_WORDS = {
    "first", "previous", "prev", "next", "last", "première", "précédent", "précédente",
    "suivant", "suivante", "dernière", "erste", "zurück", "vorherige", "weiter", "nächste",
    "letzte", "primera", "anterior", "siguiente", "última", "primero", "último", "premier",
    "dernier", "первая", "предыдущая",
    "следующая", "последняя", "назад", "вперед", "вперёд",
    # "Primera página ‹ Anterior 1 2 3 Siguiente › Última página"
    "page", "página", "seite", "страница",
}  # fmt: skip
# The gap a pager leaves between its first and last page numbers ("1 2 3 … 48 Nächste »").
PAGER_GAPS = {"…", "...", "..", "."}
_PAGER_TOKEN = re.compile(r"[^\s«»‹›<>←→|]+")
PAGER_CHARS = 120


def _worded_pager(folded):
    """Whether a line holds only page numbers and a pager's words, two of them at least, or
    one beside a number."""
    tokens = _PAGER_TOKEN.findall(folded)
    words = [token for token in tokens if not token.isdigit() and token not in PAGER_GAPS]
    if not tokens or any(word not in PAGER_WORDS for word in words):
        return False
    return len(words) >= 2 or (len(words) == 1 and len(tokens) > 1)


# Between crumbs: ">", "›", "»", or a slash or bar with spaces around it. A separator starts
# only after a crumb's last character, so a run of spaces is scanned once, not from each of
# its spaces (which made a line of spaces quadratic).
_CRUMB_SEPARATOR = re.compile(r"(?<!\s)\s*[>›»]\s*|(?<!\s)\s+[/|]\s+")
BREADCRUMB_CHARS = 200
NAVIGATION_REACH = 12  # lines at the top where a site's masthead and navigation stand
MENU_MAX_ENTRIES = 8


# "You are here:" before a trail; a crawl may run its links together ("HomeNews2026").
_YOU_ARE_HERE = re.compile(
    r"^(?:you are here|sie sind hier|vous êtes ici|usted está aquí|está usted en|вы здесь)"
    r"\s*:\s*",
    re.IGNORECASE,
)
_RUN_TOGETHER = re.compile(r"(?<=[a-zà-ÿа-я])(?=[A-ZÀ-ÞА-Я0-9])")


def breadcrumb(line):
    """The crumbs after the first of a breadcrumb line ("Home > Press > Speeches", "You are
    here:HomeNews2026"), else None. The first crumb must be the home page's, so that a title
    with a slash is not one."""
    here = _YOU_ARE_HERE.match(line)
    if here and len(line) <= BREADCRUMB_CHARS:
        line = line[here.end() :]
        if not _CRUMB_SEPARATOR.search(line):
            line = " > ".join(_RUN_TOGETHER.split(line))
    crumbs = [crumb.strip() for crumb in _CRUMB_SEPARATOR.split(line)]
    if len(crumbs) >= 2 and crumbs[0].casefold() in HOME_WORDS and all(crumbs[1:]):
        return crumbs[1:]
    return None


def take_navigation(lines):
    """(the lines below the site's navigation, its crumbs deepest first). A site prints its
    name, banners and menus over the document; the last breadcrumb line, or column of menu
    entries opening with the home page's ("Startseite" / "Newsroom" / "Reden"), among the
    first lines ends them. The page is kept whole when it has neither there; a home page's
    link further down is dropped as the furniture it is."""
    end, crumbs = 0, []
    index = 0
    while index < min(len(lines), NAVIGATION_REACH):
        line = lines[index]
        found = breadcrumb(line)
        if found:
            end, crumbs = index + 1, found
        elif line.casefold() in HOME_WORDS:
            column = index + 1
            while (
                column < len(lines)
                and column - index <= MENU_MAX_ENTRIES
                and _is_menu_entry(lines[column])
                and breadcrumb(lines[column]) is None
                # The section's name repeated under the menu is the page's heading.
                and lines[column] not in lines[index:column]
            ):
                column += 1
            if column < len(lines):
                end, crumbs = column, lines[index + 1 : column]
            index = column
            continue
        index += 1
    below = [
        line for line in lines[end:] if line.casefold().strip(_TRAILING_MARKS) not in HOME_WORDS
    ]
    return below, list(reversed(crumbs))


def _is_menu_entry(line):
    words = line.split()
    return (
        len(words) <= 4
        and len(line) <= 40
        and line[-1:] not in ".!?:;,"
        and not any(char.isdigit() for char in line)
    )


MENU_MIN_ENTRIES = 4


def strip_menus(lines):
    """The lines without the run of short menu entries a crawl leaves at the top or bottom."""
    start = 0
    while start < len(lines) and _is_menu_entry(lines[start]):
        start += 1
    repeated = [index for index in range(1, start) if lines[index] in lines[:index]]
    if start < MENU_MIN_ENTRIES:
        start = 0
    elif repeated:
        # The section's name repeated under the menu is the page's heading, and the short
        # lines under it are the page's own (the first item's type line, "Press Briefings").
        start = repeated[-1]
    end = len(lines)
    while end > start and _is_menu_entry(lines[end - 1]):
        end -= 1
    if len(lines) - end < MENU_MIN_ENTRIES:
        end = len(lines)
    return lines[start:end]
