from django import template
from django.utils import timezone

from legation.core import formats
from legation.core.models import PublicGate

register = template.Library()


@register.filter
def stamp(moment, zone):
    return formats.stamp(moment, zone) if moment else ""


@register.filter
def list_date(moment, zone):
    return formats.list_date(moment, zone) if moment else ""


@register.filter
def long_date(day):
    return formats.long_date(day) if day else ""


@register.filter
def month_and_year(day):
    return formats.month_and_year(day) if day else ""


@register.filter
def local_time(moment, zone):
    return timezone.localtime(moment, zone)


@register.simple_tag(takes_context=True)
def public_url(context, page):
    """The page's address if the public may see it now, else an empty string.

    Wagtail's {% pageurl %} prints addresses of unpublished pages; a link a reader cannot
    follow, or that reveals an embargoed slug, must not be printed.
    """
    if page is None or not PublicGate().allows(page):
        return ""
    return page.get_url(request=context.get("request"))


@register.simple_tag(takes_context=True)
def page_language_versions(context, page):
    from legation.core.translations import language_versions

    return language_versions(page, context.get("request"))


@register.simple_tag
def query_with(request, **changes):
    """The request's query string with some parameters replaced, for pagination links."""
    query = request.GET.copy()
    for name, value in changes.items():
        query[name] = value
    return query.urlencode()


@register.filter
def days_on(counter, day):
    return counter.days_on(day)


@register.filter
def clock(moment):
    """Hours and minutes in the moment's own zone (Django's date filter would convert to UTC)."""
    return moment.strftime("%H:%M")
