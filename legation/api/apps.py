from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "legation.api"
    label = "api"
