from django import template

from ..links import directory_link

register = template.Library()


@register.inclusion_tag("directory/includes/directory_link.html", takes_context=True)
def directory_link_to(context, site_root, entry):
    """`entry`'s name, linked to the page of it that exists (see links.py)."""
    return {"link": directory_link(site_root, entry, context.get("request"))}
