"""Search and reference indexing, paused while an import writes and then done in bulk.

Indexing each page as it is saved costs more than writing it; a legacy archive of 100,000
pages is indexed once, in batches, when the run ends (or stops).
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
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
    backends = list(get_search_backends(with_auto_update=True))
    for model, keys in touched.items():
        keys = sorted(keys)
        for start in range(0, len(keys), BATCH):
            objects = list(model.objects.filter(pk__in=keys[start : start + BATCH]))
            for backend in backends:
                backend.add_bulk(model, objects)
            for instance in objects:
                ReferenceIndex.create_or_update_for_object(instance)
