"""The JSON API as the probe suite reads it: every list with each filter, each probe's
document by its id in every language it has, its person and organisation by their slugs."""

from .world import MINISTRY_HOST


def api_addresses(world, probe):
    marker = probe.marker.lower()
    everything = "page_size=100"
    document_filters = [
        "",
        "kind=statement",
        "site=ministry.test",
        "language=en-gb",
        "language=ru-ru",
        "person=vera-anders",
        f"person=ada-{marker}",
        "organisation=council-of-nations",
        f"organisation={marker}-assembly",
        "published_after=2000-01-01&published_before=2100-01-01",
        "changed_since=2000-01-01",
    ]
    document_ids = [
        f"{page.translation_key}:{code}"
        for page in (probe.document, world.companion)
        for code in ("en-gb", "ru-ru")
    ]
    return [
        (MINISTRY_HOST, path)
        for path in (
            *(f"/api/documents/?{everything}&{query}".rstrip("&") for query in document_filters),
            *(f"/api/documents/{document_id}/" for document_id in document_ids),
            f"/api/people/?{everything}",
            f"/api/people/?{everything}&language=ru-ru",
            f"/api/people/ada-{marker}/",
            f"/api/people/ada-{marker}/?language=ru-ru",
            f"/api/organisations/?{everything}",
            f"/api/organisations/{marker}-assembly/",
        )
    ]
