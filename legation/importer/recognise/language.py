"""The language of a text, by its script and its commonest words; no model to download."""

import re

from .vocabulary import STOPWORDS, TELLTALE_LETTERS

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 4000


def detect_language(text):
    """ "en", "ru", "de", "fr" or "es"; None when the text has too few words to tell."""
    sample = text[:_SAMPLE]
    cyrillic = sum(1 for char in sample if "\u0400" <= char <= "\u04ff")
    latin = sum(1 for char in sample if char.isascii() and char.isalpha())
    if cyrillic and cyrillic >= latin:
        return "ru"
    words = _WORD.findall(sample.casefold())
    if not words:
        return None
    scores = {language: 0.0 for language in STOPWORDS}
    for word in words:
        for language, stopwords in STOPWORDS.items():
            if word in stopwords:
                scores[language] += 1
    lowered = sample.casefold()
    for language, letters in TELLTALE_LETTERS.items():
        scores[language] += 0.2 * sum(lowered.count(letter) for letter in letters)
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else None
