"""Publishing on time without cron: Wagtail leaves scheduled publishing to an external job.

`legation worker` runs this loop in its own process (at scale, one worker beside the app
processes); `legation serve` runs it in a thread so the embedded default needs no services.
"""

import logging
import threading
import time

from django.core.management import call_command
from django.db import close_old_connections

logger = logging.getLogger(__name__)

DEFAULT_INTERVAL_SECONDS = 15


def publish_due():
    """Publish revisions whose time has come and unpublish pages that have expired."""
    close_old_connections()
    try:
        call_command("publish_scheduled", verbosity=0)
    finally:
        close_old_connections()


def run_forever(interval=DEFAULT_INTERVAL_SECONDS, stop=None):
    stop = stop or threading.Event()
    while not stop.is_set():
        try:
            publish_due()
        except Exception:  # the loop must outlive one bad revision; the error is logged
            logger.exception("Scheduled publishing failed")
        stop.wait(interval - time.time() % interval)


def start_in_thread(interval=DEFAULT_INTERVAL_SECONDS):
    stop = threading.Event()
    thread = threading.Thread(
        target=run_forever, args=(interval, stop), name="legation-scheduler", daemon=True
    )
    thread.start()
    return stop
