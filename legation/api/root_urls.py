"""The URL configuration an API request is answered under (see urls.answered_here): the API's
addresses alone, none of them under a language prefix."""

from django.urls import include, path

urlpatterns = [path("api/", include("legation.api.urls"))]
