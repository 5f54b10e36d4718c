from django.templatetags.static import static
from django.urls import include, path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import DocumentKind


class DocumentKindViewSet(SnippetViewSet):
    model = DocumentKind
    icon = "tag"
    menu_order = 310
    list_display = ["name", "slug", "locale"]


register_snippet(DocumentKindViewSet)

document_urls = (
    [path("convert-transcript/", views.convert_transcript_view, name="convert_transcript")],
    "legation_documents",
)


@hooks.register("register_admin_urls")
def register_document_urls():
    return [path("documents/", include(document_urls))]


@hooks.register("insert_editor_js")
def paste_transcript_js():
    return format_html('<script src="{}"></script>', static("documents/js/paste_transcript.js"))


@hooks.register("insert_editor_css")
def paste_transcript_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("documents/css/paste_transcript.css")
    )
