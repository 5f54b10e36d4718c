from django.apps import AppConfig


class DiscoveryConfig(AppConfig):
    name = "legation.discovery"
    label = "discovery"
