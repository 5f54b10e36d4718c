"""What the index finds: stemming per language, phrases, turns and their speakers."""

import pytest

from legation.search.query import Query
from legation.search.search import Scope, Search

pytestmark = pytest.mark.django_db


def found(text, **filters):
    return [hit.page.title for hit in Search(Query.parse(text), filters=filters).hits()]


def test_each_language_is_stemmed_as_itself(world):
    cases = [
        ("ship", "Statement on the shipping safety code"),  # shipping, ships
        ("правилам", "Заявление о правилах судоходства"),  # правилах, правила
        ("Hafen", "Erklärung zu den Häfen"),  # Häfen
        ("négociation", "Déclaration sur les négociations"),
        ("acuerdo", "Declaración sobre los acuerdos"),
        ("ACUERDO", "Declaración sobre los acuerdos"),
    ]
    for query, title in cases:
        assert found(query) == [title], query
    # A stem of one language does not reach into another: "правил" is only Russian.
    assert found("правила", language="en-gb") == []


def test_phrases_keep_their_order(world):
    assert found('"shipping safety code"') == ["Statement on the shipping safety code"]
    assert found('"code safety shipping"') == []
    assert found('"fisheries quota"') == [
        "Remarks and answers to media questions at a news conference"
    ]
    assert found('"quota fisheries"') == []
    # Unquoted, the words may be anywhere.
    assert found("quota fisheries") == [
        "Remarks and answers to media questions at a news conference"
    ]


def test_a_speaker_is_found_in_the_turns_they_spoke(world):
    hits = Search(Query.parse('speaker:"Vera Anders" quota')).hits()
    assert [hit.page.pk for hit in hits] == [world.conference.pk]
    turns = hits[0].turns
    assert [(t.turn.anchor, t.turn.speaker_name) for t in turns] == [("turn-3", "Vera Anders")]
    assert turns[0].turn.question == "What will happen to the fisheries quota next year?"
    assert turns[0].turn.question_anchor == "turn-2"
    assert "<mark>quota</mark>" in turns[0].snippet
    # Aldo Brennick spoke of the quota too, but not of fisheries; Vera Anders never of councils.
    assert found('speaker:"Aldo Brennick" fisheries') == []
    assert found('speaker:"Vera Anders" council') == []
    assert found('speaker:"Nobody Known"') == []


def test_a_speaker_is_the_person_named_and_the_words_are_those_spoken(world):
    # Another speaker whose name, and so whose address (slug), begins with Vera Anders's.
    from legation.search.indexing import IndexDocuments
    from tests.search.world import rich
    from tests.utils.builders import add_document, make_person

    holm = make_person("Vera Anders Holm", ("Deputy Spokesperson", None, None, None, False))
    briefing = add_document(
        world.ministry_archive,
        "Briefing by the deputy spokesperson",
        world.transcript_kind,
        body=[
            (
                "statement",
                {"speaker": holm, "text": rich("The quota is fixed, as Minister Brennick said.")},
            ),
            ("statement", {"speaker": world.aldo, "text": rich("Indeed: fixed for a year.")}),
        ],
    )
    IndexDocuments([briefing.translation_key]).execute()
    assert holm.slug.startswith(world.vera.slug)
    assert found('speaker:"Vera Anders" quota') == [world.conference.title]
    assert found('speaker:"Vera Anders Holm" quota') == [briefing.title]
    # A speaker's name is whom they are, not words they spoke: Aldo Brennick never says his.
    assert found('speaker:"Aldo Brennick" brennick') == []
    assert found('speaker:"Vera Anders Holm" brennick') == [briefing.title]
    assert found('speaker:"Aldo Brennick" fixed') == [briefing.title]


