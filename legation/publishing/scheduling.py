"""Publishing on time, to the second, without cron (Wagtail leaves scheduled publishing to an
external job that runs every few minutes).

The worker knows the next moment something is due — the earliest scheduled page revision,
the earliest expiry of a live page — and sleeps until then, but never longer than one poll,
so it sees revisions scheduled meanwhile. `legation worker` runs it in its own process (at
scale, one or more beside the app processes); `legation serve` runs it in a thread so the
embedded default needs no services.
"""

import datetime
import logging
import threading

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from wagtail.models import Page, Revision

from .actions.expire import ExpirePage
from .actions.publish_scheduled import PublishScheduledRevision

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.5
MAX_RETRY_SECONDS = 300
# Later than this, a publication is logged as a warning: no worker ran at its time.
LATE_SECONDS = 1
# Work other apps do on the worker's beat once a round has published (alerts' mail): functions
# of the round's moment, appended from their AppConfig.ready(); one that fails is logged.
AFTER_PUBLISHING = []


class Worker:
    def __init__(self, poll=POLL_SECONDS):
        self.poll = datetime.timedelta(seconds=poll)
        self.retries = Retries()

    def run(self, stop=None, sleep=None):
        """Publish and expire until `stop` is set; `sleep(seconds)` waits between rounds."""
        stop = stop or threading.Event()
        sleep = sleep or stop.wait
        while not stop.is_set():
            try:
                self.run_due()
                seconds = self.seconds_to_wait()
            except Exception:  # e.g. the database went away: the loop outlives it
                logger.exception("Scheduled publishing failed; trying again")
                connection.close()
                seconds = self.poll.total_seconds()
            sleep(seconds)

    def run_due(self):
        """Publish every revision whose time has come and expire every page whose expiry has;
        return the revisions published and the pages expired. One that fails is logged and
        tried again later; the others go on."""
        now = timezone.now()
        published = []
        for revision in scheduled_page_revisions(now, self.retries.waiting("revision")):
            try:
                published += self._publish(revision)
            except Exception:
                delay = self.retries.failed("revision", revision.pk)
                logger.exception(
                    'Could not publish "%s" (revision %s); trying again in %s s',
                    revision.object_str,
                    revision.pk,
                    delay,
                )
        expired = []
        for page in expiring_pages(until=now).exclude(pk__in=self.retries.waiting("page")):
            try:
                expired += self._expire(page, now)
            except Exception:
                delay = self.retries.failed("page", page.pk)
                logger.exception(
                    'Could not expire "%s" (page %s); trying again in %s s',
                    page.title,
                    page.pk,
                    delay,
                )
        for step in AFTER_PUBLISHING:
            try:
                step(now)
            except Exception:
                logger.exception("%s failed; trying again next round", step.__qualname__)
        return published, expired

    def seconds_to_wait(self):
        """Until the next revision or expiry is due, but no longer than one poll."""
        now = timezone.now()
        until = now + self.poll
        revisions = scheduled_page_revisions(until, self.retries.waiting("revision"))
        pages = expiring_pages(until).exclude(pk__in=self.retries.waiting("page"))
        upcoming = [
            moment
            for moment in (
                revisions[0].approved_go_live_at if revisions else None,
                pages.values_list("expire_at", flat=True).first(),
            )
            if moment is not None
        ]
        return max(0.0, (min(upcoming, default=until) - now).total_seconds())

    def _publish(self, revision):
        published = PublishScheduledRevision(revision).execute()
        self.retries.succeeded("revision", revision.pk)
        for version in published:
            late = (timezone.now() - version.approved_go_live_at).total_seconds()
            logger.log(
                logging.WARNING if late > LATE_SECONDS else logging.INFO,
                'Published "%s" (page %s, revision %s) due %s: %.3f s late',
                version.object_str,
                version.object_id,
                version.pk,
                version.approved_go_live_at.isoformat(),
                late,
            )
        return published

    def _expire(self, page, now):
        expired = ExpirePage(page.pk, now).execute()
        self.retries.succeeded("page", page.pk)
        if expired is None:
            return []
        logger.info(
            'Expired "%s" (page %s) due %s: %.3f s late',
            page.title,
            page.pk,
            page.expire_at.isoformat(),
            (timezone.now() - page.expire_at).total_seconds(),
        )
        return [expired]


class Retries:
    """What failed, not to be tried again before its time: 1, 2, 4… seconds later, so one
    broken revision neither stops the others nor fills the log twice a second."""

    def __init__(self):
        self._failed = {}  # (kind, pk) -> (failures so far, not to be tried before)

    def waiting(self, kind):
        now = timezone.now()
        return [pk for (k, pk), (_n, after) in self._failed.items() if k == kind and after > now]

    def failed(self, kind, pk):
        failures = self._failed.get((kind, pk), (0, None))[0] + 1
        delay = min(2 ** (failures - 1), MAX_RETRY_SECONDS)
        self._failed[kind, pk] = (failures, timezone.now() + datetime.timedelta(seconds=delay))
        return delay

    def succeeded(self, kind, pk):
        self._failed.pop((kind, pk), None)


def scheduled_page_revisions(until, excluding=()):
    """Page revisions approved to go live by `until`, the earliest first.

    Pages are picked out here, not in the query: filtered on its content type too, SQLite reads
    every page revision through that index rather than the few scheduled ones through
    approved_go_live_at's.
    """
    page_type = ContentType.objects.get_for_model(Page)
    scheduled = (
        Revision.objects.filter(approved_go_live_at__lte=until)
        .exclude(pk__in=excluding)
        .order_by("approved_go_live_at", "pk")
        .defer("content")
    )
    return [revision for revision in scheduled if revision.base_content_type_id == page_type.pk]


def expiring_pages(until):
    """Live pages that expire by `until`, the earliest first (an index of ours, publishing's
    migration 0002: Wagtail indexes neither field)."""
    return Page.objects.filter(live=True, expire_at__lte=until).order_by("expire_at", "pk")


def start_in_thread(poll=POLL_SECONDS):
    stop = threading.Event()
    thread = threading.Thread(
        target=Worker(poll).run, args=(stop,), name="legation-scheduler", daemon=True
    )
    thread.start()
    return stop
