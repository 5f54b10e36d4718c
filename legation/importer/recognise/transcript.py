"""A document body as typed blocks, with transcript turns as data.

Conventions read: `Question:`, `Question (addressed to X):`, `Q:`, `QUESTION:`, `Вопрос:`,
`Q -`, an outlet as the asker (`Reuters:`), `Name:`, `MR NAME:`, `Name (speaking after Y):`,
`(Laughter.)`, `* * *`, and numbered tables of contents with an "Answers to media
questions:" part. A turn runs from its label to the next label, note or separator.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from .people import fold, is_role_word, person_label, role_label, same_person
from .vocabulary import (
    ADDRESSED_TO_CUES,
    ANSWER_LABELS,
    ANSWERS_PART,
    HEADER_LABELS,
    HONORIFICS,
    OUTLET_WORDS,
    OUTLETS,
    QUESTION_LABELS,
    SPEAKER_LIST_LABELS,
    SPEAKING_AFTER_CUES,
    SPOKESPERSON_PATTERN,
    TOC_HEADINGS,
)


@dataclass
class Block:
    type: str
    value: object
    # A turn resumed after a note: the same turn, so not counted again.
    resumed: bool = False

    def to_json(self):
        return {"type": self.type, "value": self.value}


@dataclass
class Body:
    blocks: list = field(default_factory=list)
    toc: list = field(default_factory=list)

    @property
    def questions(self):
        return [b for b in self.blocks if b.type == "question" and not b.resumed]

    @property
    def turns(self):
        return [b for b in self.blocks if b.type in {"statement", "question", "answer"}]


@dataclass
class Label:
    kind: str  # question, answer, person, role
    rest: str
    name: str | None = None
    role: str = ""
    outlet: str = ""
    addressed_to: list = field(default_factory=list)
    speaking_after: str | None = None
    mark: str = ""  # a one-letter label read only in its pair ("P." with "R.")


# Optional spaces are taken in one place only: `\s*(…)?\s*` let a long run of spaces be split
# in quadratically many ways before the colon was found missing.
_LABEL = re.compile(
    r"^(?P<base>[^:：()\[\]\d?!;«»\"“”]{1,60}?)\s*(?:[(\[](?P<paren>[^()\[\]]{1,160})[)\]]\s*)?"
    r"[:：]\s*(?P<rest>.*)$"
)
_DASH_LABEL = re.compile(
    r"^(?P<base>Q|P|R|A|В|О|QUESTION|ANSWER|Question|Réponse|Вопрос|Ответ|Frage|Antwort|Pregunta"
    r"|Respuesta)\s*(?:[-–—]|\.(?=\s))\s*(?P<rest>\S.*)$"
)
# Spanish official transcripts close a label with a point and a dash: "P.- …", "Portavoz.- …",
# "Presidente.- …".
_POINT_DASH_LABEL = re.compile(
    r"^(?P<base>[^\W\d_][^.:()\[\]\d?!;«»\"“”]{0,59}?)\.-\s*(?P<rest>\S.*)$"
)
# The White House's transcripts print a question as a bare "Q" and a wide gap before its
# text ("Q    Mr. President, …", split into two lines as any wide gap is): read so only
# where the other turns are labelled in their lines ("MS. CORWELL: …"); else a "Q" line is
# a label on its own line over its text, as a few sites print one (see _labels_on_own_lines).
_BARE_QUESTION = "Q"
_QUESTION_FROM = re.compile(
    r"^(?:question|вопрос|frage|pregunta)\s+(?:from|by|of|от|von|de la part de|de|del)\s+"
    r"(?P<asker>.+)$",
    re.IGNORECASE,
)
# Searched from the start of a word only, or a long word is rescanned from each of its letters.
_SENTENCE_BREAK = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}\.\s")
_LETTER = re.compile(r"[^\W\d_]")
_NOTE = re.compile(r"^[(\[](?P<note>[^()\[\]]{2,60})[)\]]\.?$")
_SEPARATOR = re.compile(r"^(?:\*\s*){3,}$|^(?:[-–—_=~]\s*){3,}$|^(?:•\s*){3,}$")
_NAME_LIST = re.compile(r"(?<!\s)\s*,\s*|(?<!\s)\s+(?:and|и|und|et|y|e)\s+")
_SPOKESPERSON = re.compile(SPOKESPERSON_PATTERN, re.IGNORECASE)
_ANSWERS_PART = re.compile(rf"^(?:{ANSWERS_PART})\s*:?$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")
_FOLDED_OUTLETS = {fold(outlet) for outlet in OUTLETS}
_TOC_HEADINGS = {fold(heading) for heading in TOC_HEADINGS}
_NAME_PARTS = re.compile(r"(?<![\s.])[\s.]+(?=\w)")


def is_outlet(text):
    folded = fold(text).strip(" .")
    if folded in _FOLDED_OUTLETS:
        return True
    if any(word in OUTLET_WORDS for word in folded.split()):
        return True
    return (
        text.isupper()
        and text.isalpha()
        and 2 <= len(text) <= 6
        and folded not in (QUESTION_LABELS | ANSWER_LABELS)
    )


def _after_cue(text, cues):
    folded = fold(text)
    for cue in sorted(cues, key=len, reverse=True):
        cue = fold(cue)
        if folded.startswith(cue + " "):
            return text[len(cue) :].strip()
    return None


def _names(text):
    return [part.strip(" .") for part in _NAME_LIST.split(text) if part.strip(" .")]


def parse_label(line):
    """The turn label a line opens with, else None."""
    match = _POINT_DASH_LABEL.match(line)
    if match and match["base"] == "P":
        return Label("question", match["rest"].strip())  # "P.-": pregunta, never an initial
    match = match or _LABEL.match(line) or _DASH_LABEL.match(line)
    if not match:
        return None
    base = match["base"].strip()
    paren = (match.groupdict().get("paren") or "").strip()
    rest = match["rest"].strip()
    if len(base.split()) > 6 or _SENTENCE_BREAK.search(_without_honorifics(base) + " "):
        return None
    if rest and not _LETTER.search(rest):
        return None  # "Información para la Prensa N°: 045/26": a number line, not a turn
    folded = fold(base).rstrip(".")
    if folded in HEADER_LABELS:
        return None
    if base == "P" and "paren" not in match.groupdict():
        # Spanish interviews' "P." (pregunta) before "R." (respuesta); kept only beside an
        # "R." (see _confirmed_labels), since "P. Lindqvist said" opens with an initial.
        return Label("question", rest, mark="P")
    asked_by = _QUESTION_FROM.match(base)
    if folded in QUESTION_LABELS or asked_by:
        label = Label("question", rest)
        _read_asker(label, asked_by["asker"] if asked_by else "")
        if paren:
            addressed = _after_cue(paren, ADDRESSED_TO_CUES)
            if addressed is not None:
                label.addressed_to = _names(addressed)
            else:
                _read_asker(label, paren)
        return label
    if folded in ANSWER_LABELS:
        return Label("answer", rest)
    if is_outlet(base):
        return Label("question", rest, outlet=base)
    speaking_after = _after_cue(paren, SPEAKING_AFTER_CUES) if paren else None
    named, _, role = base.partition(",")
    if paren and not speaking_after and is_outlet(paren) and person_label(base):
        # "AGNES FOLK [Aster Daily]:", "Meera (Coastal Times):": a journalist, asking.
        return Label("question", rest, name=person_label(base), outlet=paren)
    if role.strip() and any(is_role_word(word) for word in role.split()) and person_label(named):
        # "Shri Rohan Vasek, Official Spokesperson:": the person, then the function.
        return Label("person", rest, name=person_label(named), role=role.strip(),
                     speaking_after=speaking_after)  # fmt: skip
    if role_label(base):
        return Label("role", rest, role=base, speaking_after=speaking_after)
    name = person_label(base)
    if name:
        return Label("person", rest, name=name, speaking_after=speaking_after)
    return None


def _without_honorifics(label):
    """The label without its abbreviated honorifics ("Mr. Orlek", "Sra. Quiroga"), whose
    period ends no sentence."""
    return " ".join(word for word in label.split() if fold(word).rstrip(".") not in HONORIFICS)


def _read_asker(label, text):
    for part in (part.strip() for part in text.split(",")):
        if not part:
            continue
        if is_outlet(part):
            label.outlet = part
        elif person_label(part) and not label.name:
            label.name = person_label(part)


def take_toc(lines):
    """(entries, lines after it) for a body that opens with a table of contents: numbered
    entries, or entries each repeated later as a section heading, with an optional "Answers to
    media questions:" part between them."""
    index = 0
    if lines and fold(lines[0]).strip(" :") in _TOC_HEADINGS:
        index = 1
    later = {_heading_key(line) for line in lines[index + 1 :]}
    # Counted once: counting each entry's repeats in the lines made long bodies quadratic.
    occurrences = Counter(lines)
    entries = []
    while index < len(lines):
        line = lines[index]
        numbered = _NUMBERED.match(line)
        if numbered:
            entries.append(numbered["text"])
        elif _ANSWERS_PART.match(line):
            pass
        elif len(line) <= 200 and _heading_key(line) in later and occurrences[line] >= 2:
            entries.append(line)
        else:
            break
        index += 1
    if len(entries) < 2:
        return [], lines
    return entries, lines[index:]


