from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "legation.documents"
    label = "documents"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .models.counts import publication_event

        # Every way a page or a view restriction changes; the receiver ignores other models.
        for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move):
            signal.connect(publication_event, dispatch_uid="legation_publication_event")
