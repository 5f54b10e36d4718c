"""Search and reference indexing, paused while an import writes and then done in bulk.

Indexing each page as it is saved costs more than writing it; a legacy archive of 100,000
pages is indexed in batches when the run ends (or stops). The batches are tasks, like
Wagtail's own indexing on save: the embedded task backend runs them at once, a database task
backend hands them to the worker.
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

BATCH = 500


@contextmanager
def deferred_indexing():
    touched = defaultdict(set)

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            touched[sender].add(instance.pk)

    models = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(remember, sender=model, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.disconnect(remember, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
        index(touched)


def index(touched):
    """Index the saved objects, {model: primary keys}, for search and for references."""
    for model, keys in touched.items():
        keys = sorted(keys)
        for start in range(0, len(keys), BATCH):
            index_batch.enqueue(model._meta.label, keys[start : start + BATCH])


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
