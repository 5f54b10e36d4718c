from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "legation.directory"
    label = "directory"
