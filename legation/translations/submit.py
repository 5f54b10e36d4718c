"""wagtail-localize's "Translate this page", in the languages of the page's site only.

wagtail-localize offers every Wagtail locale a page is not yet in; a site publishes in its own
set (legation/core/languages.py), and a translation in another language could never be read.
Its form and view are kept and narrowed here: the form lists the site's languages, a request
for another language is refused with a message saying which languages the site publishes in,
and the page's "Translate this page" button shows only while one of them is missing.
"""

from django import forms
from django.urls import reverse
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitTranslationForm,
)

from legation.core.languages import site_languages


def languages_of_site_of(page):
    return site_languages(page.get_site())


def missing_site_languages(page):
    """The site's languages the page has no translation in yet (aliases are not translations,
    as for wagtail-localize)."""
    existing = (
        page.get_translations(inclusive=True)
        .exclude(alias_of__isnull=False)
        .values_list("locale__language_code", flat=True)
    )
    return [code for code in languages_of_site_of(page).codes if code not in set(existing)]


class SiteLanguagesTranslationForm(SubmitTranslationForm):
    def __init__(self, instance, *args, **kwargs):
        super().__init__(instance, *args, **kwargs)
        self.languages = languages_of_site_of(instance)
        field = self.fields["locales"]
        # wagtail-localize's choices stay valid so that a request for another language reaches
        # clean_locales and its message; only the site's languages are offered.
        offered = field.queryset.filter(language_code__in=self.languages.codes)
        field.widget.choices = [(locale.pk, locale.get_display_name()) for locale in offered]
        if len(field.widget.choices) < 2:
            self.fields["select_all"].widget = forms.HiddenInput()

    def clean_locales(self):
        locales = self.cleaned_data["locales"]
        foreign = [locale for locale in locales if locale.language_code not in self.languages]
        if foreign:
            raise forms.ValidationError(
                _("This site does not publish in %(refused)s. It publishes in %(languages)s.")
                % {
                    "refused": get_text_list(
                        [locale.get_display_name() for locale in foreign], _("and")
                    ),
                    "languages": get_text_list(
                        [
                            Locale.objects.get(language_code=code).get_display_name()
                            for code in self.languages.codes
                        ],
                        _("and"),
                    ),
                }
            )
        return locales


class SiteLanguagesTranslationView(SubmitPageTranslationView):
    def get_form(self):
        if self.request.method == "POST":
            return SiteLanguagesTranslationForm(self.object, self.request.POST)
        initial = None
        chosen = self.request.GET.get("select_locale")
        if chosen and chosen in languages_of_site_of(self.object):
            initial = {"locales": Locale.objects.filter(language_code=chosen)}
        return SiteLanguagesTranslationForm(self.object, initial=initial)


def without_translate_button_when_complete(page_buttons):
    """wagtail-localize's page buttons, less "Translate this page" once the page is in every
    language of its site."""

    def buttons(page, user, view_name=None, next_url=None):
        submit_url = reverse(
            "wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]
        )
        for button in page_buttons(page, user, view_name=view_name, next_url=next_url):
            if button.url == submit_url and not missing_site_languages(page):
                continue
            yield button

    return buttons
