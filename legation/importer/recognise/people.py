"""People's names in running text and in transcript labels.

A run of capitalised words is a person when it starts with a known first name, when it is
initials and a surname ("С.В.Лавров", "S. Lavrov"), or when a role word stands right before
it ("Ambassador Dalia Orvik"). Russian titles put names in the genitive ("С.В.Лаврова");
`nominative` undoes the common endings so the same person is named the same way.
"""

import re
import unicodedata
from functools import lru_cache

from .vocabulary import (
    FIRST_NAMES,
    HONORIFICS,
    INSTITUTION_WORDS,
    LABEL_TITLES,
    MONTHS,
    OUTLET_WORDS,
    PLURAL_ROLES,
    ROLE_SYNONYMS,
    ROLE_WORDS,
)

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
    "содружество", "содружества", "союз", "союза", "организация", "организации",
    "сообщество", "сообщества", "комиссия", "комиссии", "комитет", "комитета",
    "föderation", "russischen", "russische", "russland", "vereinten", "nationen",
    "fédération", "russie", "unies", "affaires", "étrangères", "étrangers",
    "federación", "rusia", "naciones", "unidas", "asuntos", "exteriores", "relaciones",
    "auswärtigen", "auswärtige", "amt", "angelegenheiten", "außenministeriums", "question",
    "answer", "вопрос", "ответ", "frage", "antwort", "pregunta", "respuesta", "réponse",
    "republik", "république", "república", "isle", "island", "insel", "île",
    "isla", "state", "staat", "royaume", "reino", "königreich", "empire", "city", "port",
    "affairs", "relations", "external", "internal", "defence", "defense", "justice",
    "interior", "trade", "development", "economy", "finance", "culture", "education",
    "health", "international", "cooperation", "commonwealth", "co-operation", "by", "par",
    "por",
    # A kind's name before a particle stands before a name, never in it ("Discours de
    # Claire Mbaye, Secrétaire générale …", "Rede von Konrad Lerch"); English's "by" and
    # "of" break a run already.
    "discours", "allocution", "intervention", "déclaration", "entretien", "discurso",
    "intervención", "palabras", "mensaje", "declaración", "entrevista", "rede", "ansprache",
    "grußwort", "erklärung",
}  # fmt: skip

_TOKEN = re.compile(
    # "H.E." (His or Her Excellency, Son Excellence) stands before a name, never in it.
    r"(?P<excellency>(?<![\w.])[HS]\.[ \t]?E\.(?![\w.]))"
    r"|(?P<initials>(?:[^\W\d_]\.[ \t]?){1,3})(?P<glued>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)?"
    r"|(?P<word>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)"
    r"|(?P<other>\S)"
)
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=65536)
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


ROLE_STEMS = (
    "minist", "министр", "botschaft", "ambassad", "embajador", "sprecher", "spokes",
    "portavoz", "porte-parole", "представител", "посол", "посла", "secretar", "секретар",
    "presiden", "президент", "präsident", "director", "директор", "chairman", "председател",
    "envoy", "consul", "консул", "attach", "chargé", "poverenn", "поверенн", "cancill",
    "conseill", "councillor", "bundesrät",
)  # fmt: skip
# Words after which a country, not a person, comes first ("Minister of Lindmark Sofia Brandt").
_PREPOSITIONS = {"of", "to", "in", "at", "for", "de", "del", "der", "des", "du", "von", "à",
                 "en", "für", "para", "pour", "при", "в"}  # fmt: skip
ROLE_WINDOW = 7  # words between a role and the name it introduces
ROLE_REACH = 12  # words before a name among which a role or an honorific must stand


_FOLDED_ROLES = {fold(word) for word in ROLE_WORDS}
# Folded as the words they are looked for in are ("Bundespräsident" is "bundesprasident").
_FOLDED_STEMS = tuple(fold(stem) for stem in ROLE_STEMS)


def is_role_word(word):
    folded = fold(word).strip(",.;:()'’")
    folded = _POSSESSIVE.sub("", folded)
    return folded in _FOLDED_ROLES or any(stem in folded for stem in _FOLDED_STEMS)


# Words of a role's phrase ("Secretary of State") that introduce no one on their own: "Report
# of the Weekly Media Briefing" names nobody.
FUNCTION_WORDS = {"the", "of", "and", "der", "des", "le", "la", "du", "el", "del"}


