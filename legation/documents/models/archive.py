"""The archive ("all messages") of a site: every public document it lists, newest first."""

from functools import cached_property

from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from legation.caching.dependencies import list_tag, reading
from legation.core.models import site_root_for
from legation.core.models.addresses import AddressFromSiteRoot
from legation.core.models.gate import KnownViewRestrictions, OneTypeOfChildren

from ..filters import ArchiveFilterForm
from .counts import kept, one_view

PAGE_SIZE = 20


class CountedPaginator(Paginator):
    """Pages of a list whose length is known (kept as derived data) rather than counted.

    A page past the middle is read from the oldest end, newest first again once read: a deep
    OFFSET costs reading every row it skips, so the last page is as cheap as the first."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if self.count - top < bottom:
            oldest_first = self.object_list.reverse()[self.count - top : self.count - bottom]
            return self._get_page(list(oldest_first)[::-1], number, self)
        return self._get_page(self.object_list[bottom:top], number, self)


class ArchivePage(KnownViewRestrictions, AddressFromSiteRoot, OneTypeOfChildren, Page):
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
        filters = ArchiveFilterForm(query, locale=translation.locale, request=request)
        return query.urlencode() if filters.is_valid() else None

    def serve(self, request, *args, **kwargs):
        with one_view():
            return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site_root = self.site_root
        form = ArchiveFilterForm(request.GET, locale=self.locale, request=request)
        listed_at = timezone.now()
        documents = site_root.listed_documents()
        if form.is_valid():
            documents = form.apply(documents, site_root.zone)
            with reading(list_tag(site_root.pk)):
                count = kept(f"count:{site_root.pk}:{form.scope}", listed_at, documents.count)
        else:
            documents, count = documents.none(), 0
        paginator = CountedPaginator(documents.for_listing(), PAGE_SIZE, count)
        page = paginator.get_page(request.GET.get("page"))
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
