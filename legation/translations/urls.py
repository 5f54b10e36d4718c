from django.urls import path

from .views import TranslationStatusView

app_name = "legation_translations"
urlpatterns = [path("", TranslationStatusView.as_view(), name="status")]