_SPEAKER_KEY = re.compile(r"^(?:speaker key|speakers key|key to speakers)\s*:?$", re.IGNORECASE)
_KEY_ENTRY = re.compile(r"^(?P<key>[A-Z]{2,4})\s+(?P<name>[^\W\d_][^:]{1,60})$")
_KEYED_TURN = re.compile(r"^(?P<key>[A-Z]{2,4})(?:\s+|\t)(?P<text>\S.*)$")
_TIMECODE = re.compile(r"^\d{1,2}:\d\d:\d\d$")


def with_speaker_key(lines):
    """The lines of a transcript that opens with a speaker key ("Speaker key:" / "TJ Tomas
    Jarvik" / "AN Anita") and labels each turn by the key ("TJ Hello and welcome…"), each turn
    labelled by the name instead ("Tomas Jarvik: Hello…"), the key as one "Speakers:" line,
    without the timecode lines ("00:04:10"); other lines as they are."""
    start = next((index for index, line in enumerate(lines) if _SPEAKER_KEY.match(line)), None)
    if start is None:
        return lines
    names = {}
    end = start + 1
    while end < len(lines) and (not lines[end] or (entry := _KEY_ENTRY.match(lines[end]))):
        if lines[end]:
            names[entry["key"]] = entry["name"].strip()
        end += 1
    if len(names) < 2:
        return lines
    # The key kept as a header's list of who speaks, which confirms one-word labels ("Anita").
    rewritten = [*lines[:start], "Speakers: " + ", ".join(names.values())]
    for line in lines[end:]:
        turn = _KEYED_TURN.match(line)
        if _TIMECODE.match(line):
            continue
        if turn and turn["key"] in names:
            line = f"{names[turn['key']]}: {turn['text']}"
        rewritten.append(line)
    return rewritten


