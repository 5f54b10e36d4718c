"""What a response read, as tags that the events which change it bump (see invalidation).

The vocabulary:
- ``page:<translation key>``: a page, in any language (a translation published changes its
  source's language switcher too); ``pagepk:<pk>`` where a page was loaded without its key;
- ``<app.model>:<translation key or pk>``: any other row of content (a person, a counter, a
  setting…);
- ``<app.model>``: a row of a table that every page reads whole and editors change about never
  (locales, sites, kinds): one tag for the table keeps each entry's tags few;
- ``list:<home pk>``: the documents a site lists in one language (its homes, archive, people);
- ``public``: what the gate admits anywhere, for a gate query that said no narrower scope.

An entry that depends on ``public`` keeps no page or list tags (`compact`): every event that
bumps a list, and every change to a page row that a reader can see, bumps ``public`` as well
(invalidation), so they would add nothing but one more version to read on each hit.

Rows are recorded as they are loaded (Django's post_init), so a template that reads one more
thing depends on it without anyone declaring it. Gate queries are recorded by the gate itself:
the code that asks for a site's list says so with `reading()`.
"""

import contextlib
import contextvars

from django.apps import apps
from django.db.models.signals import post_init
from wagtail.models import Locale, Page, PageViewRestriction, Site

PUBLIC = "public"

# The tags of the response being rendered in this thread; None when nothing records.
_recorded = contextvars.ContextVar("legation_cache_recorded", default=None)
# The tags a gate query stands for here, where the caller named them.
_scope = contextvars.ContextVar("legation_cache_scope", default=None)

CONTENT_APPS = {"wagtailimages", "wagtaildocs"}
WHOLE_TABLES = {"wagtailcore.locale", "wagtailcore.site", "documents.documentkind"}
# Tags that no event bumps without `public`.
IMPLIED_BY_PUBLIC = ("page:", "pagepk:", "list:")


@contextlib.contextmanager
def recording():
    """Collect the tags of everything read inside; yields the set."""
    tags = set()
    token = _recorded.set(tags)
    try:
        yield tags
    finally:
        _recorded.reset(token)


def record(*tags):
    recorded = _recorded.get()
    if recorded is not None:
        recorded.update(tags)


@contextlib.contextmanager
def reading(*tags):
    """Gate queries made inside depend on `tags` rather than on everything public."""
    token = _scope.set(tags)
    try:
        yield
    finally:
        _scope.reset(token)


def record_gate_query():
    """Called by the public gate for each query it narrows."""
    if _recorded.get() is not None:
        scope = _scope.get()
        record(*(scope if scope is not None else (PUBLIC,)))


def compact(tags):
    """`tags` without those that `public` already stands for."""
    if PUBLIC not in tags:
        return set(tags)
    return {tag for tag in tags if not tag.startswith(IMPLIED_BY_PUBLIC)}


def list_tag(home_pk):
    return f"list:{home_pk}"


def is_content(model):
    """Whether rows of `model` can show on a public page (and so are tags at all)."""
    if issubclass(model, Page) or model in (Site, Locale, PageViewRestriction):
        return True
    label = model._meta.app_label
    return label in CONTENT_APPS or model.__module__.startswith("legation.")


def tags_of(instance):
    """The tags under which `instance` is recorded and invalidated."""
    if isinstance(instance, Page):
        tags = [f"pagepk:{instance.pk}"]
        key = instance.__dict__.get("translation_key")
        return [*tags, f"page:{key}"] if key else tags
    label = instance._meta.label_lower
    if label in WHOLE_TABLES:
        return [label]
    # The key only where it was loaded: reading a deferred field here would cost a query.
    key = instance.__dict__.get("translation_key") or instance.pk
    return [f"{label}:{key}"]


def _loaded(sender, instance, **kwargs):
    if _recorded.get() is not None and instance.pk is not None:
        record(*tags_of(instance))


def connect():
    for model in apps.get_models():
        if is_content(model):
            post_init.connect(
                _loaded, sender=model, dispatch_uid=f"legation_cache_{model._meta.label_lower}"
            )
