import pytest

from legation.importer.recognise.dates import find_dates, leading_date, whole_line_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12 May 2021 22:50", "2021-05-12T22:50"),
        ("12 May 202122:50", "2021-05-12T22:50"),
        ("12 мая 202122:50", "2021-05-12T22:50"),
        ("25.10.2020", "2020-10-25"),
        ("25.10.2020 14:35", "2020-10-25T14:35"),
        ("October 25, 2020", "2020-10-25"),
        ("25 октября 2020 г.", "2020-10-25"),
        ("25 октября 2020 года", "2020-10-25"),
        ("9. März 2017", "2017-03-09"),
        ("30 de diciembre de 2021", "2021-12-30"),
        ("1er mars 2021 à 14h30", "2021-03-01T14:30"),
        ("2021-05-12", "2021-05-12"),
        ("Published: 3 June 2022", "2022-06-03"),
        ("Veröffentlicht am 9. März 2017", "2017-03-09"),
    ],
)
def test_publication_stamps(text, iso):
    assert whole_line_date(text).isoformat() == iso


@pytest.mark.parametrize(
    "text", ["Moscow: 03:14", "966 days have passed", "31.02.2020", "May the talks go on"]
)
def test_not_a_stamp(text):
    assert whole_line_date(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("…, Vessa, March 3, 2022", "2022-03-03"),
        ("…, Весса, 24 октября 2020 года", "2020-10-24"),
        ("…, Vessa, May 2022", "2022-05"),
        ("…, Vessa, mayo de 2022", "2022-05"),
    ],
)
def test_datelines(text, iso):
    assert find_dates(text)[-1].date.isoformat() == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("21.10.2020 - A title", "2020-10-21"),
        ("25 October - A title", "--10-25"),
        ("25 октября - Заголовок", "--10-25"),
        ("25.10 - A title", "--10-25"),
    ],
)
def test_list_item_dates(line, iso):
    date, rest = leading_date(line)
    assert date.isoformat() == iso
    assert rest.strip(" -") in {"A title", "Заголовок"}


def test_a_sentence_is_not_a_dated_item():
    assert leading_date("May 5 ministers meet in Vessa") is None
