"""The language of a text, by its script and its commonest words; no model to download."""

import re
from collections import Counter

from .vocabulary import STOPWORDS, TELLTALE_LETTERS

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")
_SAMPLE = 4000


def detect_language(text):
    """ "en", "ru", "de", "fr" or "es"; None when the text has too few words to tell."""
    sample = text[:_SAMPLE]
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic and cyrillic >= len(_LATIN.findall(sample)):
        return "ru"
    lowered = sample.casefold()
    words = Counter(_WORD.findall(lowered))
    if not words:
        return None
    scores = {
        language: float(sum(words[word] for word in stopwords))
        for language, stopwords in STOPWORDS.items()
    }
    for language, letters in TELLTALE_LETTERS.items():
        scores[language] += 0.2 * sum(lowered.count(letter) for letter in letters)
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else None
