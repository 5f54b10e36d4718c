"""The archive ("all messages") of a site: every public document it lists, newest first."""

from functools import cached_property

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from legation.core.models import site_root_for

from ..filters import ArchiveFilterForm

PAGE_SIZE = 20


class ArchivePage(Page):
    parent_page_types = ["missions.MinistryHomePage", "missions.MissionHomePage"]
    subpage_types = ["documents.DocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("archive")

    @cached_property
    def site_root(self):
        return site_root_for(self)

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
        )
        return context
