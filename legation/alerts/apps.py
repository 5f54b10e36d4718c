"""E-mail alerts: subscriptions with double opt-in, sent by the worker, one-click unsubscribe."""

from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "legation.alerts"
    label = "alerts"

    def ready(self):
        from legation.publishing.scheduling import AFTER_PUBLISHING

        from .sending import run_alerts

        AFTER_PUBLISHING.append(run_alerts)
