"""Language switchers and page furniture."""

import pytest

from legation.importer.recognise import recognise
from legation.importer.recognise.furniture import is_furniture, switcher_codes


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1", ["de-DE", "en-GB", "es-ES", "ru-RU", "fr-FR"]),
        ("EN | RU | DE", ["en", "ru", "de"]),
        ("English Русский Deutsch", ["en", "ru", "de"]),
        ("de la", None),
        ("The talks went well", None),
    ],
)
def test_switcher_lines(line, codes):
    assert switcher_codes(line) == codes


def test_a_switcher_in_a_column_is_one_switcher():
    text = "Statement on the strait\n\n• de-DE1\n• en-GB1\n• ru-RU\n\nThe ministry calls for calm."
    assert recognise(text.encode(), "page.txt").languages_offered == ["de-DE", "en-GB", "ru-RU"]


@pytest.mark.parametrize(
    "line",
    ["all messages", "Все сообщения", "Web Content Display", "Версия для печати", "Imprimer",
     "1 2 3 … 10 »", "Page 2 of 7"],
)  # fmt: skip
def test_furniture(line):
    assert is_furniture(line)
