"""Translations made outside wagtail-localize are kept when wagtail-localize takes them over.

Submitting a document for translation makes wagtail-localize create a Translation record for
the document and for every snippet it names (people, organisations, kinds) and save each
target at once from its translation memory, falling back to the source's text where the memory
has none. A Russian person made by the demo, the importer or an editor before that moment is
unknown to the memory, so "Орен Васкер" would be saved over with "Oren Vasker" (wagtail-localize
1.14 assumes no target exists that it did not make).

So whenever wagtail-localize starts managing a target that already exists — its Translation is
created, or re-enabled after the target was edited by hand — the memory is first filled from
that target's own text. The save that follows then writes back what is already there, and the
translator's editor shows those texts as the translations they are.
"""

import json
from collections import defaultdict

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_save, pre_save
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import OverridableSegmentValue, StringSegmentValue


def remember_existing_translation(translation):
    """Fill wagtail-localize's memory for `translation` from its target as it stands."""
    try:
        target = translation.source.get_translated_instance(translation.target_locale)
    except ObjectDoesNotExist:
        return  # nothing to keep: wagtail-localize makes the target from the source
    strings, overrides = _texts_of(target)
    locale = translation.target_locale
    source_segments = (
        StringSegment.objects.filter(source=translation.source)
        .select_related("string", "context")
        .order_by("order")
    )
    for path, segments in _by_path(source_segments).items():
        texts = strings.get(path, [])
        # A field whose text splits into another number of segments (rich text rewritten
        # sentence by sentence) cannot be paired segment by segment: it is left to the translator.
        if len(texts) != len(segments):
            continue
        for segment, text in zip(segments, texts, strict=True):
            if text == segment.string.data:
                continue  # still the source's words: not a translation to keep
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    for segment in OverridableSegment.objects.filter(source=translation.source).select_related(
        "context"
    ):
        path = segment.context.path
        if path in overrides and overrides[path] != segment.data:
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data_json": json.dumps(overrides[path])},
            )


def _texts_of(instance):
    strings, overrides = defaultdict(list), {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
        elif isinstance(segment, OverridableSegmentValue):
            overrides[segment.path] = segment.data
    return strings, overrides


def _by_path(segments):
    grouped = defaultdict(list)
    for segment in segments:
        grouped[segment.context.path].append(segment)
    return grouped


def _note_whether_enabled(sender, instance, **kwargs):
    instance._was_enabled = (
        Translation.objects.filter(pk=instance.pk).values_list("enabled", flat=True).first()
        if instance.pk
        else None
    )


def _remember_when_taken_over(sender, instance, created, **kwargs):
    # Created, or re-enabled after having been disabled (the target was edited by hand since).
    if instance.enabled and (created or instance._was_enabled is False):
        remember_existing_translation(instance)


def connect():
    pre_save.connect(_note_whether_enabled, sender=Translation, dispatch_uid="legation-localize")
    post_save.connect(
        _remember_when_taken_over, sender=Translation, dispatch_uid="legation-localize"
    )
