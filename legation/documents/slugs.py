"""Readable addresses for documents: a slug from the title, unique within its archive.

Slugs are ASCII (WAGTAIL_ALLOW_UNICODE_SLUGS is off), so a Russian title is transliterated
first, with the same library Wagtail uses for file names (anyascii, through string_to_ascii).
An archive belongs to one site and one language, so unique among its children is unique per
archive and language. A translation made with wagtail-localize keeps its source's slug (it
lives in another archive), which is how the language switcher's addresses stay parallel.
"""

from django.utils.text import slugify
from wagtail.coreutils import string_to_ascii

# Long enough for a news conference's title up to its place ("…-with-nadia-okonjo-vienna"),
# well within the 255 characters of Wagtail's slug field.
SLUG_LENGTH = 120


def cut_at_word(slug, length):
    if len(slug) <= length:
        return slug
    cut = slug[: length + 1]
    return cut.rsplit("-", 1)[0] if "-" in cut else cut[:length]


def slug_from_title(title, fallback="document"):
    """ "Заявление МИД о…" → "zayavlenie-mid-o-…", cut at a word boundary to SLUG_LENGTH."""
    return cut_at_word(slugify(string_to_ascii(title or "")), SLUG_LENGTH).strip("-") or fallback


def free_slug(slug, taken):
    """`slug`, or `slug-2`, `slug-3`… — the first not in `taken`, which it then joins.
    With its number, a slug still fits SLUG_LENGTH, cut at a word."""
    candidate, number = slug, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate, number = cut_at_word(slug, SLUG_LENGTH - len(suffix)) + suffix, number + 1
    taken.add(candidate)
    return candidate


def slugs_in(archive):
    """The slugs an archive's documents already have."""
    return set(archive.get_children().values_list("slug", flat=True))


def slug_for_new_document(archive, title):
    """The slug a new document titled `title` gets in `archive`."""
    return free_slug(slug_from_title(title), slugs_in(archive))