def _heading_key(text):
    numbered = _NUMBERED.match(text)
    return fold(numbered["text"] if numbered else text).strip(" .:")


class _Turn:
    def __init__(self, label, resumed=False):
        self.label = label
        self.lines = [label.rest] if label.rest else []
        self.resumed = resumed


def parse_body(lines, subjects=(), opening_speaker=None, interview=False):
    """The body's blocks. `subjects` are the people the title says are speaking;
    `opening_speaker`, when given, is the speaker of unlabelled text before the first turn;
    `interview`: the title calls the text an interview."""
    toc, lines = take_toc(lines)
    lines = _joined_bare_questions(lines)
    toc_keys = {_heading_key(entry) for entry in toc}
    labels = _confirmed_labels(lines, subjects)
    if interview:
        labels = _unlabelled_questions(lines, labels)
    items = []  # ("plain", line) | ("heading", text) | ("note", text) | ("turn", _Turn)
    current = None
    last_turn = None
    last_by_label = {}  # (kind, name) of a label: the last turn it opened
    for line, label in zip(lines, labels, strict=True):
        note = _NOTE.match(line)
        if note or _SEPARATOR.match(line):
            current = None
            items.append(("note", line if note else "* * *"))
            if not note:
                last_turn = None
            continue
        if label:
            key = (label.kind, label.name)
            current = last_turn = _Turn(label, resumed=_resumes(last_by_label.get(key), label))
            last_by_label[key] = current
            items.append(("turn", current))
            continue
        if _heading_key(line) in toc_keys or _ANSWERS_PART.match(line):
            current = last_turn = None
            items.append(("heading", line.rstrip(":").strip()))
            continue
        if current is None and last_turn is not None:
            current = last_turn = _Turn(last_turn.label, resumed=True)
            current.lines = []
            items.append(("turn", current))
        if current is not None:
            current.lines.append(line)
        else:
            items.append(("plain", line))
    turns = [item for kind, item in items if kind == "turn"]
    _assign_roles(turns, subjects)
    if turns:
        items = _split_implicit_answers(items, subjects)
    blocks = _blocks(items, subjects, opening_speaker if turns else None)
    return Body(blocks=blocks, toc=toc)


