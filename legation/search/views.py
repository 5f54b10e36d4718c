"""/<language>/search/: the search page of each site; the ministry's searches every site."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from wagtail.models import Site

from legation.caching.dependencies import PUBLIC, record
from legation.core.languages import site_languages_for_request

from .forms import SearchForm
from .site_search import PublicHomes, SiteSearch


def site_home(request, homes):
    """The request's site home in the address's language, public; else "not found"."""
    site = Site.find_for_request(request)
    language = get_language()
    if site is None or language not in site_languages_for_request(request):
        raise Http404
    home = homes.home_of(site, language)
    if home is None:
        raise Http404
    return home


@require_safe
def search(request):
    homes = PublicHomes()
    home = site_home(request, homes)
    # Results come from the index by SQL of its own, which records no rows: a cached page of
    # results is dropped whenever what the gate admits changes anywhere.
    record(PUBLIC)
    form = SearchForm(request.GET)
    results = SiteSearch(request, form, home, homes)
    status = 200 if form.is_valid() else 400
    context = {"site_root": home, "form": form, "results": results, "search_query": results.text}
    return render(request, "search/search_page.html", context, status=status)
