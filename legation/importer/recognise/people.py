"""People's names in running text and in transcript labels.

A run of capitalised words is a person when it starts with a known first name, when it is
initials and a surname ("С.В.Лавров", "S. Lavrov"), or when a role word stands right before
it ("Ambassador Dalia Orvik"). Russian titles put names in the genitive ("С.В.Лаврова");
`nominative` undoes the common endings so the same person is named the same way.
"""

import re
import unicodedata

from .vocabulary import FIRST_NAMES, HONORIFICS, MONTHS, ROLE_WORDS

PARTICLES = {"de", "da", "del", "della", "van", "von", "der", "den", "le", "la", "al", "el",
             "bin", "ibn", "dos", "das", "di", "du", "ter", "zu"}  # fmt: skip

# Capitalised words that are never part of a person's name.
NOT_NAMES = ROLE_WORDS | set(MONTHS) | {
    "un", "osce", "nato", "eu", "brics", "sco", "g20", "who", "usa", "us", "uk", "ussr",
    "council", "union", "federation", "republic", "kingdom", "states", "nations", "united",
    "organisation", "organization", "assembly", "security", "committee", "commission",
    "parliament", "government", "treaty", "charter", "group", "summit", "conference",
    "forum", "russia", "russian", "europe", "european", "america", "american", "british",
    "france", "french", "germany", "german", "spain", "spanish", "china", "chinese",
    "minsk", "moscow", "london", "paris", "berlin", "madrid", "geneva", "washington",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "ladies", "gentlemen", "excellencies", "colleagues", "friends", "dear", "thank",
    "российской", "федерации", "российская", "федерация", "россия", "оон", "обсе", "нато",
    "ес", "снг", "одкб", "шос", "брикс", "совета", "совет", "безопасности", "европы",
    "генеральной", "ассамблеи", "сша", "москва", "москве", "республики", "республика",
    "föderation", "russischen", "russische", "russland", "vereinten", "nationen",
    "fédération", "russie", "unies", "affaires", "étrangères", "étrangers",
    "federación", "rusia", "naciones", "unidas", "asuntos", "exteriores", "relaciones",
    "auswärtigen", "auswärtige", "amt", "angelegenheiten", "außenministeriums", "question",
    "answer", "вопрос", "ответ", "frage", "antwort", "pregunta", "respuesta", "réponse",
}  # fmt: skip

_TOKEN = re.compile(
    r"(?P<initials>(?:[^\W\d_]\.[ \t]?){1,3})(?P<glued>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)?"
    r"|(?P<word>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)"
    r"|(?P<other>\S)"
)
_POSSESSIVE = re.compile(r"['’]s?$")


