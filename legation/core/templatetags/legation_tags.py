import json

from django import template
from django.utils import timezone

from legation.core import formats

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


@register.simple_tag
def query_with(request, **changes):
    """The request's query string with some parameters replaced, for pagination links."""
    query = request.GET.copy()
    for name, value in changes.items():
        query[name] = value
    return query.urlencode()


@register.filter
def sentence_parts(counter, day):
    return counter.sentence_parts(day)


@register.filter
def plural_forms_json(counter):
    return json.dumps(counter.plural_forms(), ensure_ascii=False)


@register.filter
def clock(moment):
    """Hours and minutes in the moment's own zone (Django's date filter would convert to UTC)."""
    return moment.strftime("%H:%M")


@register.filter
def datetime_attribute(moment, zone=None):
    """A moment for `<time datetime>`: ISO 8601 to the second, in `zone` if given. Django's
    "c" format and isoformat() add microseconds, which HTML's datetime syntax refuses."""
    if not moment:
        return ""
    local = timezone.localtime(moment, zone) if zone else moment
    return local.replace(microsecond=0).isoformat()
