"""The language versions for the switcher, the head's alternates and the "not found" page."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Site

from legation.core import formats
from legation.core.languages import site_languages_for_request
from legation.core.models import PublicGate
from legation.core.translations import default_version, versions_of_missing_page
from legation.core.translations import language_versions as page_versions

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context, page):
    return page_versions(page, context.get("request"))


@register.filter
def x_default(versions):
    return default_version(versions)


@register.filter
def number(value):
    """A number written as the current language writes it."""
    return formats.number(value) if value is not None else ""


@register.simple_tag(takes_context=True)
def missing_page_versions(context):
    request = context.get("request")
    return versions_of_missing_page(request) if request else []


@register.simple_tag(takes_context=True)
def site_home(context):
    """The public home of the request's site in the current language, else in its default one.

    For pages rendered without a page of their own, such as "not found".
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    languages = site_languages_for_request(request)
    homes = {
        home.locale.language_code: home
        for home in PublicGate()
        .filter(site.root_page.get_translations(inclusive=True))
        .select_related("locale")
        .specific()
    }
    language = get_language()
    return homes.get(language if language in languages else languages.default)
