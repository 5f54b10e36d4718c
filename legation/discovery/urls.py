from django.urls import path

from . import views

urlpatterns = [
    path("robots.txt", views.RobotsView.as_view(), name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", views.sitemap_section, name="sitemap_section"),
    path("favicon.ico", views.favicon, name="favicon"),
]
