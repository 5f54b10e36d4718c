"""A transcript as text or HTML in, the body's typed blocks out: the one conversion that the
document editor's "Paste transcript", `legation import` and the tests call.

The recogniser is the importer's (legation/importer/recognise/): it knows the labels of five
languages ("Question (addressed to X):", "MR NAME:", "Вопрос:", "Name (speaking after Y):",
"(Laughter)"). What is added here is the people: each name a turn gives is matched to a person
of the page's language, and names nobody has are offered to the editor, never created here.

Bounds: a paste is at most MAX_CHARACTERS characters (about five hours of a news conference;
longer texts are refused with a message saying so). The recogniser's patterns match in linear
time (tests/importer/test_linear_time.py), so that size converts in about a second
(bench/paste_transcript.py); TIME_LIMIT is the backstop, checked between the conversion's
steps, past which the result is refused rather than returned late.
"""

import re
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from html import escape

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import string_to_ascii
from wagtail.models import Locale

from legation.directory.models import Appointment, Person
from legation.importer.recognise.classify import title_subjects
from legation.importer.recognise.furniture import split_lines
from legation.importer.recognise.people import fold, nominative, same_person, surname_key
from legation.importer.recognise.transcript import parse_body
from legation.importer.recognise.vocabulary import HONORIFICS

MAX_CHARACTERS = 500_000
TIME_LIMIT = 10.0  # seconds
# The markup a clipboard gives (Word, a browser, an e-mail) rather than typed text.
_HTML = re.compile(r"<(?:p|div|br|span|b|strong|i|em|h[1-6]|li|td|o:p)\b[^>]*>", re.IGNORECASE)
_LINE_ELEMENTS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                  "blockquote", "dd", "dt", "ul", "ol", "table", "section", "article"}  # fmt: skip
_SPOKEN_TYPES = {"statement", "question", "answer"}


class ConversionRefused(ValueError):
    """The text cannot be converted; the message says why, for the editor."""


@dataclass
class Conversion:
    blocks: list  # the StreamField's raw data: [{"type", "value", "id"}], people by id
    matched: dict  # {name as the transcript writes it: Person}
    new_names: list  # names no person of the language has, as a new person would be named
    counts: Counter = field(default_factory=Counter)  # blocks of each type

    @property
    def turns(self):
        return sum(self.counts[kind] for kind in _SPOKEN_TYPES)


def convert_transcript(text, language, on_date=None, title=""):
    """The Conversion of a pasted transcript (plain text, or HTML from the clipboard) for a
    page in `language` (a Locale or its code); `on_date` is the event's day, on which a label
    naming a function ("Spokesperson:") names whoever held it; `title` may name the speaker
    of unlabelled answers ("Briefing by Spokesperson Ilsa Marren")."""
    deadline = time.monotonic() + TIME_LIMIT
    if len(text) > MAX_CHARACTERS:
        raise ConversionRefused(
            _(
                "The text is %(size)s characters long; at most %(limit)s can be converted at "
                "once. Convert it in parts."
            )
            % {"size": f"{len(text):,}", "limit": f"{MAX_CHARACTERS:,}"}
        )
    locale = language if isinstance(language, Locale) else _locale_of(language)
    lines = text_lines(text)
    if not lines:
        raise ConversionRefused(_("There is no text to convert."))
    subjects = title_subjects(title, locale.language_code.split("-")[0]) if title else []
    body = parse_body(lines, subjects, subjects[0] if len(subjects) == 1 else None)
    _check(deadline)
    people = PeopleIndex(locale)
    _name_function_holders(body.blocks, people, on_date)
    names = named_people(body.blocks, subjects)
    matched, new_names = {}, []
    for name in names:
        person = people.find(name)
        if person is not None:
            matched[name] = person
        elif not any(same_person(name, known) for known in new_names):
            new_names.append(new_person_name(name))
    _check(deadline)
    default_speaker = matched.get(subjects[0]) if len(subjects) == 1 else None
    blocks = stream_data(body.blocks, matched, default_speaker)
    _check(deadline)
    return Conversion(
        blocks=blocks,
        matched=matched,
        new_names=new_names,
        counts=Counter(block["type"] for block in blocks),
    )


