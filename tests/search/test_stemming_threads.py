"""Words are stemmed right when several threads stem at once (`legation serve` answers from
eight), whichever implementation snowballstemmer gives: PyStemmer's C, or its own pure-Python
stemmers, which keep the word they work on in the stemmer itself."""

import sys
import threading

import snowballstemmer.russian_stemmer
import snowballstemmer.spanish_stemmer

from legation.search import text

PURE_PYTHON = {
    "russian": snowballstemmer.russian_stemmer.RussianStemmer,
    "spanish": snowballstemmer.spanish_stemmer.SpanishStemmer,
}


def stems_in_threads(words, language, threads=8):
    """Each thread's stems of `words` (each thread its own words, so that none is cached)."""
    found, failures = {}, []

    def run(number):
        try:
            found[number] = [text.stem(f"{word}{number}", language) for word in words]
        except Exception as error:  # noqa: BLE001  (a crash is what is looked for)
            failures.append(error)

    workers = [threading.Thread(target=run, args=(n,)) for n in range(threads)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    finally:
        sys.setswitchinterval(interval)
    return found, failures


def test_threads_stemming_at_once_get_the_stems_of_one(monkeypatch):
    monkeypatch.setattr(text.snowballstemmer, "stemmer", lambda name: PURE_PYTHON[name]())
    monkeypatch.setattr(text, "_threads", threading.local())  # no stemmer made before
    for language, word in (("ru-ru", "переговорами"), ("es-es", "negociaciones")):
        words = [f"{word}{n}" for n in range(1500)]
        alone = PURE_PYTHON[text.STEMMERS[language[:2]]]()
        found, failures = stems_in_threads(words, language)
        assert failures == []
        for number, stems in found.items():
            expected = [text.fold(alone.stemWord(f"{w}{number}")) for w in words]
            assert stems == expected, (language, number)
