"""The document editor's "Paste transcript" control, shown above the body."""

from django.urls import reverse
from wagtail.admin.panels import Panel


class PasteTranscriptPanel(Panel):
    """A text area for a pasted transcript and a Convert button: the conversion (see
    conversion.py) fills the body's blocks in the form, which stays unsaved until the editor
    saves it, and Undo puts the previous blocks back."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "documents/admin/paste_transcript_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["convert_url"] = reverse("legation_documents:convert_transcript")
            context["locale_id"] = self.instance.locale_id
            return context
