from django.db import transaction
from wagtail.models import Page


class ExpirePage:
    """Unpublish a live page whose expiry time has passed, as Wagtail's state of record.

    The gate already refuses an expired page when it is served; this makes Wagtail agree
    (the page is shown as expired in the admin and leaves Wagtail's own `live()` querysets).
    """

    log_action = "wagtail.unpublish.scheduled"

    def __init__(self, page_id, now):
        self.page_id = page_id
        self.now = now

    def execute(self):
        """Unpublish the page and return it; None if it is no longer due (or being expired by
        another worker, which holds its row)."""
        with transaction.atomic():
            page = (
                Page.objects.select_for_update(skip_locked=True)
                .filter(pk=self.page_id, live=True, expire_at__lte=self.now)
                .first()
            )
            if page is not None:
                page.specific.unpublish(set_expired=True, log_action=self.log_action)
        return page
