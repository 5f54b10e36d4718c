"""The block that names a person in a transcript's turn, with a chooser told the document's date
(see choosers.py: it shows each person's role and organisation on that day)."""

import contextvars
from contextlib import contextmanager

from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

# The document form's dates, sent with every chooser request (Wagtail's linked fields).
DOCUMENT_DATES = {"on": "#id_event_date", "published": "#id_published_at"}

# {person id: Person or None}: the people a batch of bodies names, read once for the batch.
_known_people = contextvars.ContextVar("known_people", default=None)


@contextmanager
def people_known(people):
    """Person choosers decode the ids of `people` ({id: Person, or None for one deleted})
    from it, with no query: Wagtail asks the database once per chooser type and body, which a
    bulk export would pay for every transcript. The instances are shared: for reading only."""
    token = _known_people.set(people)
    try:
        yield
    finally:
        _known_people.reset(token)


def people_named(stream_block, raw_blocks):
    """The ids every person chooser of a stream's stored blocks holds (raw_data, undecoded)."""
    named = set()
    for raw in raw_blocks:
        block = stream_block.child_blocks.get(raw["type"])
        if block is not None:
            named |= _people_in(block, raw["value"])
    return named


def _people_in(block, value):
    if value is None:
        return set()
    if isinstance(block, PersonChooserBlock):
        return {value}
    if isinstance(block, blocks.StructBlock):
        return set().union(
            *(_people_in(child, value.get(name)) for name, child in block.child_blocks.items())
        )
    if isinstance(block, blocks.ListBlock):
        # Stored as [{"type": "item", "value": …, "id": …}], or as plain values before Wagtail 2.16.
        items = [item["value"] if isinstance(item, dict) else item for item in value]
        return set().union(*(_people_in(block.child_block, item) for item in items))
    return set()


class PersonChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("directory.Person", **kwargs)

    @cached_property
    def widget(self):
        from wagtail.snippets.widgets import AdminSnippetChooser  # admin code: loaded late

        chooser = super().widget  # Wagtail's, with the icon of the people's viewset
        return AdminSnippetChooser(
            self.target_model, icon=chooser.icon, linked_fields=DOCUMENT_DATES
        )

    def to_python(self, value):
        known = _known_people.get()
        if known is not None and value in known:
            return known[value]
        return super().to_python(value)

    def bulk_to_python(self, values):
        known = _known_people.get()
        if known is not None and all(value is None or value in known for value in values):
            return [None if value is None else known[value] for value in values]
        return super().bulk_to_python(values)

    def deconstruct(self):
        # Stored and migrated as Wagtail's block: only the admin widget differs.
        _path, _args, kwargs = super().deconstruct()
        return "wagtail.snippets.blocks.SnippetChooserBlock", ("directory.Person",), kwargs
