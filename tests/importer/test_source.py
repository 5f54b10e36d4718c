"""What cannot be read is refused with a reason; HTML goes through the extractor."""

import pytest

from legation.importer.recognise import UnreadablePage, recognise

from .conftest import FIXTURES


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n\t ", "empty"),
        (b"12345 - 678\n", "no words"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "binary file (a PDF document)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (a PNG image)"),
        (b"text\x00with\x00nul\x00bytes\x00" * 10, "binary"),
        ("Déclaration du ministère".encode("latin-1"), "wrong encoding"),
        ("Заявление МИД".encode()[:-1], "truncated"),
        (b"<html><body><p>The talks went on until late in the", "truncated"),
        (b"Home\nall messages\nPrint\nShare\n", "nothing but page furniture"),
    ],
)
def test_unreadable_input_is_refused_with_its_reason(data, reason):
    with pytest.raises(UnreadablePage) as refused:
        recognise(data, "page.txt")
    assert reason in refused.value.reason


def test_cp1251_html_that_says_so_is_read():
    markup = (
        '<html><head><meta charset="windows-1251"></head><body><h1>Заявление МИД Эстеррии</h1>'
        "<p>Министерство иностранных дел Эстеррии призывает стороны к сдержанности и диалогу."
        "</p></body></html>"
    ).encode("cp1251")
    page = recognise(markup, "page.html")
    assert page.language == "ru"
    assert page.doc_type == "statement"


def test_html_hints_come_from_the_markup():
    path = FIXTURES / "article.html"
    page = recognise(path.read_bytes(), path.name)
    assert page.source_url == "https://mfa.esterra.example/en/news/1234"
    assert page.languages_offered == ["en-GB", "fr-FR"]
    assert [block.type for block in page.blocks][:1] == ["paragraph"]
    assert "Home" not in " ".join(str(block.value) for block in page.blocks)


def test_utf16_with_bom_is_read():
    text = (
        "3 March 2022\n\nForeign Ministry statement on the strait\n\nThe ministry calls for calm."
    )
    page = recognise(text.encode("utf-16"), "page.txt")
    assert page.doc_type == "statement"
    assert page.published.isoformat() == "2022-03-03"
