from django.urls import path

from . import views

# Inside i18n_patterns: /en-gb/search/?q=…, in the language of the address.
app_name = "search"
urlpatterns = [path("search/", views.search, name="search")]
