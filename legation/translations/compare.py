"""A translation beside its source, turn by turn, with what changed since the last sync.

wagtail-localize's editor shows each source string with its translation, one string at a time;
it does not show a turn's speaker, the translated document as a whole beside the source, nor
which turns the source changed since the translation was synchronised. Blocks are aligned by
their ids, which every translation keeps.

Two marks, from wagtail-localize's own records:
- "changed since the last sync": the source's published block differs from the block as
  wagtail-localize last took it in (TranslationSource.content_json); "Sync translated pages"
  brings the change in.
- "awaiting translation": the block has strings, taken in at the last sync, with no translation
  in the target language yet.
"""

import json
from dataclasses import dataclass

from django.utils.html import strip_tags
from wagtail_localize.models import StringSegment, TranslationSource

from legation.core.languages import site_languages
from legation.directory.models import Person
from legation.documents.models import DocumentPage


@dataclass
class AlignedBlock:
    position: int | None  # in the source; None for a block the source no longer has
    block_type: str
    source_speaker: str
    source_text: str
    translation_speaker: str
    translation_text: str
    changed_since_sync: bool
    awaiting_translation: bool


class Comparison:
    def __init__(self, translation_page):
        self.translation = translation_page
        self.localize_source = (
            TranslationSource.objects.filter(object_id=translation_page.translation_key)
            .select_related("locale")
            .first()
        )
        self.source = self._source_page()

    def _source_page(self):
        """The page wagtail-localize translates from; for a translation made by hand, the
        version in the site's default language. None when the page is itself the source."""
        versions = DocumentPage.objects.filter(translation_key=self.translation.translation_key)
        if self.localize_source is not None:
            language = self.localize_source.locale.language_code
        else:
            language = site_languages(self.translation.get_site()).default
        source = versions.filter(locale__language_code=language).first()
        return None if source is None or source.pk == self.translation.pk else source

    @property
    def last_synced_at(self):
        return self.localize_source.last_updated_at if self.localize_source else None

    def blocks(self):
        source_blocks = self.source.body.raw_data
        translated = {block["id"]: block for block in self._translation_body()}
        synced = self._synced_blocks()
        awaiting = self._blocks_awaiting_translation()
        names = self._speaker_names([*source_blocks, *translated.values()])
        rows = []
        for position, block in enumerate(source_blocks, start=1):
            other = translated.pop(block["id"], None)
            rows.append(
                AlignedBlock(
                    position=position,
                    block_type=block["type"],
                    source_speaker=speaker_of(block, names),
                    source_text=text_of(block),
                    translation_speaker=speaker_of(other, names) if other else "",
                    translation_text=text_of(other) if other else "",
                    changed_since_sync=synced is not None and synced.get(block["id"]) != block,
                    awaiting_translation=block["id"] in awaiting,
                )
            )
        for other in translated.values():
            rows.append(
                AlignedBlock(
                    position=None,
                    block_type=other["type"],
                    source_speaker="",
                    source_text="",
                    translation_speaker=speaker_of(other, names),
                    translation_text=text_of(other),
                    changed_since_sync=synced is not None,
                    awaiting_translation=False,
                )
            )
        return rows

    def _translation_body(self):
        # The translator's latest saved version, draft or published.
        return self.translation.get_latest_revision_as_object().body.raw_data

    def _synced_blocks(self):
        if self.localize_source is None:
            return None
        content = json.loads(self.localize_source.content_json)
        body = content.get("body") or "[]"
        return {
            block["id"]: block for block in (json.loads(body) if isinstance(body, str) else body)
        }

    def _blocks_awaiting_translation(self):
        if self.localize_source is None:
            return set()
        paths = (
            StringSegment.objects.filter(source=self.localize_source)
            .annotate_translation(self.translation.locale)
            .filter(translation__isnull=True, context__path__startswith="body.")
            .values_list("context__path", flat=True)
        )
        return {path.split(".")[1] for path in paths}

    @staticmethod
    def _speaker_names(blocks):
        ids = {speaker_id(block) for block in blocks} - {None}
        return dict(Person.objects.filter(pk__in=ids).values_list("pk", "name"))


def speaker_id(block):
    value = block["value"]
    if not isinstance(value, dict):
        return None
    return value.get("speaker") or value.get("asker")


def speaker_of(block, names):
    value = block["value"]
    person = names.get(speaker_id(block))
    if person:
        return person
    return value.get("outlet", "") if isinstance(value, dict) else ""


def text_of(block):
    value = block["value"]
    if isinstance(value, dict):
        value = value.get("text") or value.get("caption") or ""
    return strip_tags(str(value)).strip()
