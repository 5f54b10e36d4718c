"""Snippets: the passage with most of the query's words, those words marked, the rest escaped."""

from legation.search.text import highlight, query_stems


def stems(word, language="en-gb"):
    return set(query_stems(word, [language]))


def test_the_passage_with_most_matches_is_shown_with_each_form_marked():
    text = " ".join(["Filler"] * 80 + ["Quotas", "and", "the", "quota", "rise"] + ["end"] * 80)
    snippet = highlight(text, stems("quota"), "en-gb", size=8)
    assert snippet == "… Filler Filler Filler <mark>Quotas</mark> and the <mark>quota</mark> rise …"


def test_a_short_text_is_shown_whole_and_escaped():
    snippet = highlight("Ports & <quotas> stay.", stems("quota"), "en-gb")
    assert snippet == "Ports &amp; &lt;<mark>quotas</mark>&gt; stay."


def test_without_a_match_the_beginning_is_shown():
    text = " ".join(f"word{n}" for n in range(100))
    snippet = highlight(text, stems("harbour"), "en-gb", size=5)
    assert snippet == "word0 word1 word2 word3 word4 …"


def test_words_are_stemmed_in_the_documents_language():
    snippet = highlight("Министерство и министерства.", stems("министерством", "ru-ru"), "ru-ru")
    assert snippet == "<mark>Министерство</mark> и <mark>министерства</mark>."


def test_nothing_to_show_for_a_text_without_words():
    assert highlight("— … —", stems("quota"), "en-gb") == ""
