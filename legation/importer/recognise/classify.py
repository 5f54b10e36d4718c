"""What kind of document a page is, and who the title says is speaking."""

import itertools
import re

from .evidence import quoted
from .people import (
    find_names,
    is_person_name,
    is_role_word,
    nominative,
    signature_name,
    surnames_after_role,
    without_titles,
)
from .vocabulary import (
    ANSWERS_PART,
    EXCERPTS_PATTERN,
    KIND_PHRASES,
    LABEL_KIND_PHRASES,
    NEWS_ITEM_LABEL,
    NUMBERED_DOCUMENT_LINES,
    PLURAL_ROLES,
    SIGNED_BY_PATTERN,
    SPOKESPERSON_PATTERN,
    TRANSCRIPT_OF_PATTERN,
)

DOC_TYPES = (
    "speech", "statement", "comment", "transcript", "briefing", "joint_statement", "article",
    "interview", "press_release", "news_list", "other",
)  # fmt: skip
# Kinds whose text is the words of the people the title names.
SPOKEN_KINDS = {"speech", "statement", "comment", "transcript", "briefing", "interview",
                "article", "joint_statement"}  # fmt: skip

_KINDS = tuple(
    (kind, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE))
    for kind, pattern in KIND_PHRASES
)
_LABEL_KINDS = tuple(
    (kind, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE))
    for kind, pattern in LABEL_KIND_PHRASES
)
_NEWS_ITEM = re.compile(rf"^(?:{NEWS_ITEM_LABEL})$", re.IGNORECASE)
_SPOKESPERSON = re.compile(SPOKESPERSON_PATTERN, re.IGNORECASE)
_SIGNED_BY = re.compile(SIGNED_BY_PATTERN, re.IGNORECASE)
_TRANSCRIPT_OF = re.compile(TRANSCRIPT_OF_PATTERN, re.IGNORECASE)
_EXCERPTS = re.compile(EXCERPTS_PATTERN, re.IGNORECASE)
# The document symbol of an international organisation's press release: SC/14500, SG/SM/2000.
UN_SYMBOL = re.compile(r"^[A-Z]{1,8}(?:/[A-Z]{1,8})*/\d{2,6}(?:/[\w.-]+)?$")


def kind_in(text):
    """The document kind a title names, by the phrase that comes first in it; else None."""
    return kind_phrase(text)[0]


def kind_phrase(text):
    """(kind, the phrase naming it) by the phrase that comes first in `text`; (None, "")."""
    best = None
    for kind, pattern in _KINDS:
        match = pattern.search(text)
        if match and (best is None or (match.start(), -len(match.group())) < best[0]):
            best = ((match.start(), -len(match.group())), kind, match.group())
    if best is None:
        return None, ""
    _, kind, phrase = best
    if kind == "transcript" and _SPOKESPERSON.search(text):
        # A spokesperson's press conference is the regular briefing.
        return "briefing", phrase
    return kind, phrase


