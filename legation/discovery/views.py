"""robots.txt, the sitemaps and the favicon of the site the request is addressed to."""

from django.http import Http404
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from wagtail.contrib.sitemaps import views as wagtail_sitemaps

from .sitemaps import SITEMAPS


@require_safe
def sitemap_index(request):
    """/sitemap.xml: one entry per section and per `limit` addresses of it."""
    return wagtail_sitemaps.index(
        request,
        SITEMAPS,
        template_name="discovery/sitemap_index.xml",
        sitemap_url_name="sitemap_section",
    )


@require_safe
def sitemap_section(request, section):
    if section not in SITEMAPS:
        raise Http404("No such sitemap.")
    return wagtail_sitemaps.sitemap(
        request,
        {section: SITEMAPS[section]},
        section=section,
        template_name="discovery/sitemap.xml",
    )


class RobotsView(TemplateView):
    """Crawlers may read every public address; not the admin, nor anyone's embargoed preview
    (those are also answered with noindex, and are not public anyway)."""

    template_name = "discovery/robots.txt"
    content_type = "text/plain; charset=utf-8"
    http_method_names = ["get", "head"]

    def get_context_data(self, **kwargs):
        return {"sitemap_url": self.request.build_absolute_uri(reverse("sitemap_index"))}


@require_safe
def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page says: the emblem (an SVG).
    Not a permanent redirect: the static file's address may change with its content."""
    return redirect(static("core/emblem.svg"))
