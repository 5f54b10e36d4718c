from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "legation.alerts"
    label = "alerts"
