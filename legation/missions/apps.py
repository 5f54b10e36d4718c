from django.apps import AppConfig


class MissionsConfig(AppConfig):
    name = "legation.missions"
    label = "missions"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from legation.documents.models.counts import publication_event

        from .models import City, ConsularContact, Counter, SyndicatedDocument

        def home_part_changed(sender, **kwargs):
            # Kept with the home between readers (core.site_lookup): a row saved on its own,
            # not with the home's publication, is an event too.
            publication_event()

        # Syndicated kinds are saved only with the home (a through table sends no signals).
        for model in (City, ConsularContact, Counter, SyndicatedDocument):
            for signal in (post_save, post_delete):
                signal.connect(home_part_changed, sender=model, weak=False)
