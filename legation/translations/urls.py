from django.urls import path

from .views import CompareWithSourceView, TranslationStatusView

app_name = "legation_translations"
urlpatterns = [
    path("", TranslationStatusView.as_view(), name="status"),
    path("compare/<int:page_id>/", CompareWithSourceView.as_view(), name="compare"),
]
