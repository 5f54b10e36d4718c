"""Conventions of the sixth round's shapes, each read as a person reads it (issue 14: pages
of sites the rules were not written on)."""

from legation.importer.recognise import recognise
from legation.importer.recognise.dates import PartialDate, stamp_line


def test_a_time_after_a_dash_beside_the_date_is_the_stamps_minute():
    page = recognise(
        (
            "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'></head><body><main>"
            "<h1>Tessavia abre un consulado en Puerto Lirio</h1>"
            "<p>Nota de prensa</p>"
            "<p>4 de noviembre de 2025 - 4:15 p. m.</p>"
            "<p>El ministerio abrió hoy un consulado en Puerto Lirio para atender a los "
            "camioneros que cruzan la frontera.</p>"
            "</main></body></html>"
        ).encode(),
        "nota.html",
    )
    assert page.published == PartialDate(2025, 11, 4, 16, 15)


def test_a_dash_before_words_is_no_time_of_the_stamp():
    assert stamp_line("4 November 2025 - 09:30") == PartialDate(2025, 11, 4, 9, 30)
    assert stamp_line("4 November 2025 - Speech") is None
