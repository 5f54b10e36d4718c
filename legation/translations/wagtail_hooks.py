from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail_localize import wagtail_hooks as localize_hooks

from legation.documents.models import DocumentPage

from . import urls
from .compare import Comparison
from .routing import refuse_page_in_another_language
from .submit import SiteLanguagesTranslationView, without_translate_button_when_complete

hooks.register("before_serve_page", refuse_page_in_another_language)


@hooks.register("register_admin_urls", order=-1)
def register_submit_translation_url():
    """Ahead of wagtail-localize's own URL at the same address, so that its links (and
    reverse("wagtail_localize:submit_page_translation")) reach the view narrowed to the site's
    languages."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            SiteLanguagesTranslationView.as_view(),
            name="legation_submit_page_translation",
        )
    ]


def _narrow_translate_buttons():
    """wagtail-localize offers no setting or hook to narrow its "Translate this page" button:
    its hook function (registered when its module was imported above) is wrapped in place."""
    for hook_name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
        hooks._hooks[hook_name] = [
            (
                without_translate_button_when_complete(fn)
                if fn is localize_hooks.page_listing_more_buttons
                else fn,
                order,
            )
            for fn, order in hooks._hooks.get(hook_name, [])
        ]


_narrow_translate_buttons()


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


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def compare_with_source_button(page, user, view_name=None, next_url=None):
    """On a translated document: in its header (Wagtail's editor, when the translation is made
    by hand) and in its row of the page explorer (wagtail-localize's own editor has no place
    for buttons of ours)."""
    if isinstance(page.specific_deferred, DocumentPage) and Comparison(page).source is not None:
        yield Button(
            _("Compare with source"),
            reverse("legation_translations:compare", args=[page.pk]),
            icon_name="site",
            priority=65,
        )
