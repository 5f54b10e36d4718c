"""The language of a text, by its script and its commonest words; no model to download."""

import re
from collections import Counter

from .vocabulary import STOPWORDS, TELLTALE_LETTERS

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
