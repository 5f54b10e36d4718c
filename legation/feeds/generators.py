"""RSS 2.0 and Atom 1.0 documents, written by Django's feed generators (Rss201rev2Feed,
Atom1Feed) with what a press office's entry carries beyond their defaults: the entry's own
language, its kind and speakers as categories with a scheme, the speakers as contributors, and
the full text when the reader asks for it."""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"


def categories(entry):
    """(scheme, term, label): the kind under the archive's ?kind=, speakers under people/."""
    yield entry.kind_scheme, entry.kind.slug, entry.kind.name
    for person, _url in entry.speakers:
        yield entry.people_scheme, person.slug, person.name


class DocumentRssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE, "xmlns:content": CONTENT}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        entry = item["entry"]
        handler.addQuickElement("dc:language", entry.language)
        for scheme, term, _label in categories(entry):
            handler.addQuickElement("category", term, {"domain": scheme})
        for person, _url in entry.speakers:
            handler.addQuickElement("dc:contributor", person.name)
        if entry.content:
            handler.addQuickElement("content:encoded", entry.content)


class DocumentAtomFeed(Atom1Feed):
    def item_attributes(self, item):
        return {"xml:lang": item["entry"].language}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        entry = item["entry"]
        for scheme, term, label in categories(entry):
            handler.addQuickElement(
                "category", "", {"scheme": scheme, "term": term, "label": label}
            )
        for person, url in entry.speakers:
            handler.startElement("contributor", {})
            handler.addQuickElement("name", person.name)
            if url:
                handler.addQuickElement("uri", url)
            handler.endElement("contributor")
        if entry.content:
            handler.addQuickElement("content", entry.content, {"type": "html"})