def doc_type(title, head_lines, question_count, kind_labels=(), body=()):
    """(doc_type, rule, source, confidence) of an article page, from its title, the lines
    above its body, what its markup calls it (`kind_labels`: (text, element), most specific
    first), the body's first lines (a type label or a number under the title) and its
    closing lines (signatories), and the transcript turns found in it."""
    symbol = next((line for line in head_lines if UN_SYMBOL.match(line)), None)
    if symbol and not _numbered_document(head_lines):
        return "press_release", "a document symbol over the title", quoted(symbol), 0.9
    labelled = next(
        ((kind, element) for text, element in kind_labels if (kind := _label_kind(text))), None
    )
    kind, phrase = kind_phrase(title or "")
    if kind is not None:
        kind, rule = _refined(kind, phrase, title, question_count, body)
        phrase = f'the title\'s "{phrase}"'
        if labelled is None or rule != "the phrase in the title that names the kind":
            return kind, rule, phrase, 0.9
        if labelled[0] == kind:
            return kind, f"the title's phrase, and {labelled[1]} agrees", phrase, 0.95
        # The title names the text itself; a section may hold kinds it does not name.
        return kind, f"the title's phrase, over {labelled[1]}", phrase, 0.75
    if symbol:
        # A numbered document ("S/2026/123", "Distr.: General") is no press release: a
        # letter, a report, a resolution, which the title names when it is a known kind.
        return "other", "a numbered document whose title names no kind", quoted(symbol), 0.7
    opening, opening_phrase = label_phrase(title or "")
    if opening and fold_start(title, opening_phrase):
        # "Readout of the President's call with …": a label-only kind opening the title.
        return opening, "the label-only kind the title opens with", quoted(opening_phrase), 0.8
    under = []
    for line in body[:LABEL_LINES_UNDER]:
        if len(line) > LABEL_CHARS:
            break  # the text has begun
        under.append(line)
    placed = [(line, "over") for line in head_lines] + [(line, "under") for line in under]
    for line, where in placed:
        if len(line) <= LABEL_CHARS:
            if number_line(line):
                return "press_release", f"a numbered release {where} the title", quoted(line), 0.8
            kind = _label_kind(line)
            if kind and (where == "over" or _bare_label(line)):
                return kind, f"a label {where} the title", quoted(line), 0.8
    excerpts = next((line for line in body if len(line) <= LABEL_CHARS and _EXCERPTS.match(line)),
                    None)  # fmt: skip
    if excerpts:
        return "transcript", "turns given as the transcript's excerpts", quoted(excerpts), 0.85
    if labelled is not None:
        return labelled[0], f"what {labelled[1]} calls the page", labelled[1], 0.85
    if question_count >= 2:
        return "transcript", f"{question_count} questions and no phrase naming the kind", "", 0.7
    # Under a topic heading ("Tessavie - Attaque contre le consulat …"), not a headline
    # reporting the stance ("Cancillería condena el ataque …": the news of it).
    stance = _stance_opening(body) if not _STANCE.search(title or "") else None
    if stance:
        return "statement", "the text opens by taking a stance (condemns, welcomes…)", quoted(
            stance), 0.6  # fmt: skip
    # An institution's news text ("Velmora to lead the rescue exercise"), what ministries'
    # newsrooms publish most, names no kind: it is the press release of the day.
    return "press_release", "no phrase names the kind: a news text", "", 0.55


# Verbs in the present by which a state or an institution takes a stance in its own name,
# in the five languages ("Velmora condamne avec la plus grande fermeté …", "The Ministry
# welcomes …"): a statement, where a news text reports what happened.
_STANCE = re.compile(
    r"\b(?:condemns?|strongly condemns?|welcomes?|deplores?|expresse?s? (?:its|his|her|their)"
    r" (?:deep |deepest |sincere )?(?:condolences|concern|regret|solidarity)|condamne(?:nt)?"
    r"|salue(?:nt)?|déplore(?:nt)?|se félicite(?:nt)?|exprime(?:nt)? (?:sa|ses|leur|leurs)"
    r"|verurteil(?:t|en)|begrüß(?:t|en)|bedauer(?:t|n)|condena(?:n)?|saluda(?:n)?"
    r"|lamenta(?:n)?|deplora(?:n)?|осужда(?:ет|ют)|приветству(?:ет|ют)|выража(?:ет|ют))\b",
    re.IGNORECASE,
)
STANCE_REACH = 160  # the first sentence's opening words: its subject and its verb
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def _stance_opening(body):
    """The text's first paragraph when its first sentence takes a stance, else None."""
    first = next((line for line in body if len(line) > LABEL_CHARS), None)
    if first is None:
        return None
    sentence = _SENTENCE_END.split(first[:STANCE_REACH], maxsplit=1)[0]
    return first if _STANCE.search(sentence) else None


LABEL_LINES_UNDER = 4  # a type label or a number line stands right under the title
LABEL_CHARS = 60
# Remarks, a statement or a speech followed by this many questions is a press conference's.
TRANSCRIPT_QUESTIONS = 2


def _refined(kind, phrase, title, question_count, body):
    """(kind, rule) of a title's kind, refined by what the title and the text add: a
    spokesperson's remarks are a comment; remarks or a statement followed by questions, a
    transcript; a declaration signed by several, a joint statement."""
    rule = "the phrase in the title that names the kind"
    if kind == "speech" and phrase.casefold() == "remarks" and _SPOKESPERSON.search(title):
        return "comment", "a spokesperson's remarks (a comment)"
    if kind == "interview" and _TRANSCRIPT_OF.match(title):
        return "transcript", 'the transcript of an interview ("Transcript of …")'
    if kind in {"speech", "statement"} and question_count >= TRANSCRIPT_QUESTIONS:
        return "transcript", f"the title's {kind} followed by {question_count} questions"
    if kind == "statement" and any(_SIGNED_BY.match(line) for line in body):
        return "joint_statement", 'a declaration with its signatories ("Signed … by:")'
    return kind, rule


def _numbered_document(head_lines):
    """Whether the header is an organisation's numbered document's ("Distr.: General",
    "Original: English", "ENGLISH only"), not a press release's."""
    return any(line.casefold().startswith(NUMBERED_DOCUMENT_LINES) for line in head_lines)


