"""Dates and numbers as each language writes them: "12 May 2021 22:50", "12. Mai 2021 22:50".

Babel carries the CLDR month names in the grammatical case each pattern needs (Russian
genitive "мая"), which Django's own date formats do not.
"""

from babel.dates import format_date, format_datetime, get_month_names
from babel.numbers import format_decimal
from django.utils import timezone
from django.utils.translation import get_language, to_locale

STAMP_PATTERNS = {
    "de": "d. MMMM y HH:mm",
    "es": "d 'de' MMMM 'de' y HH:mm",
}
DATE_PATTERNS = {
    "de": "d. MMMM y",
    "es": "d 'de' MMMM 'de' y",
}
MONTH_PATTERNS = {"es": "MMMM 'de' y"}
DEFAULT_STAMP = "d MMMM y HH:mm"
DEFAULT_DATE = "d MMMM y"
DEFAULT_MONTH = "LLLL y"


def _language(language_code=None):
    code = language_code or get_language() or "en-gb"
    return code.split("-")[0], to_locale(code)


def stamp(moment, zone, language_code=None):
    """A publication stamp: date and time in the site's zone, in the reader's language."""
    language, locale = _language(language_code)
    local = timezone.localtime(moment, zone)
    return format_datetime(local, STAMP_PATTERNS.get(language, DEFAULT_STAMP), locale=locale)


def long_date(day, language_code=None):
    language, locale = _language(language_code)
    return format_date(day, DATE_PATTERNS.get(language, DEFAULT_DATE), locale=locale)


def month_and_year(day, language_code=None):
    language, locale = _language(language_code)
    return format_date(day, MONTH_PATTERNS.get(language, DEFAULT_MONTH), locale=locale)


def month_names(language_code=None):
    """{1: "January", …} as a list of months names them in the language ("январь", not the
    genitive "января" of a date)."""
    _code, locale = _language(language_code)
    return dict(get_month_names("wide", context="stand-alone", locale=locale))


def list_date(moment, zone):
    """The DD.MM.YYYY date of a news list item, in the site's zone."""
    return timezone.localtime(moment, zone).strftime("%d.%m.%Y")


def number(value, language_code=None):
    """1,234 in English, 1 234 in Russian and French, 1.234 in German and Spanish."""
    _code, locale = _language(language_code)
    return format_decimal(value, locale=locale)
