"""The block that names a person in a transcript's turn, with a chooser told the document's date
(see choosers.py: it shows each person's role and organisation on that day)."""

from django.utils.functional import cached_property
from wagtail.snippets.blocks import SnippetChooserBlock

# The document form's dates, sent with every chooser request (Wagtail's linked fields).
DOCUMENT_DATES = {"on": "#id_event_date", "published": "#id_published_at"}


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

    def deconstruct(self):
        # Stored and migrated as Wagtail's block: only the admin widget differs.
        _path, _args, kwargs = super().deconstruct()
        return "wagtail.snippets.blocks.SnippetChooserBlock", ("directory.Person",), kwargs
