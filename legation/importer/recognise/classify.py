"""What kind of document a page is, and who the title says is speaking."""

import re

from .people import find_names, nominative
from .vocabulary import ANSWERS_PART, KIND_PHRASES, SPOKESPERSON_PATTERN

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
_SPOKESPERSON = re.compile(SPOKESPERSON_PATTERN, re.IGNORECASE)
# The document symbol of an international organisation's press release: SC/14500, SG/SM/2000.
UN_SYMBOL = re.compile(r"^[A-Z]{1,8}(?:/[A-Z]{1,8})*/\d{2,6}(?:/[\w.-]+)?$")


def kind_in(text):
    """The document kind a title names, by the phrase that comes first in it; else None."""
    best = None
    for kind, pattern in _KINDS:
        match = pattern.search(text)
        if match and (best is None or (match.start(), -len(match.group())) < best[0]):
            best = ((match.start(), -len(match.group())), kind)
    if best is None:
        return None
    kind = best[1]
    if kind == "transcript" and _SPOKESPERSON.search(text):
        # A spokesperson's press conference is the regular briefing.
        return "briefing"
    return kind


def doc_type(title, head_lines, question_count):
    """The doc_type of an article page, from its title, the lines above its body, and the
    transcript turns found in it."""
    if any(UN_SYMBOL.match(line) for line in head_lines):
        return "press_release"
    kind = kind_in(title or "")
    if kind is None:
        for line in head_lines:
            if len(line) <= 60:
                kind = kind_in(line)
                if kind:
                    break
    if kind is None and question_count >= 2:
        kind = "transcript"
    return kind or "other"


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
    r"|given to|accordée? à|concedida a|dirigido a|for the magazine|for the newspaper",
    re.IGNORECASE,
)


def title_subjects(title, language):
    """The people the title says are speaking: those named before any word that introduces a
    counterpart ("talks with X", "с X")."""
    if not title:
        return []
    masked = _ANSWER_PHRASES.sub(lambda match: " " * len(match.group()), title)
    cue = _COUNTERPART.search(masked)
    limit = cue.start() if cue else len(title)
    # A cue inside the role that introduces a name ("Ambassador of X to Y") is part of it.
    names = [name for name, _, _, anchor in find_names(title) if anchor < limit]
    if language == "ru":
        names = [nominative(name) for name in names]
    return names


def signatories(lines):
    """The people who sign a joint text: named in its first paragraph or in its closing
    lines."""
    names = []
    for line in lines[:1] + [line for line in lines[-6:] if len(line) <= 80]:
        for name, *_ in find_names(line):
            if name not in names:
                names.append(name)
    return names
