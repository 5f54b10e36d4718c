"""/api/search/: the search page's answer as JSON, over every site, through the same index."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from legation.documents.records import record_id

from .forms import FILTERS, SearchForm
from .site_search import SiteSearch

FACET_HELP = {
    "kind": "Kind slug (see /api/kinds/).",
    "site": "Host name of the publishing site (see /api/sites/).",
    "language": "Language code of the version.",
    "person": "Slug of a person the document names (see /api/people/).",
    "organisation": "Slug of an organisation the document concerns.",
    "year": "Year of publication, in the site's time zone.",
}


class TurnHitSerializer(serializers.Serializer):
    anchor = serializers.CharField(help_text="Fragment of the turn on the page, e.g. turn-3.")
    url = serializers.CharField(help_text="The document's address with the turn's fragment.")
    kind = serializers.CharField(help_text="statement, question or answer.")
    speaker = serializers.CharField(help_text="Who speaks (for a question: who asks).")
    role = serializers.CharField(help_text="The speaker's role that day; empty if none.")
    question = serializers.CharField(help_text="For an answer: the question; else empty.")
    question_anchor = serializers.CharField(help_text="The question's fragment; else empty.")
    snippet = serializers.CharField(help_text="HTML: the words, matches in <mark>.")


class SearchHitSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="<translation key>:<language>, as /api/documents/.")
    url = serializers.CharField()
    title = serializers.CharField()
    kind = serializers.CharField(help_text="Kind slug.")
    kind_name = serializers.CharField()
    language = serializers.CharField()
    site = serializers.CharField(help_text="Host name of the publishing site.")
    site_name = serializers.CharField()
    published_at = serializers.DateTimeField(help_text="In the site's time zone, with offset.")
    snippet = serializers.CharField(help_text="HTML: the best passage, matches in <mark>.")
    turns = TurnHitSerializer(many=True, help_text="Matching transcript turns (at most 3).")


class FacetValueSerializer(serializers.Serializer):
    value = serializers.CharField(help_text="The filter's value for this choice.")
    label = serializers.CharField()
    count = serializers.IntegerField(help_text="Documents found with it, under these filters.")


class SearchAnswerSerializer(serializers.Serializer):
    query = serializers.CharField()
    count = serializers.IntegerField()
    page = serializers.IntegerField()
    pages = serializers.IntegerField()
    results = SearchHitSerializer(many=True)
    facets = serializers.DictField(
        child=FacetValueSerializer(many=True),
        help_text="By facet (kind, site, language, person, organisation, year): the most "
        "frequent values under the current filters.",
    )


@extend_schema(tags=["search"])
class SearchView(APIView):
    """Full text over every public document and transcript turn: words (stemmed per
    language), "phrases", speaker:"Name"; relevance or newest first; facets with counts."""

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, description='Words, "a phrase", speaker:"Name".'),
            OpenApiParameter("sort", str, enum=["relevance", "date"]),
            *(
                OpenApiParameter(
                    name,
                    int if name == "year" else str,
                    description=FACET_HELP[name],
                    enum=[code for code, _ in SearchForm.base_fields["language"].choices]
                    if name == "language"
                    else None,
                )
                for name in FILTERS
            ),
            OpenApiParameter("page", int, description="From 1; 20 results a page."),
        ],
        responses={
            200: SearchAnswerSerializer,
            400: OpenApiResponse(
                OpenApiTypes.OBJECT, description="A parameter is invalid: {parameter: [messages]}."
            ),
        },
    )
    def get(self, request):
        form = SearchForm(request.query_params)
        results = SiteSearch(request, form, home=None)
        if not form.is_valid():
            return Response(form.errors, status=400)
        return Response(
            {
                "query": results.text,
                "count": results.search.count,
                "page": results.page_number,
                "pages": results.pages["last"],
                "results": [hit_data(hit) for hit in results.hits],
                "facets": {
                    name: [
                        {"value": o["value"], "label": o["label"], "count": o["count"]}
                        for o in options
                    ]
                    for name, options in results.facets
                },
            }
        )


def hit_data(hit):
    return {
        "id": record_id(hit["page"]),
        "url": hit["full_url"],
        "title": hit["title"],
        "kind": hit["kind_slug"],
        "kind_name": hit["kind"],
        "language": hit["language"],
        "site": hit["site_host"],
        "site_name": hit["site"],
        "published_at": hit["published_at"].isoformat(),
        "snippet": str(hit["snippet"]),
        "turns": [
            {
                "anchor": turn["anchor"],
                "url": turn["full_url"],
                "kind": turn["kind"],
                "speaker": turn["speaker"],
                "role": turn["role"],
                "question": turn["question"],
                "question_anchor": turn["question_anchor"],
                "snippet": str(turn["snippet"]),
            }
            for turn in hit["turns"]
        ],
    }
