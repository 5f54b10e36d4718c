"""Two language versions of a document side by side, turn by turn (`…/?parallel=ru-ru`).

Translations share their blocks' ids with the source (wagtail-localize keeps them; so does
Wagtail's copy_for_translation), so a turn, heading or note is aligned with the same block of
the other version, wherever an editor moved or added blocks. The other version is one of the
page's public language versions (legation/core/translations.py, through the public gate):
any other language, unknown code or version not public now is "not found".
"""

from dataclasses import dataclass
from functools import cached_property

from django.http import Http404

from legation.core.translations import language_versions

from .transcripts import Transcript


@dataclass(frozen=True)
class ColumnAnchor:
    """A turn's or heading's anchor in the second column, so that ids stay unique on the page."""

    inner: object
    prefix: str

    @property
    def anchor(self):
        return f"{self.prefix}-{self.inner.anchor}"

    def __getattr__(self, name):
        return getattr(self.inner, name)


def aligned(items, other_items):
    """Rows of (item, other item), either None where a version has no such block. Items are
    (block, anchor) as Transcript.items gives them. A block only the other version has comes
    before the next block both share, in the other version's order."""
    other_by_id = {block.id: (block, anchor) for block, anchor in other_items}
    own_ids = {block.id for block, _anchor in items}
    unmatched = [item for item in other_items if item[0].id not in own_ids]
    position = {block.id: number for number, (block, _anchor) in enumerate(other_items)}
    rows = []
    for item in items:
        partner = other_by_id.get(item[0].id)
        if partner is not None:
            here = position[partner[0].id]
            while unmatched and position[unmatched[0][0].id] < here:
                rows.append((None, unmatched.pop(0)))
        rows.append((item, partner))
    rows.extend((None, item) for item in unmatched)
    return rows


class ParallelView:
    def __init__(self, page, other):
        self.page = page
        self.other = other  # a LanguageVersion

    @classmethod
    def for_request(cls, page, request, language_code):
        versions = language_versions(page, request)
        current = next((version for version in versions if version.is_current), None)
        other = next(
            (
                version
                for version in versions
                if version.language_code == language_code and not version.is_current
            ),
            None,
        )
        if current is None or other is None:
            raise Http404("This document has no public version in that language.")
        view = cls(page, other)
        view.current = current
        return view

    @cached_property
    def other_page(self):
        return self.other.page.specific

    @cached_property
    def rows(self):
        other = self.other_page
        other_items = [
            (block, ColumnAnchor(anchor, self.other.language_code) if anchor else None)
            for block, anchor in Transcript(
                other.body, on=other.local_event_date, locale=other.locale
            ).items
        ]
        return aligned(self.page.transcript.items, other_items)