def number_line(line):
    """Whether a line is a document's number ("COMUNICADO 047", "Comunicado No. 087",
    "Información para la Prensa N°: 045/26", "Press Release (2026) 031"): a few words, then
    the number."""
    words = line.split()
    if not 2 <= len(words) <= NUMBER_LINE_WORDS or len(line) > 80:
        return False
    signed = next((index for index, word in enumerate(words) if _SIGNED_NUMBER.match(word)), 0)
    if signed and not any(char.isdigit() for word in words[:signed] + words[signed + 1 :]
                          for char in word):  # fmt: skip
        return True  # "PRESS RELEASE Nº12/UNION SUMMIT": the number, then its series
    number = words[-1]
    if not number[:1].isdigit() or not all(char.isdigit() or char == "/" for char in number):
        return False
    return not any(char.isdigit() for word in words[:-1] for char in word.strip("()"))


NUMBER_LINE_WORDS = 6
_SIGNED_NUMBER = re.compile(r"^(?:n[º°o]\.?|№)\d+(?:/[^\W\d_][\w.-]*)?$", re.IGNORECASE)


def _bare_label(line):
    """Whether a line under the title is only a kind's name ("INTERVIEW", "Press
    release", "HR/VP Blog", "Из стенограммы:" over the turns): a short label, not the text's
    first sentence."""
    return len(line.split()) <= 4 and line[-1:] not in ".!?" and not line[:1].isdigit()


def _label_kind(text):
    """The kind a section or type name gives, in the plural too ("Speeches", "Statements");
    a newsroom's section or type of communiqués ("Communiqués", "Comunicado") holds its
    press releases."""
    if text.casefold().strip() in COMMUNIQUE_LABELS:
        return "press_release"
    if _TWO_SECTIONS.match(text.strip()):
        return None  # "Briefings & Statements", "Reden und Interviews": a section of kinds
    if _NEWS_ITEM.match(text.strip()):
        return "press_release"  # "Article d'actualité": a news item, though it says article
    kind = kind_in(text) or kind_in(_PLURAL_ENDING.sub("", text))
    if kind:
        return kind
    return label_phrase(text)[0]


COMMUNIQUE_LABELS = {
    "communiqués", "communiques", "comunicados", "communiqué", "communique", "comunicado",
}  # fmt: skip


# A section named by two kinds ("Briefings & Statements", "Speeches and Remarks", "Reden
# und Interviews", "Discours et allocutions"): each side a word or two, no kind of its own.
_TWO_SECTIONS = re.compile(
    r"^[^\W\d_]+(?: [^\W\d_]+)? (?:&|and|und|et|y|и) [^\W\d_]+(?: [^\W\d_]+)?$", re.IGNORECASE
)


def fold_start(text, phrase):
    """Whether `text` opens with `phrase`, case aside."""
    return text.casefold().startswith(phrase.casefold())


def label_phrase(text):
    """(kind, phrase) of a type label that names a kind only as a label ("Transcript",
    "Blog", "Media note", "Noticia"); (None, "")."""
    news_item = _NEWS_ITEM.match(text.strip())
    if news_item:
        return "press_release", news_item.group()
    for kind, pattern in _LABEL_KINDS:
        match = pattern.search(text)
        if match:
            return kind, match.group()
    return None, ""


# "speeches", "addresses" -> "speech", "address"; "statements", "declaraciones" -> stem
# only where the singular is the stem ("discours" is tried whole first).
_PLURAL_ENDING = re.compile(r"(?:(?<=ch)|(?<=sh)|(?<=ss)|(?<=x)|(?<=on))es\b|(?<=[^\Wsu])s\b",
                            re.IGNORECASE)  # fmt: skip


