"""The read-only endpoints. Everything they show comes through the public gate: documents as
DocumentPage.objects.public(), people and organisations as .public(), sites by their homes."""

import re
import uuid

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.http import http_date
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from wagtail.models import Page, Site

from legation.core.models import PublicGate
from legation.directory.models import Appointment, Organisation, Person
from legation.documents.models import DocumentKind, DocumentPage
from legation.documents.records import document_record, document_records
from legation.missions.models import MinistryHomePage

from . import filters, serializers
from .pagination import ByNameCursor, NewestFirstCursor

BAD_FILTER = OpenApiResponse(
    OpenApiTypes.OBJECT, description="A filter's value is invalid: {parameter: [messages]}."
)
NOT_FOUND = OpenApiResponse(
    serializers.ErrorSerializer, description="Not public, not found, or an invalid cursor."
)
SLUG = re.compile(r"[-a-zA-Z0-9_]+")
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}
IN_LANGUAGE = OpenApiParameter(
    "language",
    str,
    enum=sorted(LANGUAGE_CODES),
    description="The version in this language (default: the original one).",
)


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = "[^/]+"  # checked by the view, so that any lookup answers in JSON


@extend_schema(tags=["documents"])
class DocumentViewSet(ReadOnlyViewSet):
    """Public documents, newest first: summaries in lists, with body and turns one by one."""

    serializer_class = serializers.DocumentSummarySerializer
    filterset_class = filters.DocumentFilter
    pagination_class = NewestFirstCursor
    lookup_field = "id"

    def get_queryset(self):
        return DocumentPage.objects.public().select_related("kind", "locale")

    @extend_schema(
        responses={
            200: serializers.DocumentSummarySerializer(many=True),
            400: BAD_FILTER,
            404: NOT_FOUND,
        }
    )
    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        # The records are the answer as they are: the serializers only describe them.
        return self.get_paginated_response(document_records(page, request))

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "id", str, OpenApiParameter.PATH, description="<translation key>:<language>"
            )
        ],
        responses={200: serializers.DocumentSerializer, 404: NOT_FOUND},
    )
    def retrieve(self, request, id):
        key, _, language = id.partition(":")
        try:
            key = uuid.UUID(key)
        except ValueError:
            raise NotFound("No public document has this id.") from None
        if language not in LANGUAGE_CODES:
            raise NotFound("No public document has this id.")
        page = self.get_queryset().filter(translation_key=key, locale__language_code=language)
        page = page.first()
        if page is None:
            raise NotFound("No public document has this id.")
        response = Response(document_record(page, request))
        response["Last-Modified"] = http_date(
            (page.last_published_at or page.published_at).timestamp()
        )
        return response


class DirectoryViewSet(ReadOnlyViewSet):
    """People or organisations named by public pages; one row per language version."""

    pagination_class = ByNameCursor
    lookup_field = "slug"
    model = None

    def get_queryset(self):
        return self.model.objects.public().select_related("locale")

    def get_object(self):
        """By slug (shared by a person's versions), in ?language= or else the original."""
        slug, language = self.kwargs["slug"], self.request.query_params.get("language")
        if not SLUG.fullmatch(slug) or (language and language not in LANGUAGE_CODES):
            raise NotFound(f"No public {self.model._meta.verbose_name} has this slug.")
        versions = self.get_queryset().filter(slug=slug).order_by("pk")
        if language:
            versions = versions.filter(locale__language_code=language)
        found = versions.first()
        if found is None:
            raise NotFound(f"No public {self.model._meta.verbose_name} has this slug.")
        return found