def _introduces_name(word):
    """Whether a word may introduce the name after it: a role ("Minister", "Canciller") or an
    honorific ("Mme", "Herr"), not an article or a preposition of a role's phrase, nor a role
    in the plural ("Los ministros …, reunidos en Puerto Lirio")."""
    folded = fold(word).strip(",.;:()'’")
    if folded in FUNCTION_WORDS or _plural_role(folded):
        return False
    return is_role_word(word) or _POSSESSIVE.sub("", folded) in HONORIFICS


class _Token:
    __slots__ = ("text", "start", "end", "kind", "possessive")

    def __init__(self, match):
        self.start, self.end = match.start(), match.end()
        self.kind = match.lastgroup if match.lastgroup != "glued" else "initials"
        self.text = match.group().strip()
        self.possessive = False
        if self.kind == "word":
            self.possessive = bool(_POSSESSIVE.search(self.text))
            self.text = _POSSESSIVE.sub("", self.text)

    @property
    def is_initials(self):
        return self.kind == "initials"

    @property
    def glued_surname(self):
        return self.is_initials and self.text[-1:] != "."


def _two_given_names(run, word):
    """Whether a word in capitals after a run of two capitalised words ("Awa Ndour") is the
    surname of a name printed as West African and French institutions print it: a word of
    three letters or more, no acronym the vocabulary knows."""
    return (
        len(run) == 2
        and all(token.kind == "word" and not token.text.isupper() for token in run)
        and len(word) >= 3
        and word.casefold() not in NOT_NAMES
        and _NAME_WORD.match(word) is not None
    )


def _runs(text):
    """Runs of adjacent capitalised words, initials and name particles."""
    run = []
    for match in _TOKEN.finditer(text):
        token = _Token(match)
        lower = token.text.casefold()
        if token.kind in {"other", "excellency"} or (
            token.kind == "word" and _breaks_run(token.text)
        ):
            joins = False
        elif token.is_initials:
            joins = True
        elif _is_capitalised(token.text) and lower not in NOT_NAMES:
            joins = True
        elif token.text.isupper() and run and _is_first_name(run[-1].text):
            joins = True  # "Marc AUBERTIN": a given name, then the surname in capitals
        elif token.text.isupper() and _two_given_names(run, token.text):
            joins = True  # "Awa Ndour FAYE": two given names, then the surname
        else:
            joins = bool(run) and lower in PARTICLES
        if joins:
            run.append(token)
            if token.possessive:
                # "Lin Varo's Regular Press Conference": the name ends at its possessive.
                yield run
                run = []
        else:
            if run:
                yield run
            run = []
    if run:
        yield run


def _plural_role(folded):
    return folded in PLURAL_ROLES


_LIST_JOINERS = {"and", "y", "et", "und", "и", "e"}


def _listed_after_plural_role(text, position):
    """Whether the name at `position` is one of a list right after a role in the plural
    ("Foreign ministers Irena Dovask and Helle Marquart met"): only names and joiners between."""
    for word in reversed(_words_in_reach(text, position)):
        folded = fold(word.group()).strip(",.;:()'’")
        if _plural_role(folded):
            return True
        if not (word.group()[:1].isupper() or folded in _LIST_JOINERS):
            return False
    return False


def signature_name(line, closing):
    """[name] when `line` is the name line of a signature block, the function on the line
    under it ("Tomás Arrieta" / "Ministro de Relaciones Exteriores de Norvalle"), else []."""
    at = closing.index(line) if line in closing else -1
    if at < 0 or at + 1 >= len(closing) or not is_person_name(line):
        return []
    function = closing[at + 1].split()
    return [line.strip()] if function and is_role_word(function[0]) else []


def _breaks_run(word):
    """Roles and honorifics stand before a name, never inside it ("Mme Irena Dovask")."""
    return is_role_word(word) or (len(word) > 1 and fold(word) in HONORIFICS)


def _trim(run):
    while run and run[-1].text.casefold() in PARTICLES:
        run = run[:-1]
    return run


_WORD_SPAN = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.;!?]$")
_INITIAL = re.compile(r"\w\.")


