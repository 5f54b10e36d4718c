"""Where each document stands in each language of its site: original, translated, stale, missing.

A translation is stale when its source has been published since the translation was made or
last synchronised, or when wagtail-localize still holds source strings without a translation
for it. "Which blocks changed" compares the source as it was then with the source now, block
by block (by the blocks' ids, which every revision and translation keeps).
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from legation.core.languages import site_languages
from legation.documents.models import DocumentPage


class Status:
    ORIGINAL = "original"
    TRANSLATED = "translated"
    STALE = "stale"
    MISSING = "missing"

    choices = [
        (ORIGINAL, _("original")),
        (TRANSLATED, _("translated")),
        (STALE, _("stale")),
        (MISSING, _("missing")),
    ]


# Fields of a document whose change is worth a translator's attention besides the body.
WATCHED_FIELDS = ("title", "lead", "event_place")


@dataclass
class DocumentTranslations:
    """One document (all pages sharing a translation key) within one site."""

    translation_key: object
    pages: dict  # language code -> page
    source: Page
    localize_source: TranslationSource | None = None
    translations: dict = field(default_factory=dict)  # language code -> Translation
    incomplete_languages: set = field(default_factory=set)

    def status(self, language_code):
        if language_code == self.source.locale.language_code:
            return Status.ORIGINAL
        page = self.pages.get(language_code)
        if page is None or not page.live:
            return Status.MISSING
        return Status.STALE if self._is_stale(language_code, page) else Status.TRANSLATED

    def _is_stale(self, language_code, page):
        source_published = self.source.last_published_at
        translation = self.translations.get(language_code)
        if translation is None:
            # Translated by hand (no wagtail-localize record): stale once the source is
            # republished after the translation's own last publication.
            return bool(
                source_published
                and (page.last_published_at is None or page.last_published_at < source_published)
            )
        synced = self.localize_source.last_updated_at
        return (
            (source_published is not None and source_published > synced)
            or language_code in self.incomplete_languages
            or page.last_published_at is None
            or page.last_published_at < synced
        )

    def changed_since(self, language_code):
        """The moment the translation was last brought in line with the source."""
        page = self.pages.get(language_code)
        moments = [page.last_published_at or page.first_published_at]
        if language_code in self.translations:
            moments.append(self.localize_source.last_updated_at)
        return min(moment for moment in moments if moment)

    def changed_blocks(self, language_code):
        """The parts of the source that changed since the translation was last aligned."""
        if self.status(language_code) != Status.STALE:
            return []
        then = (
            Revision.page_revisions.filter(
                object_id=str(self.source.pk), created_at__lte=self.changed_since(language_code)
            )
            .order_by("-created_at", "-pk")
            .first()
        )
        now = self.source.specific.live_revision
        if now is None:
            return []
        changes = compare_revisions(then.content if then else {}, now.content)
        untranslated = self._untranslated_parts(language_code)
        return changes + [part for part in untranslated if part not in changes]

    def _untranslated_parts(self, language_code):
        if language_code not in self.incomplete_languages:
            return []
        translation = self.translations[language_code]
        paths = (
            StringSegment.objects.filter(source=self.localize_source)
            .annotate_translation(translation.target_locale)
            .filter(translation__isnull=True)
            .order_by("order")
            .values_list("context__path", flat=True)
        )
        body = body_blocks(self.source.specific.live_revision.content)
        parts = []
        for path in paths:
            part = describe_path(path, body)
            if part not in parts:
                parts.append(part)
        return parts


@dataclass(frozen=True)
class ChangedPart:
    """A block of the body (with its position and type) or a field, for the translator."""

    label: str
    position: int | None = None
    block_id: str | None = None


def body_blocks(content):
    body = content.get("body") or "[]"
    blocks = json.loads(body) if isinstance(body, str) else body
    return {block["id"]: (position, block) for position, block in enumerate(blocks, start=1)}


def describe_block(position, block):
    speaker = block["value"].get("speaker") if isinstance(block["value"], dict) else None
    label = f"{position}. {block['type']}"
    if speaker:
        from legation.directory.models import Person

        person = Person.objects.filter(pk=speaker).first()
        label += f" — {person.name}" if person else ""
    return ChangedPart(label=label, position=position, block_id=block["id"])


def describe_path(path, body):
    field_name, _sep, rest = path.partition(".")
    if field_name == "body":
        block_id = rest.split(".")[0]
        if block_id in body:
            return describe_block(*body[block_id])
    return ChangedPart(label=field_name)


def compare_revisions(then, now):
    """Changed fields and blocks between two revision contents of the same page."""
    parts = [ChangedPart(label=name) for name in WATCHED_FIELDS if then.get(name) != now.get(name)]
    before, after = body_blocks(then), body_blocks(now)
    for block_id, (position, block) in after.items():
        earlier = before.get(block_id)
        if earlier is None or earlier[1] != block:
            parts.append(describe_block(position, block))
    for block_id, (_position, block) in before.items():
        if block_id not in after:
            label = _("%(block)s (removed)") % {"block": block["type"]}
            parts.append(ChangedPart(label=label, block_id=block_id))
    return parts


class SiteTranslationStatus:
    """Every document of a site and its state in each of the site's languages; only the
    pages among `visible_pages` when given (those the reader of the report may see)."""

    def __init__(self, site, kind_slug=None, visible_pages=None):
        self.site = site
        self.languages = site_languages(site)
        self.kind_slug = kind_slug
        self.visible_pages = visible_pages

    @cached_property
    def documents(self):
        roots = Page.objects.filter(translation_key=self.site.root_page.translation_key)
        under_a_root = Q()
        for root in roots:
            under_a_root |= Q(path__startswith=root.path, depth__gt=root.depth)
        pages = (
            DocumentPage.objects.filter(under_a_root)
            .select_related("locale", "kind")
            .only(
                "id",
                "title",
                "translation_key",
                "locale",
                "live",
                "last_published_at",
                "kind__slug",
                "path",
                "depth",
                "content_type_id",
            )
            .order_by("-published_at", "pk")
        )
        if self.kind_slug:
            pages = pages.filter(kind__slug=self.kind_slug)
        if self.visible_pages is not None:
            pages = pages.filter(pk__in=self.visible_pages.values("pk"))
        by_key = defaultdict(dict)
        for page in pages:
            by_key[page.translation_key][page.locale.language_code] = page
        sources = {
            source.object_id: source
            for source in TranslationSource.objects.filter(
                object_id__in=list(by_key), specific_content_type__model="documentpage"
            ).select_related("locale")
        }
        translations = defaultdict(dict)
        for translation in Translation.objects.filter(
            source__in=sources.values(), enabled=True
        ).select_related("target_locale"):
            translations[translation.source_id][translation.target_locale.language_code] = (
                translation
            )
        incomplete = self._incomplete_languages(translations)
        documents = []
        for key, pages_by_language in by_key.items():
            source = sources.get(key)
            documents.append(
                DocumentTranslations(
                    translation_key=key,
                    pages=pages_by_language,
                    source=self._source_page(pages_by_language, source),
                    localize_source=source,
                    translations=translations[source.pk] if source else {},
                    incomplete_languages=incomplete[source.pk] if source else set(),
                )
            )
        return documents

    def _source_page(self, pages_by_language, localize_source):
        if localize_source and localize_source.locale.language_code in pages_by_language:
            return pages_by_language[localize_source.locale.language_code]
        if self.languages.default in pages_by_language:
            return pages_by_language[self.languages.default]
        return min(pages_by_language.values(), key=lambda page: page.pk)

    @staticmethod
    def _incomplete_languages(translations):
        """{source id: languages in which some source string has no translation}, one query
        per language."""
        incomplete = defaultdict(set)
        by_locale = defaultdict(list)
        for source_id, by_language in translations.items():
            for translation in by_language.values():
                by_locale[translation.target_locale].append(source_id)
        for locale, source_ids in by_locale.items():
            untranslated = (
                StringSegment.objects.filter(source_id__in=source_ids)
                .annotate_translation(locale)
                .filter(translation__isnull=True)
                .values_list("source_id", flat=True)
                .distinct()
            )
            for source_id in untranslated:
                incomplete[source_id].add(locale.language_code)
        return incomplete

    def counts(self):
        """[(language code, {status: count, "documents": count})] in the site's languages."""
        rows = []
        for code in self.languages.codes:
            row = dict.fromkeys((status for status, _label in Status.choices), 0)
            for document in self.documents:
                row[document.status(code)] += 1
            row["documents"] = len(self.documents)
            rows.append((code, row))
        return rows

    def in_language(self, language_code, status=None):
        """[(document, status)] for one language, optionally of one status."""
        return [
            (document, document.status(language_code))
            for document in self.documents
            if status is None or document.status(language_code) == status
        ]