@extend_schema(tags=["people"])
class PersonViewSet(DirectoryViewSet):
    """People with their appointments (role, organisation, from, to)."""

    model = Person
    serializer_class = serializers.PersonSerializer
    filterset_class = filters.PersonFilter

    def get_queryset(self):
        appointments = Appointment.objects.select_related("organisation").order_by(
            "sort_order", "pk"
        )
        return super().get_queryset().prefetch_related(Prefetch("appointments", appointments))

    @extend_schema(
        responses={200: serializers.PersonSerializer(many=True), 400: BAD_FILTER, 404: NOT_FOUND}
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(
        parameters=[IN_LANGUAGE], responses={200: serializers.PersonSerializer, 404: NOT_FOUND}
    )
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


@extend_schema(tags=["organisations"])
class OrganisationViewSet(DirectoryViewSet):
    """Organisations, with the head appointed today."""

    model = Organisation
    serializer_class = serializers.OrganisationSerializer
    filterset_class = filters.OrganisationFilter

    def get_serializer(self, instance=None, *args, **kwargs):
        organisations = list(instance) if kwargs.get("many") else [instance]
        heads = {}
        today = timezone.localdate()
        current = Appointment.objects.current_on(today).filter(
            is_head=True, organisation__in=organisations
        )
        for appointment in current.select_related("person"):
            heads.setdefault(appointment.organisation_id, appointment)
        for organisation in organisations:
            organisation.current_head = heads.get(organisation.pk)
        return super().get_serializer(
            organisations if kwargs.get("many") else instance, *args, **kwargs
        )

    @extend_schema(
        responses={
            200: serializers.OrganisationSerializer(many=True),
            400: BAD_FILTER,
            404: NOT_FOUND,
        }
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(
        parameters=[IN_LANGUAGE],
        responses={200: serializers.OrganisationSerializer, 404: NOT_FOUND},
    )
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


@extend_schema(
    tags=["kinds"], responses={200: serializers.KindSerializer(many=True), 400: BAD_FILTER}
)
class KindViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """The kinds of text, in each language: the kind filter takes their slug."""

    serializer_class = serializers.KindSerializer
    filterset_class = filters.KindFilter
    pagination_class = None  # a few dozen at most
    queryset = DocumentKind.objects.select_related("locale").order_by(
        "sort_order", "slug", "locale_id"
    )


class SiteDirectory:
    """The sites whose home is public, each with its home in every public language."""

    def __init__(self, request):
        homes = PublicGate().filter(Page.objects.filter(depth=2)).select_related("locale")
        self.versions = {}
        for home in homes.specific().order_by("pk"):
            self.versions.setdefault(home.translation_key, []).append(home)
        self.request = request

    def sites(self):
        found = []
        for site in Site.objects.select_related("root_page").order_by("hostname"):
            versions = self.versions.get(site.root_page.translation_key)
            if versions:
                found.append(self.describe(site, versions))
        return found

    def describe(self, site, versions):
        home = versions[0]
        return {
            "id": site.hostname,
            "type": "ministry" if isinstance(home, MinistryHomePage) else "mission",
            "name": home.title,
            "url": home.get_full_url(self.request),
            "time_zone": home.time_zone,
            "default_language": home.default_language,
            "languages": home.languages,
            "versions": [
                {
                    "language": version.locale.language_code,
                    "name": version.title,
                    "url": version.get_full_url(self.request),
                }
                for version in versions
            ],
        }


@extend_schema(tags=["sites"])
class SiteViewSet(viewsets.ViewSet):
    """The ministry and its missions: time zone, languages, home in each language."""

    lookup_value_regex = "[^/]+"
    lookup_field = "id"

    @extend_schema(responses={200: serializers.SiteSerializer(many=True)})
    def list(self, request):
        return Response(serializers.SiteSerializer(SiteDirectory(request).sites(), many=True).data)

    @extend_schema(
        parameters=[OpenApiParameter("id", str, OpenApiParameter.PATH, description="Host name.")],
        responses={200: serializers.SiteSerializer, 404: NOT_FOUND},
    )
    def retrieve(self, request, id):
        for site in SiteDirectory(request).sites():
            if site["id"] == id:
                return Response(serializers.SiteSerializer(site).data)
        raise NotFound("No public site has this host name.")


@extend_schema(tags=["languages"], responses={200: serializers.LanguageSerializer(many=True)})
class LanguageViewSet(viewsets.ViewSet):
    """The languages documents are published in."""

    def list(self, request):
        languages = [{"code": code, "name": name} for code, name in settings.LANGUAGES]
        return Response(serializers.LanguageSerializer(languages, many=True).data)
