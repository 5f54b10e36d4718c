from django.db import transaction
from wagtail.models import Page, Revision


class PublishScheduledRevision:
    """Publish a revision whose go-live time has come, together with the document's other
    language versions scheduled for the same moment or earlier, in one transaction.

    Wagtail clears a page's schedule before it saves the page, in separate statements: without
    the transaction, a worker killed between the two lost the publication for good.
    """

    log_action = "wagtail.publish.scheduled"

    def __init__(self, revision):
        self.revision = revision

    def execute(self):
        """Publish and return the revisions this worker claimed; none if another worker did."""
        with transaction.atomic():
            claimed = list(self._claim_versions_due())
            for revision in claimed:
                revision.publish(log_action=self.log_action)
        return claimed

    def _claim_versions_due(self):
        document = Page.objects.filter(pk=self.revision.object_id).values("translation_key")
        versions = Page.objects.filter(translation_key__in=document).values_list("pk", flat=True)
        # On PostgreSQL the rows are locked until the transaction ends and a second worker
        # skips them; re-reading the schedule under the lock drops revisions another worker
        # has published meanwhile. SQLite ignores the lock: its writers already queue, since
        # transactions begin IMMEDIATE (settings), so the re-read is the claim there.
        return (
            Revision.page_revisions.select_for_update(skip_locked=True)
            .filter(
                object_id__in=[str(pk) for pk in versions],
                approved_go_live_at__lte=self.revision.approved_go_live_at,
            )
            .order_by("approved_go_live_at", "created_at")
        )