def _words_in_reach(text, position):
    """The words before `position` in its sentence, at most ROLE_REACH of them."""
    words = list(_WORD_SPAN.finditer(text, max(0, position - 200), position))[-ROLE_REACH:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        if _SENTENCE_END.search(word) and not _INITIAL.fullmatch(word):
            if fold(word).rstrip(".") not in HONORIFICS:  # "Sra. Lucía Ferrer"
                return words[index + 1 :]
    return words


def introducer_before(text, position):
    """Where the nearest role or honorific before `position` in reach stands, else None."""
    for word in reversed(_words_in_reach(text, position)):
        if _introduces_name(word.group()):
            return word.start()
    return None


def _surname_right_after(text, introducer, position):
    """Whether the role at `introducer` introduces the word right after it, before
    `position`, as a surname ("Minister Dovask's address to the Lindhaven Forum")."""
    role = _WORD_SPAN.match(text, introducer)
    following = _WORD_SPAN.search(text, role.end()) if role else None
    if not following or following.start() >= position:
        return False
    word = _POSSESSIVE.sub("", following.group().strip(",.;:()"))
    # "секретаря ОДПБ Арсена Талгатова": an organisation's abbreviation, then the name.
    after = text[following.end() :].split()[:2]
    abbreviation = (
        len(word) >= 3 and word.isupper() and len(after) == 2 and all(map(_is_capitalised, after))
    )
    return (
        not abbreviation
        and word[:1].isupper()
        and fold(word) not in NOT_NAMES
        and fold(word) not in _NOT_IN_NAMES
        and not _breaks_run(word)
    )


def role_before(text, position):
    """Where the role phrase that introduces a name at `position` starts, else None. The
    phrase's articles and prepositions ("…of the Isle of") join it, but only a role or an
    honorific in reach introduces a name: "Transcript of Weekly Media Briefing" names none."""
    words = _words_in_reach(text, position)
    if not any(_introduces_name(word.group()) for word in words):
        return None
    anchor = None
    for word in reversed(words[-ROLE_WINDOW:]):
        if is_role_word(word.group()) or _introduces_name(word.group()):
            anchor = word.start()
        elif anchor is not None and not word.group()[:1].isupper():
            break
    return anchor


_APPOSITION = re.compile(r"^\s*,\s*(\S+)(?:\s+(\S+))?(?:\s+(\S+))?")


def _role_after(text, position):
    match = _APPOSITION.match(text[position : position + 80])
    return bool(match) and any(
        word and is_role_word(word) and fold(word).strip(",.;:") not in FUNCTION_WORDS
        for word in match.groups()
    )


# Prepositions that join a function to what it is a function of ("Secretary of State").
_ROLE_OF = {"of", "for", "de", "del", "des", "du", "für", "для", "по"}
# Russian bodies named before the country, in the genitive, and then the person: "МИД
# Вельморы Линь Варо", "Министра иностранных дел Тессавии Ерболата Сагинова".
_BODIES_BEFORE_COUNTRY = {"мид", "посольства", "посольство", "правительства", "миссии", "дел"}


# Russian roles in the genitive or the instrumental, which a country in the genitive may
# follow before the name ("Премьер-министром Линдмарка Хельге Ранд").
_ROLES_BEFORE_COUNTRY = {
    "премьер-министр", "премьер-министра", "премьер-министром", "президент", "президента",
    "президентом", "министр", "министра", "министром", "канцлер", "канцлера", "канцлером",
    "посол", "посла", "послом",
}  # fmt: skip


def _role_before_country(text, position):
    words = text[max(0, position - 30) : position].split()
    return bool(words) and words[-1].casefold() in _ROLES_BEFORE_COUNTRY


def _name_after_portfolio(text, run):
    """Whether a run of two words after a Russian role's portfolio is the name itself, no
    country before it ("министра иностранных дел Арсена Варданяна"; "МИД Вельморы Линь Варо"
    names the country first)."""
    words = text[max(0, run[0].start - 20) : run[0].start].split()
    return len(run) == 2 and bool(words) and words[-1].casefold() == "дел"


def _preposition_before(text, position):
    words = text[max(0, position - 20) : position].split()
    return bool(words) and (
        words[-1].casefold() in _PREPOSITIONS or words[-1].casefold() in _BODIES_BEFORE_COUNTRY
    )


def find_names(text):
    """(name, start, end, anchor) of every person named in `text`, in order; `anchor` is
    where the role introducing the name starts ("Ambassador of X to Y Petra Solberg"), or the
    name's own start."""
    names = []
    introducers = set()  # roles that introduced a name already: each introduces one
    for run in _runs(text):
        initials_at = next((i for i, t in enumerate(run) if t.is_initials), None)
        first_name_at = next((i for i, t in enumerate(run) if _is_first_name(t.text)), None)
        if initials_at is not None and (first_name_at is None or initials_at < first_name_at):
            run = _trim(run[initials_at : initials_at + 3])
            accepted = bool(run) and (
                run[0].glued_surname or (len(run) >= 2 and not run[-1].is_initials)
            )
        elif first_name_at is not None:
            run = _trim(run[first_name_at:])
            accepted = len(run) >= 2
        else:
            anchored = role_before(text, run[0].start) is not None
            introducer = introducer_before(text, run[0].start)
            anchored = (
                anchored
                and introducer not in introducers
                and not _surname_right_after(text, introducer, run[0].start)
            ) or _listed_after_plural_role(text, run[0].start)
            if (
                anchored
                and _preposition_before(text, run[0].start)
                and not _name_after_portfolio(text, run)
            ):
                # "Minister of Lindmark Sofia Brandt", "Minister for External Relations":
                # what follows the preposition first is a country or a portfolio.
                run = run[1:]
            elif anchored and len(run) == 3 and _role_before_country(text, run[0].start):
                # "с Премьер-министром Линдмарка Хельге Ранд": the country, then the name.
                run = run[1:]
            run = _trim(run[:4])
            accepted = (
                bool(run)
                and 2 <= len(run) <= 3
                and (anchored or _role_after(text, run[-1].end))
                and not any(token.is_initials and len(token.text) > 2 for token in run[1:])
                # "Radio Aster Inter", "Foro Marítimo": an outlet or a body, not a person.
                and not any(fold(token.text) in _NOT_IN_NAMES for token in run)
            )
        if accepted:
            start, end = run[0].start, run[-1].end
            anchor = role_before(text, start)
            introducers.add(introducer_before(text, start))
            name = _POSSESSIVE.sub("", text[start:end]).strip()
            names.append((name, start, end, start if anchor is None else anchor))
    names.extend(_surname_first_names(text, names))
    names.sort(key=lambda found: found[1])
    return names


# "DOVASK Irena", "WANG Lin": the surname in capitals before the given name, as Japan's,
# China's and Hungary's ministries write names in English. Tried at each word's start.
_SURNAME_FIRST = re.compile(r"(?<!\S)(?=([^\W\d_]{2,})[ \t]+([^\W\d_][\w'’-]*))")


def _surname_first_names(text, found):
    """The surname-first names a role introduces ("Foreign Minister DOVASK Irena", "the
    Press Secretary, ORLEK Haruto"), outside the names `found` already."""
    names = []
    for match in _SURNAME_FIRST.finditer(text):
        surname, given = match.group(1), _POSSESSIVE.sub("", match.group(2))
        if not (surname.isupper() and given[:1].isupper() and not given.isupper()):
            continue
        if any(fold(word) in NOT_NAMES or fold(word) in _NOT_IN_NAMES for word in (surname, given)):
            continue
        start, end = match.start(1), match.start(2) + len(given)
        following = text[end : end + 80].split()[:1]
        if (
            following
            and following[0].isalpha()
            and _is_capitalised(following[0])
            and not (following[0].isupper())
        ):
            # "секретаря ОДПБ Арсена Талгатова": an abbreviation before a full name.
            continue
        if any(start < other_end and other_start < end for _, other_start, other_end, _ in found):
            continue
        anchor = role_before(text, start)
        if anchor is not None:
            names.append((f"{surname} {given}", start, end, anchor))
    return names


_WORD_AFTER_ROLE = re.compile(r"(?<!\S)(?=(\S+)[ \t]+([^\W\d_][\w'’-]*)(?:[ \t]+(\S+))?)")


ABBREVIATION_LETTERS = 4


def surnames_after_role(text):
    """(surname, start, end, anchor) of the people a title names by a function and a surname
    only ("Statement by Minister Dovask on …", "Rede von Außenministerin Dovask",
    "Spokesperson Mao's Regular Press Conference"). Tried at each word's start."""
    names = []
    for match in _WORD_AFTER_ROLE.finditer(text):
        before, word, after = match.group(1), match.group(2), match.group(3) or ""
        surname = _POSSESSIVE.sub("", word)
        if not (_introduces_name(before) and surname[:1].isupper()) or len(surname) < 2:
            continue
        if before.endswith(("s'", "s’")) or fold(before) in _BODIES_BEFORE_COUNTRY:
            continue  # "Foreign Ministers' Meeting", "МИД Вельморы": no one's surname
        if fold(surname) in NOT_NAMES or fold(surname) in _NOT_IN_NAMES or _breaks_run(surname):
            continue
        if surname.isupper() and len(surname) <= ABBREVIATION_LETTERS:
            continue  # "Генерального секретаря ССМ": the organisation's abbreviation
        if surname == word and after[:1].isupper() and fold(after) not in NOT_NAMES:
            continue  # "Minister Irena Dovask": a fuller name, the name finder's to read
        start = match.start(2)
        anchor = role_before(text, start)
        names.append(
            (surname, start, start + len(surname), match.start(1) if anchor is None else anchor)
        )
    return names


_NAME_WORD = re.compile(r"^(?:[^\W\d_]\.)+$|^[^\W\d_](?:[^\W\d_]|['’-])*$")
_NOT_IN_NAMES = ROLE_WORDS | OUTLET_WORDS | INSTITUTION_WORDS


def is_person_name(text):
    """Whether `text`, standing alone (an author field), is a person's name: one the name
    finder knows, or two to four capitalised words, none of a role's, an outlet's or an
    institution's ("Ilse Varga", not "Press Service of the Ministry")."""
    text = " ".join(text.split())
    found = find_names(text)
    if len(found) == 1 and found[0][1] == 0 and found[0][2] >= len(text.rstrip(" .")):
        return True
    words = text.split()
    if _given_name_then_capitals(words):
        return True
    named = [word for word in words if word not in PARTICLES]
    return (
        2 <= len(words) <= 4
        and len(named) >= 2
        and all(
            word in PARTICLES
            or (
                _NAME_WORD.match(word)
                and word[:1].isupper()
                and not (len(word) > 1 and word.isupper())  # "MFA", "UN": an acronym
                and word.casefold() not in _NOT_IN_NAMES
            )
            for word in words
        )
    )


_NAME_PARTS = re.compile(r"[\s.]+")


def _given_name_then_capitals(words):
    """Whether the words are a known first name, then the surname in capitals ("Marc
    AUBERTIN"), as French and European institutions print a name line."""
    return (
        2 <= len(words) <= 3
        and _is_first_name(words[0])
        and words[0][:1].isupper()
        and not words[0].isupper()
        and all(
            len(word) >= 2
            and word.isupper()
            and _NAME_WORD.match(word)
            and word.casefold() not in _NOT_IN_NAMES
            for word in words[1:]
        )
    )


def surname_key(name):
    words = _NAME_PARTS.split(name.strip())
    words = [word for word in words if word]
    if len(words) >= 2 and _is_surname_first(words):
        return fold(words[0])
    return fold(words[-1]) if words else ""


def _is_surname_first(words):
    """ "DOVASK Irena": the surname in capitals, then the given name as written."""
    return len(words[0]) >= 2 and words[0].isupper() and not any(w.isupper() for w in words[1:])


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


_CYRILLIC = re.compile("[а-яё]")
# (genitive ending, nominative, the gender it shows: "m", "f")
_GENITIVE_SURNAME = (
    (re.compile(r"(ск|цк)ого$"), r"\1ий", "m"),
    (re.compile(r"(ов|ев|ёв|ин|ын)ой$"), r"\1а", "f"),
    (re.compile(r"(ов|ев|ёв|ин|ын)а$"), r"\1", "m"),
    # A foreign surname ending in a consonant takes -а in the genitive: Келлера, Гутерреша.
    (re.compile(r"([бвгджзклмнпрстфхцчшщ])а$"), r"\1", "m"),
)


def nominative(name):
    """A Russian name in the genitive ("Сергея Лаврова") in the nominative ("Сергей Лавров").

    Names in other scripts, and names already in the nominative, come back unchanged.
    """
    if not _CYRILLIC.search(name):
        return name
    words = name.split(" ")
    surname = words[-1]
    gender = None
    for pattern, replacement, pattern_gender in _GENITIVE_SURNAME:
        if pattern.search(surname):
            surname = pattern.sub(replacement, surname)
            gender = pattern_gender
            break
    first_names = []
    for word in words[:-1]:
        forms = [form for form in first_name_forms(word) if form in FIRST_NAMES]
        if forms:
            first_names.append(min(forms, key=len).capitalize())
        else:
            first_names.append(_nominative_first_name(word, gender))
    return " ".join([*first_names, surname])


def _nominative_first_name(word, gender):
    """A first name the vocabulary does not know, in the nominative by the surname's gender:
    "Айдара Нуркенова" is "Айдар Нуркенов", "Сергея" "Сергей", "Ирины Петровой" "Ирина"."""
    for ending, replacement in _GENITIVE_FIRST_NAME.get(gender, ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: len(word) - len(ending)] + replacement
    return word


_GENITIVE_FIRST_NAME = {
    "m": (("ия", "ий"), ("я", "й"), ("а", "")),
    "f": (("ии", "ия"), ("ы", "а"), ("и", "я")),
}


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
    OFFICIAL", "Ведущий"), an organisation's too: one ending in a function ("ALLIANCE
    SECRETARY GENERAL"), or a function of something ("SECRÉTAIRE GÉNÉRAL DE L'ALLIANCE",
    "Ministro de Relaciones Exteriores"). A name ends with a surname, not a function."""
    words = [fold(word).strip(".,") for word in label.split()]
    if not words or len(words) > 6:
        return False
    if all(word in _FOLDED_ROLES or word in HONORIFICS for word in words):
        return True
    if words[-1] in _FOLDED_ROLES - FUNCTION_WORDS and any(is_role_word(w) for w in words[:-1]):
        return True
    leading = 0
    while leading < len(words) and words[leading] in _FOLDED_ROLES - FUNCTION_WORDS:
        leading += 1
    return 0 < leading < len(words) - 1 and words[leading] in _ROLE_OF


def without_titles(name):
    """A label's name without the honorifics and functions before it ("Mr Tilden",
    "Secretary Calder", "Canciller Irena Dovask", "Shri Rohan Vasek"): the name itself."""
    words = name.split()
    while len(words) > 1 and (
        fold(words[0]).rstrip(".") in HONORIFICS
        or is_role_word(words[0])
        or fold(words[0]) in LABEL_TITLES
    ):
        words = words[1:]
    return " ".join(words)


def _name_parts(name):
    return [fold(part) for part in _NAME_PARTS.split(name.strip()) if part]


def _names_one(short, full):
    """Whether `full` names the person `short` names with fewer parts: each of short's words
    is one of full's, an initial ("Н.") the first letter of one ("Н.Орлов", "Николай Орлов";
    "Dovask", "DOVASK Irena")."""
    initials = short.count(".") and _INITIALS_AT_START.match(short)
    short_parts = _name_parts(short[initials.end() :] if initials else short)
    full_parts = _name_parts(full)
    if not short_parts or len(full_parts) <= len(short_parts):
        return False
    surname = short_parts[-1]
    if surname not in full_parts:
        return False
    others = [part for part in full_parts if part != surname]
    if initials:
        letters = [fold(letter) for letter in _INITIAL_LETTER.findall(initials.group())]
        return all(any(other.startswith(letter) for other in others) for letter in letters)
    return all(part in full_parts for part in short_parts)


_INITIALS_AT_START = re.compile(r"^(?:[^\W\d_]\.\s?){1,3}")
_INITIAL_LETTER = re.compile(r"([^\W\d_])\.")


def named_on_page(lines):
    """(name, the role the page names them in, folded) of the people named in `lines`:
    "Prime Minister Sabine Ellery" gives ("Sabine Ellery", "prime minister")."""
    named = []
    for line in lines:
        for name, start, _end, anchor in find_names(line):
            named.append((without_titles(name), fold(line[anchor:start]).strip(" ,")))
    return named


def person_in_role(label, named):
    """The person the page names in the role a label gives ("Prime Minister", "ALLIANCE
    SECRETARY GENERAL"), else None."""
    role = _LEADING_ARTICLE.sub("", fold(label).strip())
    roles = next((group for group in _ROLE_SYNONYMS if role in group), (role,))
    held = [
        (full, in_role)
        for full, in_role in named
        if in_role
        # "Monsieur le Président, Élise Varan, Radio Aster": an address, then the asker.
        and in_role.split()[0].rstrip(".") not in HONORIFICS
        and any(in_role.endswith(one) or in_role.startswith(one + " ") for one in roles)
    ]
    return held[0][0] if held else None


# Folded as labels are, the typographic apostrophe as the straight one.
_ROLE_SYNONYMS = tuple(
    tuple(fold(role).replace("\u2019", "'") for role in group) for group in ROLE_SYNONYMS
)


# "LE PRÉSIDENT :" is the "Président de la République, Marc Aubertin" the title names.
_LEADING_ARTICLE = re.compile(r"^(?:the|le|la|l'|der|die|el)\s+")


def as_named_on_page(name, named):
    """A speaker as the page names them in full: a label's surname or initials given the
    fullest name the page has for the same person, a role the person the page names in it;
    else the label's name without its honorifics and functions."""
    in_role = person_in_role(name, named)
    if in_role:
        return in_role
    bare = without_titles(name)
    fuller = [full for full, _ in named if _names_one(bare, full)]
    return max(fuller, key=lambda full: len(_name_parts(full))) if fuller else bare


# A dateline before a lead's first words ("ASTER, 2 February 2026 – The Chair …"), and the
# words that say who delivers a text ("As delivered by Ambassador …", "Prononcé par …").
_LEAD_DATELINE = re.compile(r"^[^–—]{0,60}?\d{4}\s*[-–—]\s+")
_DELIVERED_BY = re.compile(
    r"^(?:as )?(?:delivered|presented|read out|signed) by\s+|^(?:prononcée?|présentée?) par\s+"
    r"|^(?:pronunciad[oa]|presentad[oa]) por\s+|^(?:gehalten|vorgetragen) von\s+"
    # A lead naming the text's kind first ("Intervención del Ministro …, Julián Ortega
    # Salcedo, en …", "Discours prononcé par …", "Speech by …"): the person comes next.
    r"|^(?:intervención|discurso|palabras|mensaje)(?: pronunciad[oa] por| de la| del| de)?\s+"
    r"|^(?:discours|allocution|intervention)(?: prononcée? par| de la| du| de)?\s+"
    r"|^(?:rede|ansprache)(?: von| des| der)?\s+|^(?:speech|remarks|address) by\s+",
    re.IGNORECASE,
)
LEAD_CHARS = 300  # a lead's sentence or a name line; a paragraph is not read for its subject


def speaker_in_lead(lines):
    """(name, line) of the person a lead names as its subject, opening the sentence ("Prime
    Minister Sabine Ellery opened the summit", "The Chair of the OMSC, Foreign Minister Irena
    Dovask, issued the following statement", "Adrian Calder, Secretary of State"), else None.
    Someone named later in the sentence ("…condemns the attack on Ambassador X") is not."""
    for line in lines:
        if len(line) > LEAD_CHARS:
            continue
        text = _DELIVERED_BY.sub("", _LEAD_DATELINE.sub("", line))
        if _given_name_then_capitals(text.split()):
            return text.strip(), line  # a name line over the text ("Marc AUBERTIN")
        for name, start, _end, anchor in find_names(text)[:1]:
            if len(text[:anchor].split()) <= 1 or _apposed_to_opening_role(text[:start]):
                return without_titles(name), line
    return None


def _apposed_to_opening_role(before):
    """Whether the text before a name is the role the sentence opens with, the name set
    off by a comma ("Ministro de Relaciones Exteriores de la República de Velmora, Julián
    Ortega Salcedo, en …"): capitalised words and particles only, no verb between."""
    words = before.rstrip().removesuffix(",").split()
    if not before.rstrip().endswith(",") or not words or not is_role_word(words[0]):
        return False
    return all(word[:1].isupper() or fold(word) in PARTICLES | FUNCTION_WORDS for word in words)
