"""What a mission's homepage shows around its texts: clocks, consular phones, day counters.

They are candidates for the mission's settings, and furniture for any document body. The
date a clock stands under is the time of the crawl, never a publication date; it is the day
the counters were counted on.
"""

import datetime
import re
from dataclasses import asdict, dataclass, field

from .dates import whole_line_date
from .vocabulary import CITY_ZONES, CONSULAR_WORDS, COUNTER_PATTERNS

HEADER_LINES = 15
_ZONE_BY_CITY = {city: zone for zone, cities in CITY_ZONES.items() for city in cities}


@dataclass
class Clock:
    city: str
    time: str
    zone: str | None


@dataclass
class ConsularContact:
    label: str
    phone: str = ""
    email: str = ""


@dataclass
class Counter:
    message: str
    since: str
    days: int
    start_date: datetime.date | None


@dataclass
class Widgets:
    crawl_date: datetime.date | None = None
    clocks: list = field(default_factory=list)
    contacts: list = field(default_factory=list)
    counters: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.clocks or self.contacts or self.counters)

    def to_json(self):
        return {
            "crawl_date": self.crawl_date.isoformat() if self.crawl_date else None,
            "clocks": [asdict(clock) for clock in self.clocks],
            "consular_contacts": [asdict(contact) for contact in self.contacts],
            "counters": [
                {**asdict(counter), "start_date": _iso(counter.start_date)}
                for counter in self.counters
            ],
        }


def _iso(day):
    return day.isoformat() if day else None


# `\s*(?::\s*)?`, not `\s*:?\s*`: two adjacent runs of spaces split a long run in
# quadratically many ways, times every length the label tries.
_CLOCK = re.compile(
    r"^(?P<city>[^\W\d_][^\d:]{1,40}?)\s*(?::\s*)?(?P<time>[0-2]?\d:[0-5]\d)(?:\s*(?:uhr|h))?$",
    re.IGNORECASE,
)
_PHONE = re.compile(r"^(?P<label>[^\d+]{2,60}?)?\s*(?::\s*)?(?P<phone>\+?\(?\d[\d\s()\-./]{6,}\d)$")
_EMAIL = re.compile(r"^(?P<label>[^@:]{2,60}?)?\s*(?::\s*)?(?P<email>[\w.+-]+@[\w-]+\.[\w.-]+)$")
_COUNTERS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in COUNTER_PATTERNS)
_DIGIT = re.compile(r"\d")
_NOT_DIGIT = re.compile(r"\D")
_CONSULAR_WORD = re.compile(CONSULAR_WORDS, re.IGNORECASE)
_MESSAGE_TAIL = re.compile(r"(?<!\s)\s+[-–—]\s+.*$")


def zone_for(city):
    return _ZONE_BY_CITY.get(city.casefold().strip())


def counter_in(line):
    if not _DIGIT.search(line[:40]):
        return None
    for pattern in _COUNTERS:
        match = pattern.match(line)
        if match:
            digits = _NOT_DIGIT.sub("", match["days"])
            if digits and len(digits) <= 6:
                since = _MESSAGE_TAIL.sub("", match["since"]).strip(" .")
                return int(digits), since
    return None


def take_widgets(lines):
    """(widgets, the lines left) — clocks, phones and counters taken out of `lines`."""
    widgets = Widgets()
    kept = []
    counted = []
    for index, line in enumerate(lines):
        # Clocks and phone banners head the page; further down, "Opening: 10:00" or a phone
        # number belongs to the text.
        in_header = index < HEADER_LINES
        if in_header and _clock_row(line, widgets):
            continue
        clock = _CLOCK.match(line) if in_header else None
        if clock and _clock_city(clock["city"]):
            widgets.clocks.append(
                Clock(clock["city"].strip(), clock["time"], zone_for(clock["city"]))
            )
            if kept and widgets.crawl_date is None and whole_line_date(kept[-1]):
                # The date standing over the clocks is the day of the crawl.
                widgets.crawl_date = whole_line_date(kept.pop()).as_date()
            continue
        counter = counter_in(line)
        if counter:
            counted.append((line, *counter))
            continue
        contact = _contact(line, kept) if in_header else None
        if contact:
            widgets.contacts.append(contact)
            continue
        kept.append(line)
    for message, days, since in counted:
        widgets.counters.append(Counter(message, since, days, None))
    return widgets, kept


_CLOCK_IN_ROW = re.compile(r"(?P<city>[^\W\d_][^\d:]{1,40}?)\s*:\s*(?P<time>[0-2]?\d:[0-5]\d)")
_TIME_OF_DAY = re.compile(r"\d:[0-5]\d")


def _clock_row(line, widgets):
    """Clocks crawled onto one line, the date maybe before them ("25 October 2020 Moscow:
    03:14 London: 01:14"): taken into `widgets` if the line is nothing else."""
    if len(_TIME_OF_DAY.findall(line)) < 2:
        return False  # most lines: the row pattern tries every position of a long paragraph
    clocks = list(_CLOCK_IN_ROW.finditer(line))
    if len(clocks) < 2:
        return False
    first = clocks[0]
    date_part = line[: first.start()].strip()
    city_words = first["city"].split()
    while date_part == "" and len(city_words) > 1 and whole_line_date(" ".join(city_words[:-1])):
        # The date and the first city ran together: "25 October 2020 Moscow".
        date_part, city_words = " ".join(city_words[:-1]), city_words[-1:]
    crawl = whole_line_date(date_part) if date_part else None
    if date_part and crawl is None:
        return False
    cities = [" ".join(city_words)] + [clock["city"].strip() for clock in clocks[1:]]
    if not all(_clock_city(city) for city in cities):
        return False
    for city, clock in zip(cities, clocks, strict=True):
        widgets.clocks.append(Clock(city, clock["time"], zone_for(city)))
    if crawl is not None and widgets.crawl_date is None:
        widgets.crawl_date = crawl.as_date()
    return True


def date_counters(widgets, day):
    """Counts each counter's start back from `day`, the day the page was seen."""
    if day is None:
        return
    for counter in widgets.counters:
        counter.start_date = day - datetime.timedelta(days=counter.days)


def _clock_city(city):
    words = city.split()
    return 1 <= len(words) <= 4 and city[:1].isupper() and not city.endswith((".", ","))


def _looks_like_phone(text):
    digits = sum(char.isdigit() for char in text)
    if whole_line_date(text) or digits < 7:
        return False
    return text.startswith(("+", "(")) or digits >= 9


def _contact(line, kept):
    """A phone or e-mail banner; its label is on the same line or on the one before."""
    for pattern, attribute in ((_PHONE, "phone"), (_EMAIL, "email")):
        match = pattern.match(line)
        if not match:
            continue
        label = (match["label"] or "").strip(" :")
        if not label and kept and kept[-1].endswith(":") and len(kept[-1]) <= 60:
            label = kept.pop().rstrip(" :")
        if attribute == "phone" and not _looks_like_phone(match["phone"]):
            return None
        if not label or _CONSULAR_WORD.search(label) or len(label) <= 40:
            return ConsularContact(label=label, **{attribute: match[attribute].strip()})
    return None
