from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "legation.demo"
    label = "demo"
