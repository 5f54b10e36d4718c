import datetime
import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..metadata import describe

register = template.Library()

# As Django's json_script escapes, so no text can close the script element; json_script itself
# writes type="application/json", which schema.org readers ignore.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.inclusion_tag("discovery/page_metadata.html", takes_context=True)
def page_metadata(context):
    """The canonical link, Open Graph and Twitter card tags and JSON-LD of the page."""
    return {"metadata": describe(context)}


@register.filter
def json_ld(data):
    text = json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.filter
def w3c_datetime(moment):
    """A sitemap's lastmod, to the second in UTC (W3C datetime, as sitemaps.org asks)."""
    return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat()
