from django.urls import path

from . import views

urlpatterns = [
    path("data/", views.data_index, name="bulk_data"),
    path("data/<str:name>", views.data_file, name="bulk_data_file"),
]