_BROKEN_OFF = ("–", "—", "-", "…", "...")


def _resumes(previous, label):
    """Whether a label takes up the turn `previous`, the last its asker (the same kind of
    label, naming the same person) opened, broken off at an interruption ("Just a follow-up
    –" … "– will the Secretary …"): the same question, not another."""
    return (
        previous is not None
        and bool(previous.lines)
        and previous.lines[-1].rstrip().endswith(_BROKEN_OFF)
        and label.rest.startswith(_BROKEN_OFF)
    )


def _joined_bare_questions(lines):
    """The lines with each bare "Q" line joined to the question under it."""
    if _BARE_QUESTION not in lines or not any(
        (label := parse_label(line)) and label.kind in {"person", "role"} for line in lines
    ):
        return lines
    joined = []
    for line in lines:
        if joined and joined[-1] == _BARE_QUESTION:
            joined[-1] = f"{_BARE_QUESTION}\t{line}"
        else:
            joined.append(line)
    return joined


# A ministry's Q&A part ("II. Q&A", "Q&A", "Questions and answers") over numbered
# questions, each opened by the outlet asking ("1. Aster Daily: What is …?").
_QA_HEADING = re.compile(
    r"^(?:[IVX]{1,4}\.\s*)?(?:q\s?&\s?a|questions and answers|questions? from the press)$",
    re.IGNORECASE,
)
QA_ASKER_WORDS = 4


def _numbered_question(line):
    """The question of a numbered line opened by its asker, under a Q&A part, else None;
    read where two or more are. The asker is the outlet: such parts name no journalist."""
    match = _NUMBERED.match(line)
    label = _LABEL.match(match["text"]) if match else None
    if not label or label["paren"] or len(label["base"].split()) > QA_ASKER_WORDS:
        return None
    if not label["rest"]:
        return None
    return Label("question", label["rest"].strip(), outlet=label["base"].strip())


def _bare_question(line):
    question, tab, rest = line.partition("\t")
    return Label("question", rest) if tab and question == _BARE_QUESTION else None


