"""The archive ("all messages") of a site: every public document it lists, newest first."""

from functools import cached_property

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from legation.core.models import site_root_for
from legation.core.models.gate import KnownViewRestrictions, OneTypeOfChildren

from ..filters import ArchiveFilterForm

PAGE_SIZE = 20


class ArchivePage(KnownViewRestrictions, OneTypeOfChildren, Page):
    parent_page_types = ["missions.MinistryHomePage", "missions.MissionHomePage"]
    subpage_types = ["documents.DocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("archive")

    @cached_property
    def site_root(self):
        root = site_root_for(self)
        if self.live and self.depth == root.depth + 1:
            root.__dict__.setdefault("archive", self)  # a home has one archive: this one
        return root

    def translated_query(self, request, translation):
        """The same filtered list in a translation of this archive, for the switcher and the
        hreflang alternates: kinds, people and organisations are named by slugs that every
        language shares, so the query is the same where the translation's language has them
        all; None where it does not. Other parameters (tracking, typos) are dropped."""
        query = request.GET.copy()
        for name in list(query):
            if name not in ArchiveFilterForm.base_fields and name != "page":
                del query[name]
        if not query:
            return ""
        filters = ArchiveFilterForm(query, locale=translation.locale)
        return query.urlencode() if filters.is_valid() else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site_root = self.site_root
        form = ArchiveFilterForm(request.GET, locale=self.locale)
        documents = site_root.listed_documents()
        if form.is_valid():
            documents = form.apply(documents, site_root.zone)
        else:
            documents = documents.none()
        page = Paginator(documents.for_listing(), PAGE_SIZE).get_page(request.GET.get("page"))
        context.update(
            site_root=site_root,
            filter_form=form,
            documents=page,
            kinds=site_root.listed_kinds(),
            years=site_root.listed_years(),
            people=form.person_choices(site_root.listed_documents()),
            organisations=form.organisation_choices(site_root.listed_documents()),
        )
        return context
