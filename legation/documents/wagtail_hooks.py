from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import DocumentKind


class DocumentKindViewSet(SnippetViewSet):
    model = DocumentKind
    icon = "tag"
    menu_order = 310
    list_display = ["name", "slug", "locale"]


register_snippet(DocumentKindViewSet)