def _confirmed_labels(lines, subjects):
    """Labels, keeping one-word person labels ("Lavrov:", "Note:") only when they recur or
    name a speaker from the title."""
    labels = [_bare_question(line) or parse_label(line) for line in lines]
    qa_part = next((index for index, line in enumerate(lines) if _QA_HEADING.match(line)), None)
    numbered = [
        None if label or qa_part is None or index < qa_part else _numbered_question(line)
        for index, (line, label) in enumerate(zip(lines, labels, strict=True))
    ]
    if sum(1 for label in numbered if label) >= 2:
        labels = [label or question for label, question in zip(labels, numbered, strict=True)]
    if not any(labels):
        labels = _labels_on_own_lines(lines) or labels
    counts = Counter(fold(label.name) for label in labels if label and label.kind == "person")
    single = {
        fold(label.name)
        for label in labels
        if label and label.kind == "person" and len(_NAME_PARTS.split(label.name)) == 1
    }
    addressed = _addressed_by_name(lines, single) if single else set()
    listed = _listed_speakers(lines) if single else set()
    for index, label in enumerate(labels):
        if label and label.kind == "person" and len(_NAME_PARTS.split(label.name)) == 1:
            known = any(same_person(label.name, subject) for subject in subjects)
            known = known or fold(label.name) in listed
            introduced = fold(label.rest[: len(label.name) + 12]).startswith(fold(label.name))
            if counts[fold(label.name)] < 2 and not (known or introduced):
                if fold(label.name) not in addressed:
                    labels[index] = None
    answered = any(label and label.kind == "answer" for label in labels)
    labels = [None if label and label.mark == "P" and not answered else label for label in labels]
    if sum(1 for label in labels if label) == 1 and labels_kind(labels) == {"person"}:
        # A lone "Name: text" line is a byline or a caption, not a transcript.
        return [None] * len(labels)
    if not any(labels):
        return _dash_turns(lines) or labels
    return labels


def _listed_speakers(lines):
    """The folded words of a header line listing who speaks ("Sprecher: StS Brenner, Haller
    (AA), Kurz (BMF)"), which confirm those one-word labels."""
    words = set()
    for line in lines:
        head, colon, rest = line.partition(":")
        if colon and fold(head.strip()) in SPEAKER_LIST_LABELS:
            words.update(fold(word) for word in _WORD.findall(rest))
    return words


_DASH_OPENING = re.compile(r"^[–—-]\s+(?P<rest>\S.*)$")
QUESTION_LINE_CHARS = 400
OWN_LINE_LABEL_CHARS = 40
_LABEL_LINE_END = tuple('.!?;:,…»"”)')


def _own_line_label(line):
    """The label of a line that is only a label, without its colon ("Frage", "SRSin
    Kessler"), else None."""
    if len(line) > OWN_LINE_LABEL_CHARS or ":" in line or line.endswith(_LABEL_LINE_END):
        return None
    label = parse_label(f"{line}:")
    return label if label and label.kind != "role" else None


def _labels_on_own_lines(lines):
    """Labels printed each on a line of its own over its text, with no colon, as the
    German Federal Press Office's newer transcripts print them in bold. None unless one is a
    question's and two label lines stand over text."""
    labels = [None] * len(lines)
    for index in range(len(lines) - 1):
        label = _own_line_label(lines[index])
        if label and label.outlet and not _ends_question(lines[index + 1]):
            continue  # "UN Geneva Press Briefing" over a report: a heading, no outlet asking
        if label and not _own_line_label(lines[index + 1]):
            labels[index] = label
    found = [label for label in labels if label]
    if len(found) < 2 or not any(label.kind == "question" for label in found):
        return None
    return labels


