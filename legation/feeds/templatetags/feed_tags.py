"""Feed autodiscovery: `<link rel="alternate">` to the feeds of the list a page shows."""

from django import template
from django.urls import reverse

from legation.directory.models import Organisation, Person

from ..selection import canonical_query

register = template.Library()

ARCHIVE_FILTERS = ("kind", "person", "organisation", "year", "month")


@register.inclusion_tag("feeds/feed_links.html", takes_context=True)
def feed_links(context):
    """Links for homes, the archive with its filters, and people's and organisations' pages;
    none for a page that lists nothing, or an archive whose filters name nothing."""
    request, page = context.get("request"), context.get("page")
    query = _listed_query(context, request, page) if request and page else None
    if query is None:
        return {"feeds": []}
    title = context.get("person") or context.get("organisation") or page.title
    return {
        "feeds": [
            (
                media_type,
                f"{title} ({name})",
                request.build_absolute_uri(reverse(view)) + (f"?{query}" if query else ""),
            )
            for view, media_type, name in (
                ("feed_rss", "application/rss+xml", "RSS"),
                ("feed_atom", "application/atom+xml", "Atom"),
            )
        ]
    }


def _listed_query(context, request, page):
    """The feed's query string for the list this page shows, or None if it shows none."""
    person, organisation = context.get("person"), context.get("organisation")
    if isinstance(person, Person):
        return canonical_query({"person": person.slug})
    if isinstance(organisation, Organisation):
        return canonical_query({"organisation": organisation.slug})
    filter_form = context.get("filter_form")
    if filter_form is not None:  # the archive
        if not filter_form.is_valid():
            return None
        return canonical_query({name: request.GET.get(name, "") for name in ARCHIVE_FILTERS})
    if hasattr(page, "listed_documents"):  # a home
        return ""
    return None