def fold(text):
    """Case- and accent-insensitive form of `text`, for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _is_capitalised(word):
    return word[:1].isupper() and (len(word) == 1 or not word.isupper() or len(word) <= 3)


def first_name_forms(word):
    """The word, and the nominative forms a Russian genitive first name may come from."""
    lower = word.casefold()
    stem = lower[:-1]
    return {lower, stem, stem + "й", stem + "я", stem + "а"}


def _is_first_name(word):
    return bool(first_name_forms(word) & FIRST_NAMES)


class _Token:
    __slots__ = ("text", "start", "end", "kind")

    def __init__(self, match):
        self.start, self.end = match.start(), match.end()
        self.kind = match.lastgroup if match.lastgroup != "glued" else "initials"
        self.text = (
            _POSSESSIVE.sub("", match.group().strip())
            if self.kind == "word"
            else (match.group().strip())
        )

    @property
    def is_initials(self):
        return self.kind == "initials"

    @property
    def glued_surname(self):
        return self.is_initials and self.text[-1:] != "."


def _runs(text):
    """Runs of adjacent capitalised words, initials and name particles."""
    run = []
    for match in _TOKEN.finditer(text):
        token = _Token(match)
        if token.kind == "other":
            if run:
                yield run
            run = []
            continue
        lower = token.text.casefold()
        if token.is_initials or (_is_capitalised(token.text) and lower not in NOT_NAMES):
            run.append(token)
        elif run and lower in PARTICLES:
            run.append(token)
        else:
            if run:
                yield run
            run = []
            if lower in ROLE_WORDS:
                run = []
    if run:
        yield run


def _trim(run):
    while run and run[-1].text.casefold() in PARTICLES:
        run = run[:-1]
    return run


def find_names(text, anchored_by_role=True):
    """(name, start, end) of every person named in `text`, in order."""
    names = []
    previous_end = 0
    for run in _runs(text):
        first_name_at = next((i for i, t in enumerate(run) if _is_first_name(t.text)), None)
        if first_name_at is not None:
            run = _trim(run[first_name_at:])
            accepted = len(run) >= 2
        elif run[0].is_initials:
            run = _trim(run[:3])
            accepted = run[0].glued_surname or (len(run) >= 2 and not run[-1].is_initials)
        else:
            before = text[previous_end : run[0].start].split()
            anchored = before and before[-1].casefold().strip(",") in ROLE_WORDS
            run = _trim(run[:4])
            accepted = anchored_by_role and anchored and 2 <= len(run) <= 4
        if accepted and run:
            start, end = run[0].start, run[-1].end
            names.append((_POSSESSIVE.sub("", text[start:end]).strip(), start, end))
        previous_end = run[-1].end if run else previous_end
    return names


def surname_key(name):
    words = re.split(r"[\s.]+", name.strip())
    words = [word for word in words if word]
    return fold(words[-1]) if words else ""


def same_person(one, other):
    """Whether two ways of naming someone name the same person ("MR PRICE", "Ned Price";
    "С.В.Лаврова", "С.В.Лавров")."""
    first, second = surname_key(one), surname_key(other)
    if not first or not second:
        return False
    if first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter[:-1]) and len(longer) - len(shorter) <= 2


_GENITIVE_SURNAME = (
    (re.compile(r"(ск|цк)ого$"), r"\1ий"),
    (re.compile(r"(ов|ев|ёв|ин|ын)ой$"), r"\1а"),
    (re.compile(r"(ов|ев|ёв|ин|ын)а$"), r"\1"),
)


def nominative(name):
    """A Russian name in the genitive ("Сергея Лаврова") in the nominative ("Сергей Лавров").

    Names in other scripts, and names already in the nominative, come back unchanged.
    """
    if not re.search("[а-яё]", name):
        return name
    words = name.split(" ")
    surname = words[-1]
    for pattern, replacement in _GENITIVE_SURNAME:
        if pattern.search(surname):
            surname = pattern.sub(replacement, surname)
            break
    first_names = []
    for word in words[:-1]:
        forms = [form for form in first_name_forms(word) if form in FIRST_NAMES]
        first_names.append(min(forms, key=len).capitalize() if forms else word)
    return " ".join([*first_names, surname])


def person_label(label):
    """The person a transcript label names ("Sergey Lavrov", "MR PRICE", "С.В.Лавров"),
    else None. Labels of a function ("Spokesperson") name no one."""
    words = label.split()
    if not 1 <= len(words) <= 5:
        return None
    if any(not word[:1].isupper() and word.casefold() not in PARTICLES for word in words):
        return None
    meaningful = [w for w in words if fold(w).rstrip(".") not in HONORIFICS]
    if not meaningful or any(
        fold(word).rstrip(".,") in NOT_NAMES and not _is_first_name(word) for word in meaningful
    ):
        return None
    if label.isupper() and len(meaningful) < len(words):
        # "MR PRICE": keep the honorific, in the case people write it.
        return " ".join(word.capitalize() for word in words)
    if label.isupper():
        return " ".join(word.capitalize() for word in words)
    return label.strip()


def role_label(label):
    """Whether a label names a function only ("Spokesperson", "SENIOR STATE DEPARTMENT
    OFFICIAL", "Ведущий")."""
    words = [fold(word).strip(".,") for word in label.split()]
    return bool(words) and all(word in ROLE_WORDS or word in HONORIFICS for word in words)