def _check(deadline):
    if time.monotonic() > deadline:
        raise ConversionRefused(
            _("Converting took longer than %(seconds)d seconds. Convert the text in parts.")
            % {"seconds": TIME_LIMIT}
        )


def _locale_of(code):
    code = code.lower()
    locales = list(Locale.objects.all())
    found = next((loc for loc in locales if loc.language_code.lower() == code), None)
    found = found or next((loc for loc in locales if loc.language_code[:2] == code[:2]), None)
    if found is None:
        raise ConversionRefused(_("No language “%(code)s” on this site.") % {"code": code})
    return found


def text_lines(text):
    """The text's lines; clipboard HTML is read as a reader sees it, a line per paragraph."""
    if _HTML.search(text):
        import lxml.html

        try:
            tree = lxml.html.document_fromstring(text)
        except (ValueError, lxml.etree.ParserError) as error:
            raise ConversionRefused(_("The pasted HTML cannot be read (%s).") % error) from None
        for element in tree.iter("script", "style", "head", "title", "xml"):
            element.drop_tree()
        for element in tree.iter():
            if isinstance(element.tag, str) and element.tag.lower() in _LINE_ELEMENTS:
                element.tail = "\n" + (element.tail or "")
        text = tree.text_content()
    return split_lines(text)


def named_people(blocks, subjects=()):
    """Every name the recognised blocks give a turn (speaker, asker, speaking after,
    addressed to) and the subjects, in order of first appearance, each once."""
    names = list(subjects)
    for block in blocks:
        value = block.value if isinstance(block.value, dict) else {}
        names += [value.get("speaker"), value.get("asker"), value.get("speaking_after")]
        names += [name for name in value.get("addressed_to", []) if _name_like(name)]
    return [name for name in dict.fromkeys(names) if name]


def _name_like(text):
    words = text.split()
    return 1 <= len(words) <= 5 and all(word[:1].isupper() for word in words)


def new_person_name(label):
    """How a person that a label names would be called: "MR HALVIK" → "Halvik", a Russian
    genitive ("Т.Арделлу" stays, "Ильзы Маррен" → "Ильза Маррен") in the nominative."""
    words = label.split()
    while len(words) > 1 and fold(words[0]).rstrip(".") in HONORIFICS:
        words = words[1:]
    return nominative(" ".join(words))


class PeopleIndex:
    """The people of one language, found by the names transcripts give them: in full, by
    surname only ("Marren:"), with an honorific ("MS MARREN", "Г-жа Маррен"), or in a Russian
    case ending ("после А.Келлера")."""

    def __init__(self, locale):
        self.locale = locale
        self._by_stem = {}
        for person in (
            Person.objects.filter(locale=locale).only("id", "name", "slug").order_by("pk")
        ):
            self.add(person)

    @staticmethod
    def _stem(name):
        # Two spellings same_person takes for one surname share their first three letters.
        return surname_key(name)[:3]

    def add(self, person):
        self._by_stem.setdefault(self._stem(person.name), []).append(person)

    def find(self, label):
        """The person `label` names, else None."""
        name = new_person_name(label)
        candidates = [
            person
            for person in self._by_stem.get(self._stem(name), [])
            if same_person(person.name, name)
        ]
        for person in candidates:
            if fold(person.name) in (fold(name), fold(label)):
                return person
        return next((person for person in candidates if _compatible(person.name, name)), None)


