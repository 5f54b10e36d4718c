"""Which language a public address may answer in: never another language's text.

Wagtail routes /fr-fr/… through the site root's French translation and, when there is none,
through the root in its own language, serving that language's page with status 200 under the
French address. Every page Wagtail serves is checked here: the address's language must be one
of the site's languages and the page must be in that language, or the answer is 404.
"""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language

from legation.core.languages import site_languages_for_request


def refuse_page_in_another_language(page, request, serve_args, serve_kwargs):
    language = get_language()
    if language not in site_languages_for_request(request):
        raise Http404("This site does not publish in this language.")
    if page.locale.language_code != language:
        raise Http404("This page does not exist in this language.")


def redirect_to_default_language(request):
    """The site's address without a language leads to its home in the site's default language."""
    return redirect(f"/{site_languages_for_request(request).default}/")
