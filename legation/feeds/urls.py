from django.urls import path

from . import views

# Inside i18n_patterns: /en-gb/feeds/rss/?kind=statement, in the language of the address.
urlpatterns = [
    path("feeds/rss/", views.rss, name="feed_rss"),
    path("feeds/atom/", views.atom, name="feed_atom"),
]
