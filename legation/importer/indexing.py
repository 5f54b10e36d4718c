"""Search and reference indexing, paused while an import writes and then done in bulk.

Indexing each page as it is saved costs more than writing it; a legacy archive of 100,000
pages is indexed in batches when the run ends (or stops). What each page saved is marked
(`PendingIndex`) in that page's own transaction, and unmarked once indexed: a run killed
before its end leaves its pages marked, and the next run indexes them with its own. The
batches are tasks, like Wagtail's own indexing on save: the embedded task backend runs them
at once, a database task backend hands them to the worker.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_save
from django_tasks import task
from modelcluster.models import ClusterableModel, get_all_child_relations
from modelsearch.backends import get_search_backends
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from .models import PendingIndex

BATCH = 500


class PendingMarks:
    """The objects saved since the last page was written, to be marked in its transaction."""

    def __init__(self):
        self.saved = defaultdict(set)

    def remember(self, sender, instance, raw=False, **kwargs):
        if not raw:
            self.saved[sender._meta.label].add(str(instance.pk))

    def mark(self):
        """Mark what the page saved; called inside the page's transaction, before it commits."""
        PendingIndex.objects.bulk_create(
            [
                PendingIndex(model_label=label, object_id=key)
                for label, keys in self.saved.items()
                for key in keys
            ],
            ignore_conflicts=True,
        )
        self.saved.clear()

    def forget(self):
        """The page was rolled back: what it saved no longer exists."""
        self.saved.clear()


@contextmanager
def deferred_indexing():
    """Pause indexing on save; yields the PendingMarks the writer calls for each page. At the
    end, however the run ends short of a kill, everything marked is indexed, earlier runs'
    leftovers included."""
    marks = PendingMarks()
    models = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(marks.remember, sender=model, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield marks
    finally:
        for model in models:
            post_save.disconnect(marks.remember, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
        index_pending()


def index_pending():
    """Index everything marked as pending, in batches of BATCH objects per model."""
    touched = defaultdict(list)
    for label, key in PendingIndex.objects.order_by("model_label", "object_id").values_list(
        "model_label", "object_id"
    ):
        touched[label].append(key)
    for label, keys in touched.items():
        for start in range(0, len(keys), BATCH):
            index_batch.enqueue(label, keys[start : start + BATCH])


@task()
def index_batch(model_label, keys):
    model = apps.get_model(model_label)
    objects = model.objects.filter(pk__in=keys)
    if issubclass(model, ClusterableModel):
        # The reference index reads each object's child relations (comments, attachments…):
        # one query per relation for the batch instead of one per object.
        relations = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
        objects = objects.prefetch_related(*relations)
    objects = list(objects)
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, objects)
    # One transaction for the batch: Wagtail asks for one around each object's references,
    # and on SQLite every statement outside one is a commit of its own.
    with transaction.atomic():
        for instance in objects:
            ReferenceIndex.create_or_update_for_object(instance)
        PendingIndex.objects.filter(model_label=model_label, object_id__in=keys).delete()