def test_facets_count_what_each_value_would_find(world):
    # "harbour": the conference (Harbour Radio asks) and the embassy's festival notice.
    search = Search(Query.parse("harbour"))
    facets = search.facets()
    assert search.count == 2
    assert dict(facets["kind"]) == {"transcript": 1, "press_release": 1}
    assert dict(facets["year"]) == {2026: 1, 2025: 1}
    assert dict(facets["language"]) == {"en-gb": 2}
    assert dict(facets["site"]) == {
        str(world.ministry.translation_key): 1,
        str(world.mission.translation_key): 1,
    }
    assert dict(facets["person"]) == {"vera-anders": 1, "aldo-brennick": 1}
    assert dict(facets["organisation"]) == {"council-of-nations": 1}

    narrowed = Search(Query.parse("harbour"), filters={"kind": "transcript"})
    assert narrowed.count == 1
    assert dict(narrowed.facets()["year"]) == {2026: 1}
    assert found("harbour", person="vera-anders", year="2026") == [world.conference.title]
    assert found("harbour", organisation="council-of-nations", kind="press_release") == []


def test_a_mission_searches_its_own_site(world):
    search = Search(Query.parse("harbour"), scope=Scope([world.mission.translation_key]))
    assert [hit.page.title for hit in search.hits()] == [world.mission_note.title]


def test_relevance_puts_the_title_first_and_date_the_newest(world):
    # "harbour" is in the notice's title and body, once in the conference's body.
    assert found("harbour") == [world.mission_note.title, world.conference.title]
    newest = [hit.page.title for hit in Search(Query.parse("harbour"), sort="date").hits()]
    assert newest == [world.conference.title, world.mission_note.title]


def test_words_together_rank_the_title_first(world):
    # Both words are in the notice (harbour in its title) and in the conference's body; on
    # PostgreSQL they are ranked word by word, not by how near they stand (backends.py).
    assert found("the harbour") == [world.mission_note.title, world.conference.title]
    assert found('"the harbour"') == [world.mission_note.title]


def test_a_later_page_has_the_hits_after_the_first_and_the_same_counts(world):
    # The page of hits and the facets come from one pass over the matches, at the page's offset.
    first = Search(Query.parse("harbour"))
    second = Search(Query.parse("harbour"), offset=1)
    assert [hit.page.title for hit in second.hits()] == [world.conference.title]
    assert [hit.page.title for hit in first.hits()] == [
        world.mission_note.title,
        world.conference.title,
    ]
    assert second.count == first.count == 2
    assert second.facets() == first.facets()


def test_a_tag_is_counted_once_a_document_is_indexed_again(world):
    # The tags a facet counts are copied onto the document's row when it is indexed.
    from legation.search.indexing import IndexDocuments

    IndexDocuments([world.conference.translation_key]).execute()
    facets = Search(Query.parse("harbour")).facets()
    assert dict(facets["person"]) == {"vera-anders": 1, "aldo-brennick": 1}
    assert dict(facets["organisation"]) == {"council-of-nations": 1}


def test_a_full_reindex_keeps_the_cells_and_tag_sets_of_what_it_indexed_and_no_other(world):
    # The facets are counted by cell (kind, site, language, year) and by tag set, tables that
    # only grow as documents are indexed one by one; a full reindex leaves what it indexed.
    import uuid

    from django.db import connection

    from legation.search.indexing import RebuildIndex
    from legation.search.models import SearchDocument

    world.mission_note.unpublish()  # the only press release, and the only untagged document
    RebuildIndex().execute()
    documents = SearchDocument.objects.all()
    with connection.cursor() as cursor:
        cursor.execute("SELECT kind, site_key, language, year FROM search_cell")
        cells = {(kind, uuid.UUID(str(key)), *rest) for kind, key, *rest in cursor.fetchall()}
        cursor.execute("SELECT COUNT(*) FROM search_tagset")
        (tag_sets,) = cursor.fetchone()
    assert cells == set(documents.values_list("kind", "site_key", "language", "year"))
    assert "press_release" not in {kind for kind, *_rest in cells}
    assert tag_sets == len(
        {tuple(values) for values in documents.values_list("tag_values", flat=True)}
    )
    facets = Search(Query.parse("harbour")).facets()
    assert dict(facets["kind"]) == {"transcript": 1}
    assert dict(facets["person"]) == {"vera-anders": 1, "aldo-brennick": 1}