@transaction.atomic
def create_people(names, locale):
    """The people an editor chose to create from a conversion's new names, in `locale`; a
    name someone already has is not made twice."""
    people = PeopleIndex(locale)
    created = []
    for name in dict.fromkeys(" ".join(name.split())[:255] for name in names):
        if not name or people.find(name) is not None:
            continue
        slug = slugify(string_to_ascii(name))[:110] or "person"
        taken = set(
            Person.objects.filter(locale=locale, slug__startswith=slug).values_list(
                "slug", flat=True
            )
        )
        candidate, number = slug, 2
        while candidate in taken:
            candidate, number = f"{slug}-{number}", number + 1
        person = Person.objects.create(name=name, slug=candidate, locale=locale)
        people.add(person)
        created.append(person)
    return created


def _compatible(one, other):
    """Two names with the same surname are one person unless their first names differ."""
    first = [word for word in one.replace(".", ". ").split()[:-1] if word]
    second = [word for word in other.replace(".", ". ").split()[:-1] if word]
    if not first or not second:
        return True
    return fold(first[0])[:1] == fold(second[0])[:1]


def _name_function_holders(blocks, people, on_date):
    """A turn labelled with a function only ("Spokesperson:", "Официальный представитель:")
    is given to the one person of the language who held a role of that name on the day."""
    if on_date is None:
        return
    held = {}
    for block in blocks:
        value = block.value if isinstance(block.value, dict) else {}
        role = value.get("role")
        if block.type not in _SPOKEN_TYPES or value.get("speaker") or not role:
            continue
        if role not in held:
            held[role] = _holder(role, people.locale, on_date)
        if held[role] is not None:
            value["speaker"] = held[role].name
            people.add(held[role])


def _holder(role, locale, day):
    wanted = fold(role).strip(" .")
    appointments = Appointment.objects.current_on(day).filter(person__locale=locale)
    holders = {
        appointment.person_id: appointment.person
        for appointment in appointments.select_related("person")
        if fold(appointment.role).startswith(wanted)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


# From recognised blocks to stream data -----------------------------------------------------


def paragraphs_html(lines):
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def stream_data(blocks, people, default_speaker=None):
    """The StreamField's raw data for recognised blocks; `people` is {name as written:
    Person}. Text is stored as HTML, people by id."""
    stream = []
    for block in blocks:
        for block_type, value in _stream_blocks(block, people, default_speaker):
            stream.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
    return stream


def _stream_blocks(block, people, default_speaker):
    """The stream blocks for one recognised block. A turn whose speaker is no known person
    becomes a paragraph with the label in bold (a statement or an answer needs its speaker),
    and a question whose asker is unknown keeps the name in bold: no word of it is lost."""
    value = block.value
    if block.type == "paragraph":
        return [("paragraph", f"<p>{escape(value)}</p>")]
    if block.type in {"heading", "note"}:
        return [(block.type, value[:255])]
    if block.type == "quote":
        return [("quote", {"text": value["text"], "attribution": value["attribution"]})]
    if block.type == "question":
        asker = people.get(value["asker"]) if value["asker"] else None
        text = paragraphs_html(value["text"])
        if value["asker"] and asker is None:
            text = _labelled_html(value["asker"], value["text"])
        return [
            (
                "question",
                {
                    "asker": _pk(asker),
                    "outlet": value["outlet"][:255],
                    "addressed_to": [
                        {"type": "item", "value": people[name].pk, "id": str(uuid.uuid4())}
                        for name in value["addressed_to"]
                        if name in people
                    ],
                    "text": text,
                },
            )
        ]
    speaker = people.get(value["speaker"]) or default_speaker
    if speaker is None:
        label = value.get("speaker") or value.get("role") or "—"
        return [("paragraph", _labelled_html(label, value["text"]))]
    text = paragraphs_html(value["text"])
    if block.type == "answer":
        speaking_after = people.get(value["speaking_after"])
        return [
            (
                "answer",
                {"speaker": speaker.pk, "speaking_after": _pk(speaking_after), "text": text},
            )
        ]
    return [("statement", {"speaker": speaker.pk, "text": text})]


def _labelled_html(label, lines):
    first, *rest = lines or [""]
    return f"<p><b>{escape(label)}:</b> {escape(first)}</p>{paragraphs_html(rest)}"


def _pk(person):
    return person.pk if person else None
