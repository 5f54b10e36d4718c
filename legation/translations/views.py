"""The translation views: status per site and language, and a translation beside its source."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from legation.documents.models import DocumentKind, DocumentPage
from legation.publishing.roles import pages_visible_to, sites_visible_to

from .compare import Comparison
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
            if page.pk != document.source.pk:
                links["compare"] = reverse("legation_translations:compare", args=[page.pk])
        else:
            links["translate"] = reverse(
                "wagtail_localize:submit_page_translation", args=[document.source.pk]
            )
        return links


class CompareWithSourceView(WagtailAdminTemplateMixin, TemplateView):
    """A translation beside its source, turn by turn (see compare.py)."""

    template_name = "translations/compare.html"
    page_title = _("Compare with source")
    header_icon = "site"

    def dispatch(self, request, page_id):
        page = get_object_or_404(DocumentPage, pk=page_id)
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.comparison = Comparison(page)
        if self.comparison.source is None:
            messages.info(
                request, _("This document is the original: it has no source to compare with.")
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.comparison.translation.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        comparison = self.comparison
        return super().get_context_data(
            comparison=comparison,
            blocks=comparison.blocks(),
            edit_translation_url=reverse(
                "wagtailadmin_pages:edit", args=[comparison.translation.pk]
            ),
            edit_source_url=reverse("wagtailadmin_pages:edit", args=[comparison.source.pk]),
            **kwargs,
        )
