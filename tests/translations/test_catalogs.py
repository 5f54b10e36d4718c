"""The interface in every language: complete message catalogs, compiled by the build."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

CATALOG_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def catalog_path(language_code, suffix=".po"):
    locale_name = translation.to_locale(language_code)
    return Path(settings.LOCALE_PATHS[0]) / locale_name / "LC_MESSAGES" / f"django{suffix}"


@pytest.mark.parametrize("language_code", CATALOG_LANGUAGES)
def test_every_interface_string_is_translated(language_code):
    catalog = polib.pofile(str(catalog_path(language_code)))

    assert catalog.untranslated_entries() == []
    assert catalog.fuzzy_entries() == []


@pytest.mark.parametrize("language_code", CATALOG_LANGUAGES)
def test_translations_keep_their_placeholders(language_code):
    for entry in polib.pofile(str(catalog_path(language_code))).translated_entries():
        # A plural entry has a translation for each of the language's forms instead.
        for translated in entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]:
            assert sorted(PLACEHOLDER.findall(translated)) == sorted(
                PLACEHOLDER.findall(entry.msgid)
            ), entry.msgid


@pytest.mark.parametrize(
    ("language_code", "title"),
    [
        ("en-gb", "Page not found"),
        ("ru-ru", "Страница не найдена"),
        ("de-de", "Seite nicht gefunden"),
        ("es-es", "Página no encontrada"),
        ("fr-fr", "Page introuvable"),
    ],
)
def test_pages_speak_the_language_of_their_address(client, ministry, language_code, title):
    if language_code in CATALOG_LANGUAGES:
        assert catalog_path(language_code, ".mo").exists(), "run `legation compile_catalogs`"

    response = client.get(f"/{language_code}/no-such-page/")

    assert response.status_code == 404
    assert f'<h1 id="not-found-title">{title}</h1>' in response.content.decode()
