"""The language of a text, by its script and its commonest words (no model to download), and
the languages a page's switcher offers."""

import re
from collections import Counter
from dataclasses import dataclass, field

from .furniture import is_skip_link, switcher_code, switcher_codes
from .vocabulary import LANGUAGE_NAMES, STOPWORDS, SWITCHER_HEADINGS, TELLTALE_LETTERS

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")
_SAMPLE = 4000


def detect_language(text):
    """(language, rule, confidence): "en", "ru", "de", "fr" or "es", or None when the text has
    too few words to tell; how it was told; and how clearly."""
    sample = text[:_SAMPLE]
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic and cyrillic >= len(_LATIN.findall(sample)):
        return "ru", "Cyrillic script", 0.95
    lowered = sample.casefold()
    words = Counter(_WORD.findall(lowered))
    if not words:
        return None, "no words to tell the language by", 0.3
    scores = {
        language: float(sum(words[word] for word in stopwords))
        for language, stopwords in STOPWORDS.items()
    }
    for language, letters in TELLTALE_LETTERS.items():
        scores[language] += 0.2 * sum(lowered.count(letter) for letter in letters)
    best, runner_up = sorted(scores, key=scores.get, reverse=True)[:2]
    if scores[best] <= 0:
        return None, "none of any language's common words", 0.3
    # Clear when the common words of one language outnumber the next one's twice over.
    clear = scores[best] >= 5 and scores[best] >= 2 * scores[runner_up]
    return best, "the commonest words", 0.9 if clear else 0.6


@dataclass
class Switcher:
    """The page's language switcher: the codes it offers and the first line it stands on."""

    codes: list = field(default_factory=list)
    line: str | None = None


def _column_entry(line):
    """The code of a line that is one entry of a switcher in a column ("English", "FR")."""
    codes = switcher_codes(line)
    if codes:
        return codes
    code = switcher_code(line)
    return [code] if code and (line.isupper() or line.casefold() in LANGUAGE_NAMES) else None


MASTHEAD_LINES = 4


def take_switcher(lines):
    """(the page's first switcher, the lines without any switcher). A switcher is a row of
    entries ("EN | RU | DE", "DE FR IT EN"), a column of them ("English" / "Français"), or a
    single entry under a heading ("Language selection" / "Français": the other language's
    version, the page's own language being implied)."""
    entries = [_column_entry(line) for line in lines]
    switcher = Switcher()
    ended = False
    kept = []
    for index, line in enumerate(lines):
        codes = entries[index]
        if codes:
            in_row = len(codes) >= 2 or "-" in codes[0]
            beside = (index > 0 and entries[index - 1]) or (
                index + 1 < len(lines) and entries[index + 1]
            )
            headed = index > 0 and lines[index - 1].casefold().strip(" :") in SWITCHER_HEADINGS
            # "KOR" alone at the very top, or "English" in a masthead under the skip link:
            # the link to the other language's site ("English" in a text is a language named).
            masthead = index < MASTHEAD_LINES and (
                (line.isupper() and len(line) <= 3)
                or (line.casefold() in LANGUAGE_NAMES and bool(lines) and is_skip_link(lines[0]))
            )
            if in_row or beside or headed or masthead:
                if headed and kept and kept[-1] is lines[index - 1]:
                    kept.pop()  # the heading is the switcher's
                if not ended:
                    switcher.codes += [code for code in codes if code not in switcher.codes]
                    switcher.line = switcher.line or line
                continue
        ended = ended or bool(switcher.codes)
        kept.append(line)
    return switcher, kept


def with_own_language(codes, language):
    """A switcher's codes with the page's own language when it names only the others (a
    single link to the other version, hreflang links to the translations)."""
    if not codes or not language or any(code.split("-")[0] == language for code in codes):
        return list(codes)
    return [language, *codes]
