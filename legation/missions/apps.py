from django.apps import AppConfig


class MissionsConfig(AppConfig):
    name = "legation.missions"
    label = "missions"
