"""Words as the index keeps them: folded, stemmed per language, the same on every engine.

FTS5's only stemmer (porter) is English, so words are stemmed here, before either engine sees
them, with the Snowball stemmers (the algorithms PostgreSQL's own language configurations use;
in C, from PyStemmer, which snowballstemmer uses when it is installed, as it is here), and handed
to both engines already stemmed: SQLite and PostgreSQL then find exactly the same documents,
and snippets are highlighted by the same code.
"""

import re
import threading
import unicodedata
from bisect import bisect_left
from functools import cache
from html import escape
from itertools import islice

import snowballstemmer
from django.utils.safestring import mark_safe

STEMMERS = {"en": "english", "ru": "russian", "de": "german", "fr": "french", "es": "spanish"}
WORD = re.compile(r"[^\W_]+")
SNIPPET_WORDS = 32


# A Snowball stemmer keeps the word it is working on in itself: shared by `legation serve`'s
# threads, the pure-Python ones gave wrong stems and IndexErrors. Each thread has its own.
_threads = threading.local()


def _stemmer(language):
    name = STEMMERS.get(language.split("-")[0])
    if name is None:
        return None
    stemmers = _threads.__dict__.setdefault("stemmers", {})
    if name not in stemmers:
        stemmers[name] = snowballstemmer.stemmer(name)
    return stemmers[name]


def fold(word):
    """Lower case without accents (ё is е, é is e), after stemming: stemmers know accents."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text):
    return WORD.findall(text.lower())


@cache
def stem(word, language):
    stemmer = _stemmer(language)
    return fold(stemmer.stemWord(word) if stemmer else word)


def terms(text, language):
    """The index terms of a text in `language`, in order (phrases are matched by position)."""
    return " ".join(stem(word, language) for word in words(text))


def query_stems(word, languages):
    """A query word's stems in each language searched, the first one first: a Russian word
    stems as Russian in Russian documents and stays as it is under the English stemmer."""
    return list(dict.fromkeys(stem(word.lower(), language) for language in languages))


def highlight(text, stems, language, size=SNIPPET_WORDS):
    """The part of `text` with most words among `stems`, those words in <mark>, as HTML."""
    found = WORD.findall(text)
    if not found:
        return ""
    # Each distinct form stemmed once, and only the window's words located in the text: a
    # page of hits highlights twenty documents of up to 20,000 characters each.
    searched = {word: stem(word.lower(), language) in stems for word in set(found)}
    hits = [i for i, word in enumerate(found) if searched[word]]
    start = 0
    if hits:
        # The window of `size` words holding the most hits, starting a little before the first;
        # hits are in order, so each window's count is a bisection, not a pass over them all
        # (a word in every sentence of a long text made that quadratic).
        counts = [bisect_left(hits, i + size, lo=k) - k for k, i in enumerate(hits)]
        best = hits[counts.index(max(counts))]
        start = max(0, best - 3)
    window = list(islice(WORD.finditer(text), start, start + size))
    begin = window[0].start() if start else 0
    end = window[-1].end() if start + size < len(found) else len(text)
    # The standard library's escape, which Django's wraps for lazy strings: a window of marked
    # words is escaped piece by piece, and a page of hits has some eighty windows.
    parts, position = [], begin
    for match in window:
        if searched[match.group()]:
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:end]))
    prefix = "… " if begin else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts).strip() + suffix)