# Words after which the people named are the counterparts, not the speakers.
_COUNTERPART = re.compile(
    r"(?<![\w-])(?:with|between|to|at|during|following|after|on|about|regarding|concerning"
    r"|ahead of|before|in|for|с|со|между|на|о|об|к|по|в ходе|во время|перед|после|для|mit"
    r"|zwischen|an|über|bei|zu|zum|zur|nach|vor|für|gegenüber|avec|entre|à|au|sur|lors"
    r"|pendant|après|avant|pour|con|a|sobre|durante|tras|ante|antes|después|para)(?![\w-])",
    re.IGNORECASE,
)
_ANSWER_PHRASES = re.compile(
    rf"(?:{ANSWERS_PART})|answers? to (?:a |the )?(?:media |journalists'? )?questions?"
    r"|на вопрос\w* сми|на вопрос\w*|auf (?:eine |die )?(?:frage|fragen)|à une question"
    r"|a (?:una|las) preguntas?"
    r"|(?:interview|entretien|entrevista|interviews?) (?:with|avec|con|mit)"
    r"|given to|accordée? à|concedida a|dirigido a|for the magazine|for the newspaper"
    # A joint appearance's parties all speak: "Joint press point with A and B".
    r"|joint (?:press (?:point|conference|statements?)|news conference|remarks) with"
    r"|(?:point|conférence) de presse conjointe? avec|rueda de prensa conjunta con"
    r"|gemeinsame pressekonferenz mit|совместн\w+ пресс-конференци\w+ со?",
    re.IGNORECASE,
)


def _after_role(text, position):
    """Whether the word before `position` is a role's ("Minister for …")."""
    before = text[:position].split()
    return bool(before) and is_role_word(before[-1])


def title_subjects(title, language):
    """The people the title says are speaking: those named before any word that introduces a
    counterpart ("talks with X", "с X")."""
    if not title:
        return []
    masked = _ANSWER_PHRASES.sub(lambda match: " " * len(match.group()), title)
    # "Minister for Foreign Affairs", "Ambassador to Coravia": a cue right after a role is
    # part of the role's phrase, not a counterpart's.
    cue = next(
        (cue for cue in _COUNTERPART.finditer(masked) if not _after_role(masked, cue.start())),
        None,
    )
    limit = cue.start() if cue else len(title)
    # A cue inside the role that introduces a name ("Ambassador of X to Y") is part of it.
    # A function and a surname only when the title gives no fuller name; "Minister's Remarks"
    # is a kind, not a surname.
    found = find_names(title) or [
        found for found in surnames_after_role(title) if not kind_in(found[0])
    ]
    # "Discours de M. Henri Valcourt": the honorific, read as an initial, is no part of it.
    names = [without_titles(name) for name, _, _, anchor in found if anchor < limit]
    if language == "ru":
        names = [nominative(name) for name in names]
    return names


def signatories(lines):
    """The people who sign a joint text: named in its first paragraph (under short lines
    such as "Joint media statement with:" too) or in its closing lines."""
    names = []
    closing = lines[-6:]
    opening = next((line for line in lines[:OPENING_LINES] if _opening_sentence(line)), None)
    for line in lines[:1] + [line for line in closing if len(line) <= 80]:
        found = [name for name, *_ in find_names(line)] or signature_name(line, closing)
        if line is lines[0]:
            found += names_after_plural_role(line)
        if opening and line is lines[0] and opening is not line:
            # Under short lines only a list after a plural role names the signatories: a
            # sentence naming the ministers in passing does not sign.
            found += names_after_plural_role(opening)
        for name in found:
            if name not in names:
                names.append(name)
    return names


OPENING_LINES = 4  # the first paragraph may stand under a few short lines
OPENING_WORDS = 8


def _opening_sentence(line):
    """Whether a line is the text's first sentence, not a name line with its function."""
    return len(line.split()) >= OPENING_WORDS and line.rstrip()[-1:] in ".:!?"


_WORD = re.compile(r"[^\W\d_]+")
ROLE_REACH = 200  # the plural role opens the sentence
_APPOSITION = re.compile(r",|\s(?:and|et|y|und|и|e)\s")


def names_after_plural_role(sentence):
    """The people a joint text's first sentence names after a role in the plural, its
    countries between ("The Foreign Ministers of Velmora, Coravia and Lindmark, Irena Dovask,
    Tomas Vell and Helle Marquart, met …", "Les ministres des Affaires étrangères de Velmora
    et de Coravie, Irena Dovask et Tomas Vell, ont adopté …"): the list of names up to the
    verb, each two to four capitalised words; a country is one."""
    role = next(
        (word for word in _WORD.finditer(sentence[:ROLE_REACH])
         if word.group().casefold() in PLURAL_ROLES),
        None,
    )  # fmt: skip
    if role is None:
        return []
    names = []
    for item in _APPOSITION.split(sentence[role.end() :]):
        words = item.split()
        run = list(itertools.takewhile(lambda word: word[:1].isupper(), words))
        if names and not run:
            break
        name = " ".join(run).strip(".;:")
        if 2 <= len(run) <= 4 and is_person_name(name):
            names.append(name)
        if names and len(run) < len(words):
            break  # the verb after the last name: the list has ended
    return names if len(names) >= 2 else []
