"""The translation status view: per site and language, what is translated, missing or stale."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from legation.documents.models import DocumentKind
from legation.publishing.roles import pages_visible_to, sites_visible_to

from .status import SiteTranslationStatus, Status

PAGE_SIZE = 50
STATUS_LABELS = dict(Status.choices)


class StatusFilterForm(forms.Form):
    site = forms.ModelChoiceField(label=_("Site"), queryset=Site.objects.all(), required=False)
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES, required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("any"))] + Status.choices, required=False
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = sites_visible_to(user)
        kinds = DocumentKind.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        self.fields["kind"].choices = [("", _("any"))] + [(kind.slug, kind.name) for kind in kinds]


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translations/status.html"
    page_title = _("Translation status")
    header_icon = "site"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        form = StatusFilterForm(self.request.GET or None, user=user)
        filters = form.cleaned_data if form.is_valid() else {}
        sites = form.fields["site"].queryset
        site = (
            filters.get("site")
            or sites.filter(is_default_site=True).first()
            or sites.order_by("site_name", "pk").first()
        )
        context["form"] = form
        if site is None:
            return context
        status = SiteTranslationStatus(
            site, kind_slug=filters.get("kind") or None, visible_pages=pages_visible_to(user)
        )
        language = filters.get("language") or next(
            (code for code in status.languages.codes if code != status.languages.default),
            status.languages.default,
        )
        documents = status.in_language(language, filters.get("status") or None)
        page = Paginator(documents, PAGE_SIZE).get_page(self.request.GET.get("p"))
        context.update(
            site=site,
            language=language,
            counts=status.counts(),
            documents=[
                (
                    document,
                    state,
                    STATUS_LABELS[state],
                    document.changed_blocks(language),
                    self._links(document, language),
                )
                for document, state in page
            ],
            paginator_page=page,
        )
        return context

    @staticmethod
    def _links(document, language):
        page = document.pages.get(language)
        links = {"source": reverse("wagtailadmin_pages:edit", args=[document.source.pk])}
        if page is not None:
            links["edit"] = reverse("wagtailadmin_pages:edit", args=[page.pk])
        else:
            links["translate"] = reverse(
                "wagtail_localize:submit_page_translation", args=[document.source.pk]
            )
        return links