def _dash_turns(lines):
    """Labels of an interview printed without labels, as Russian, Ukrainian and Central Asian
    papers and ministries print them: the question a line of its own ending in "?", the answer
    opening with a dash ("– Год был непростым…"). None unless two questions are so answered."""
    labels = [None] * len(lines)
    answered = 0
    for index in range(1, len(lines)):
        answer = _DASH_OPENING.match(lines[index])
        question = lines[index - 1]
        if (
            answer
            and _ends_question(question)
            and len(question) <= QUESTION_LINE_CHARS
            and not _DASH_OPENING.match(question)
        ):
            labels[index - 1] = Label("question", question)
            labels[index] = Label("answer", answer["rest"])
            answered += 1
    return labels if answered >= 2 else None


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _addressed_by_name(lines, words):
    """Which of `words` (folded one-word labels) the text gives after an honorific or a
    function ("Frage: Frau Hauke, …", "Regierungssprecherin Hauke"): a person's surname, not
    a "Note:" or "Source:" line. One pass over the text's words."""
    found = set()
    for line in lines:
        previous = ""
        for match in _WORD.finditer(line):
            word = match.group()
            folded = fold(word)
            if folded in words and previous and match.start() > 0:
                if fold(previous) in HONORIFICS or is_role_word(previous):
                    found.add(folded)
            previous = word
    return found


def labels_kind(labels):
    return {label.kind for label in labels if label}


def _assign_roles(turns, subjects):
    """Decide what each labelled turn is: question, answer or statement."""
    interviewers = _interviewers(turns, subjects)
    seen_question = False
    for turn in turns:
        label = turn.label
        if label.kind == "question" or (
            label.kind == "person" and fold(label.name) in interviewers
        ):
            turn.kind = "question"
            seen_question = True
        elif label.kind == "answer":
            turn.kind = "answer"
        else:
            turn.kind = "answer" if seen_question else "statement"


def _interviewers(turns, subjects):
    """People whose turns are nearly all questions, put to someone else: interviewers."""
    asked = Counter()
    spoke = Counter()
    last_asked = {}  # whether each person's last turn asked, its resumption included
    for turn in turns:
        if turn.label.kind != "person":
            continue
        key = fold(turn.label.name)
        asks = "?" in " ".join(turn.lines)[-400:]
        if not turn.resumed:
            spoke[key] += 1
        elif last_asked.get(key):
            continue
        asked[key] += asks
        last_asked[key] = asks
    # Someone labelled by a role ("LE PRÉSIDENT :", "Prime Minister:") is a party answering.
    parties = len(spoke) + any(turn.label.kind == "role" for turn in turns)
    if parties < 2 and not subjects:
        return set()
    return {
        key
        for key, count in spoke.items()
        if asked[key] >= 0.6 * count
        and not any(same_person(key, subject) for subject in subjects)
        and parties + bool(subjects) >= 2
    }


INTERVIEW_QUESTIONS = 2  # unlabelled questions an interview must show to be read so


def _unlabelled_questions(lines, labels):
    """An interview's labels with its unlabelled questions as question turns: the paragraphs
    ending with "?" right over the answers of the one person labelled ("Wie war Ihr erster
    Rat?" / "Ellery: Man hört zuerst …"), or, where nothing is labelled, each such
    paragraph followed by an answer (the questions in bold, the answers plain)."""
    if any(label and label.kind != "person" for label in labels):
        return labels
    people = {fold(label.name) for label in labels if label}
    if len(people) > 1:
        return labels
    if people:
        asked = [
            index
            for index, line in enumerate(lines[:-1])
            if labels[index] is None and labels[index + 1] and _ends_question(line)
        ]
    else:
        asked = [
            index
            for index, line in enumerate(lines[:-1])
            if _ends_question(line) and not _ends_question(lines[index + 1])
        ]
    if len(asked) < INTERVIEW_QUESTIONS:
        return labels
    labels = list(labels)
    for index in asked:
        labels[index] = Label("question", lines[index])
    return labels


def _ends_question(line):
    return line.rstrip(' »"”)').endswith("?")


