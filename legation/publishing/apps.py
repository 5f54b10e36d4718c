from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "legation.publishing"
    label = "publishing"

    def ready(self):
        from . import signals

        signals.connect()
        register_translator_snippet_policies()


def register_translator_snippet_policies():
    """Before any app's wagtail_hooks registers the snippets (and Wagtail falls back to its
    plain model policy for them)."""
    from wagtail.permissions import register_permission_policy

    from legation.directory.models import Organisation, Person
    from legation.documents.models import DocumentKind

    from .roles import TranslatorSnippetPolicy

    for model in (Person, Organisation, DocumentKind):
        register_permission_policy(model, TranslatorSnippetPolicy(model))
