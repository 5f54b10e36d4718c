from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .routing import refuse_page_in_another_language

hooks.register("before_serve_page", refuse_page_in_another_language)


@hooks.register("register_admin_urls")
def register_status_urls():
    return [path("translation-status/", include(urls, namespace="legation_translations"))]


@hooks.register("register_reports_menu_item")
def register_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("legation_translations:status"),
        icon_name="site",
        order=700,
    )