def _split_implicit_answers(items, subjects):
    """A question that no labelled answer follows holds its answer: the unlabelled text
    after the question itself."""
    speaker = subjects[0] if len(subjects) == 1 else None
    turns = [item for kind, item in items if kind == "turn"]
    answered = {
        id(turn) for turn, following in zip(turns, turns[1:], strict=False)
        if following.kind == "answer" or following.resumed
    }  # fmt: skip
    result = []
    for kind, item in items:
        if kind != "turn" or item.kind != "question" or item.resumed or id(item) in answered:
            result.append((kind, item))
            continue
        split_at = 1
        for index, line in enumerate(item.lines[:3]):
            if _ends_question(line):
                split_at = index + 1
        question_lines, answer_lines = item.lines[:split_at], item.lines[split_at:]
        item.lines = question_lines
        result.append((kind, item))
        if answer_lines:
            answer = _Turn(Label("answer", "", name=speaker))
            answer.kind = "answer"
            answer.lines = answer_lines
            result.append(("turn", answer))
    return result


def _resolve(name, subjects):
    for subject in subjects:
        if name and same_person(name, subject):
            return subject
    return name


def _speaker(label, subjects):
    if label.name:
        return _resolve(label.name, subjects)
    if label.kind == "role" and _SPOKESPERSON.search(label.role) and len(subjects) == 1:
        return subjects[0]
    return None


def _blocks(items, subjects, opening_speaker):
    blocks = []
    opening = []
    first_turn = next((i for i, (kind, _) in enumerate(items) if kind == "turn"), None)
    for index, (kind, item) in enumerate(items):
        if kind == "plain" and opening_speaker and first_turn is not None and index < first_turn:
            opening.append(item)
            continue
        if opening:
            blocks.append(Block("statement", {"speaker": opening_speaker, "role": "",
                                              "text": opening}))  # fmt: skip
            opening = []
        if kind == "plain":
            blocks.append(_plain_block(item, items, index))
        elif kind == "heading":
            blocks.append(Block("heading", item))
        elif kind == "note":
            blocks.append(Block("note", item))
        elif item.lines or not item.resumed:
            blocks.append(_turn_block(item, subjects))
    if opening:
        blocks.append(Block("statement", {"speaker": opening_speaker, "role": "", "text": opening}))
    return blocks


def _turn_block(turn, subjects):
    label = turn.label
    if turn.kind == "question":
        asker = _resolve(label.name, subjects) if label.name else None
        value = {
            "asker": asker,
            "outlet": label.outlet,
            "addressed_to": [_resolve(name, subjects) for name in label.addressed_to],
            "text": turn.lines,
        }
    elif turn.kind == "answer":
        value = {
            "speaker": _speaker(label, subjects),
            "role": label.role,
            "speaking_after": _resolve(label.speaking_after, subjects),
            "text": turn.lines,
        }
    else:
        value = {"speaker": _speaker(label, subjects), "role": label.role, "text": turn.lines}
    return Block(turn.kind, value, resumed=turn.resumed)


_TERMINAL = tuple('.!?;:,…»"”)')
_QUOTED = re.compile(r"^[«“\"„](?P<text>.{40,})[»”\"“]$")


def _plain_block(line, items, index):
    quoted = _QUOTED.match(line)
    if quoted:
        return Block("quote", {"text": quoted["text"], "attribution": ""})
    following = items[index + 1] if index + 1 < len(items) else None
    if (
        following
        and following[0] == "plain"
        and len(line.split()) <= 14
        and len(line) < 120
        and not line.endswith(_TERMINAL)
        and line[:1].isupper()
        and len(following[1]) > 2 * len(line)
    ):
        return Block("heading", line)
    return Block("paragraph", line)


def turn_speakers(body):
    """The named people whose words the turns give, in order of first appearance."""
    names = []
    for block in body.turns:
        value = block.value
        name = value.get("speaker") if block.type != "question" else value.get("asker")
        if name and not any(same_person(name, known) for known in names):
            names.append(name)
    return names
