"""From the bytes of a saved page to its text, or a clear reason why it cannot be read.

Plain text is taken as a crawler extracted it. HTML goes through trafilatura for the main
content; what trafilatura leaves out but the page states in its markup (title, publication
time, language versions, canonical address) comes along as hints.
"""

import codecs
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from .dates import PartialDate, find_dates
from .evidence import quoted
from .furniture import switcher_code

# The largest page read, in bytes (docs/importer.md): saved pages of ministries' sites run to
# a few hundred kilobytes, scripts included; a file far larger is an archive or a dump, and
# recognising it would hold the run for minutes.
MAX_PAGE_BYTES = 8 * 1024 * 1024


def size_refusal(size):
    """The reason a page of `size` bytes is refused, or None when it is small enough."""
    if size <= MAX_PAGE_BYTES:
        return None
    return f"too large: {size:,} bytes, and pages are read up to {MAX_PAGE_BYTES:,} bytes (8 MiB)"


class UnreadablePage(Exception):
    """The file is not a page the recogniser can read; `reason` says why."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Hints:
    """Facts the HTML markup gives outright, preferred to what the text suggests. `origins`
    says where each was read: field -> (rule, element, confidence), as evidence records it."""

    title: str | None = None
    published: PartialDate | None = None
    modified: PartialDate | None = None  # a last resort for the publication date
    languages_offered: list = field(default_factory=list)
    source_url: str | None = None
    # (text, element) of what the markup says the page is: JSON-LD @type, the section
    # (articleSection, article:section), the breadcrumb trail, deepest first.
    kind_labels: list = field(default_factory=list)
    authors: list = field(default_factory=list)  # (name, element) of the page's author
    place: str | None = None  # the text of an element the markup calls the place
    origins: dict = field(default_factory=dict)


@dataclass
class Source:
    text: str
    is_html: bool = False
    hints: Hints = field(default_factory=Hints)


_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old office document"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A comment's body never holds "-->", so runs of comments split one way only (`<!--.*?-->`
# could also span several, which made a head of comments not followed by <html> exponential).
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(r"<(?:body|div|p|article|section|span|a|h[1-6])\b[^>]*>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)


def read_source(data, name=""):
    """The page's text and hints; raises UnreadablePage with the reason it cannot be read."""
    size = len(data.encode("utf-8", "replace")) if isinstance(data, str) else len(data)
    too_large = size_refusal(size)
    if too_large:
        raise UnreadablePage(too_large)
    if isinstance(data, str):
        text = data
        looks_html = _looks_like_html(text.encode("utf-8", "replace")[:2048], name)
    else:
        if not data.strip():
            raise UnreadablePage("empty file")
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise UnreadablePage(f"binary file ({what})")
        looks_html = _looks_like_html(data[:2048], name)
        text = _decode(data, looks_html)
    if _CONTROL.search(text[:4096]) and len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise UnreadablePage("binary file (control characters in the text)")
    if "\x00" in text:
        raise UnreadablePage("binary file (NUL bytes in the text)")
    if not any(char.isalpha() for char in text):
        raise UnreadablePage("empty page (no words in it)")
    if looks_html:
        return _from_html(text)
    return Source(text)


def _looks_like_html(head, name):
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head.decode("utf-8", "replace"))) >= 3


def _decode(data, looks_html):
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadablePage(
                    f"wrong encoding: invalid {encoding} ({error.reason})"
                ) from None
    if data.count(b"\x00") > len(data) // 100:
        raise UnreadablePage("binary file (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            raise UnreadablePage(
                "truncated: the file ends in the middle of a UTF-8 character"
            ) from None
        declared = _META_CHARSET.search(data[:4096]) if looks_html else None
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise UnreadablePage(
            f"wrong encoding: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def _from_html(markup):
    lowered = markup.lower()
    if "<html" in lowered and "</html>" not in lowered and "</body>" not in lowered:
        raise UnreadablePage("truncated: the HTML has no closing </body> or </html>")
    import lxml.html

    try:
        tree = _parse(markup)
    except (ValueError, lxml.etree.ParserError) as error:
        raise UnreadablePage(f"unreadable HTML ({error})") from None
    depth = _depth(tree)
    if depth >= DEEPEST_PARSED:
        raise UnreadablePage(
            f"HTML nested too deep: elements {depth:,} levels deep, where the HTML parser stops "
            f"and drops the text below, so the page cannot be read whole"
        )
    hints = _hints(tree)
    whole = _whole_text(tree)
    # Trafilatura parses markup without huge_tree, losing text from depth 256 on; a deeper
    # page is handed to it parsed as here.
    if _teaser_list(tree):
        # A list of teasers (date, type, title, lead in an item each): the extractor runs
        # each item into one line, so the page's own lines are read.
        text = whole
    else:
        text = _main_text(markup if depth < DEFAULT_DEPTH_LIMIT else _parse(markup), whole)
        if text is not whole:
            text = _with_header_lines(text, whole, hints.title)
    if not text.strip():
        raise UnreadablePage("empty page (the HTML has no text)")
    _hints_from_page_text(hints, whole)
    return Source(text, is_html=True, hints=hints)


# libxml2 stops building the tree at this depth, with huge_tree (else at 256), and drops the
# text of everything deeper and after without an error: a page reaching it is refused.
DEEPEST_PARSED = 2048
DEFAULT_DEPTH_LIMIT = 255


def _parse(markup):
    import lxml.html

    return lxml.html.document_fromstring(markup, parser=lxml.html.HTMLParser(huge_tree=True))


def _depth(tree):
    """How deep the tree's elements nest, the root counted."""
    import lxml.etree

    depth = deepest = 0
    for event, _element in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


TEASER_ITEMS = 3  # dated items in one list make a news list
TEASER_CHARS = 600  # an item longer than this is a text, not a teaser


def _teaser_list(tree):
    """Whether the page lists news as teasers: a <ul> or <ol> with three or more items that
    each hold a date, or three or more blocks side by side (`<div class="post">`,
    `<article>`) each holding a heading and a date."""
    for listing in tree.iter("ul", "ol"):
        dated = 0
        for item in listing.iterchildren("li"):
            text = item.text_content()
            if len(text) <= TEASER_CHARS and find_dates(text):
                dated += 1
                if dated >= TEASER_ITEMS:
                    return True
    dated_blocks = Counter()
    for heading in tree.iter("h2", "h3", "h4"):
        block = heading.getparent()
        container = block.getparent() if block is not None else None
        if container is None or block.tag in {"body", "main"}:
            continue
        text = block.text_content()
        if len(text) <= TEASER_CHARS and find_dates(text):
            dated_blocks[container] += 1
            if dated_blocks[container] >= TEASER_ITEMS:
                return True
    return False


def _main_text(markup_or_tree, whole):
    """The main content as trafilatura extracts it; the whole page's text when the extractor
    finds too little (homepages and listings are mostly what it calls boilerplate)."""
    import trafilatura

    extracted = trafilatura.extract(
        markup_or_tree,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        deduplicate=False,
        with_metadata=False,
    )
    if not extracted or len(extracted) < 0.25 * len(whole):
        return whole
    return extracted


HEADER_REACH = 6  # lines around the title where a page prints its stamp
HEADER_LINE_CHARS = 120  # longer is a paragraph, not a stamp, a place or a section line


def _with_header_lines(text, whole, title):
    """The extracted text with the page's header lines put back by its title, in the page's
    order: the extractor drops the date printed over or under the heading (in a <time>, a
    <p class=date>, a byline or the breadcrumb area) as boilerplate, and with it the
    dateline and the stamp the text's rules read. Under the title the short lines beside a
    date go back too: the section and the place of a "Secretary General / 12 March 2026 /
    Lorvik" meta line."""
    from .furniture import split_lines

    extracted = split_lines(text)
    lines = split_lines(whole)
    if not title or title not in lines:
        return text
    at = lines.index(title)
    # The extractor prints a list's entries with a dash ("- 18 June 2026"): the same line.
    present = {line.lstrip("-•· ") for line in extracted}

    def missing_date(line):
        return line not in present and find_dates(line)

    above = [
        line
        for line in lines[max(0, at - HEADER_REACH) : at]
        if len(line) <= HEADER_LINE_CHARS and missing_date(line)
    ]
    header = []
    for line in lines[at + 1 : at + 1 + HEADER_REACH]:
        if len(line) > HEADER_LINE_CHARS:
            break  # the text has begun
        header.append(line)
    dated = [index for index, line in enumerate(header) if missing_date(line)]
    if not above and not dated:
        return text
    header = [
        line
        for index, line in enumerate(header)
        if line in present or any(abs(index - date_index) <= 1 for date_index in dated)
    ]
    if title not in extracted:
        return "\n".join([*above, *header, *extracted])
    at = extracted.index(title)
    after = extracted[at + 1 :]
    kept = 0  # the extracted header lines, replaced by the page's header in its order
    while kept < len(after) and after[kept] in header:
        kept += 1
    return "\n".join([*extracted[:at], *above, title, *header, *after[kept:]])


def _hints_from_page_text(hints, whole):
    """What the extractor drops as boilerplate but the page shows: the stamp by the title,
    the language switcher."""
    from .dates import stamp_line
    from .furniture import split_lines, switcher_codes

    lines = split_lines(whole)
    if not hints.languages_offered:
        switcher = next((line for line in lines if switcher_codes(line)), None)
        if switcher:
            hints.languages_offered = switcher_codes(switcher)
            hints.origins["languages_offered"] = ("the language switcher", quoted(switcher), 0.9)
    if hints.published is None and hints.title in lines:
        at = lines.index(hints.title)
        for line in lines[max(0, at - HEADER_REACH) : at + HEADER_REACH]:
            stamp = stamp_line(line)
            if stamp:
                hints.published = stamp
                hints.origins["published"] = ("a date line by the title", quoted(line), 0.8)
                break


_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
           "article", "header", "footer", "blockquote", "dd", "dt", "time", "ul", "ol"}  # fmt: skip


# An inline element holding the date ("<span class="news-date">") stands on a line of its
# own: a breadcrumb trail, a section's name or a place beside it is not part of the date.
_DATE_CLASS = re.compile(r"date|datum|fecha|дата", re.IGNORECASE)
_JOINED = re.compile(r"^\s*[-–—|]")


def _whole_text(tree):
    body = tree.find("body")
    root = body if body is not None else tree
    for element in root.iter("script", "style", "noscript", "template"):
        element.text = ""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if _DATE_CLASS.search(element.get("class", "")) and element.tag.lower() not in _BLOCKS:
            # A line of its own, unless a dash or a bar joins what follows ("12.03.2026 -
            # Title", read as a dated item).
            element.text = "\n" + (element.text or "")
            if not _JOINED.match(element.tail or ""):
                element.tail = "\n" + (element.tail or "")
            continue
        if element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() == "br":
                continue
            element.text = "\n" + (element.text or "")
    return root.text_content()


# Where the markup states a title, in the order preferred, with how far each is trusted: a
# page's <title> usually carries the site's name too.
_TITLE_SOURCES = (
    ("the page's first <h1>", "<h1>", 0.95),
    ("the page's og:title", '<meta property="og:title">', 0.9),
    ("JSON-LD headline", "JSON-LD headline", 0.9),
    ("JSON-LD name", "JSON-LD name", 0.8),
    ("the page's <title>", "<title>", 0.6),
)
# Where the markup states the publication time, in the order preferred.
_PUBLISHED_SOURCES = (
    ("article:published_time", '<meta property="article:published_time">', 0.95),
    ("og:published_time", '<meta property="og:published_time">', 0.9),
    ("JSON-LD datePublished", "JSON-LD datePublished", 0.9),
    ("microdata datePublished", '<… itemprop="datePublished">', 0.9),
    ("meta date", '<meta name="date">', 0.85),
    ("meta dc.date", '<meta name="dc.date">', 0.85),
    ("meta dcterms.issued", '<meta name="dcterms.issued">', 0.85),
    ("meta dcterms.created", '<meta name="dcterms.created">', 0.85),
    ("meta dcterms.date", '<meta name="dcterms.date">', 0.85),
    ("the article's <time datetime>", "<article> <time datetime>", 0.8),
    ("the first <time datetime>", "<time datetime>", 0.75),
)
# The last change, when nothing states the publication: often the same day, not always.
_MODIFIED_SOURCES = (
    ("article:modified_time", '<meta property="article:modified_time">', 0.5),
    ("JSON-LD dateModified", "JSON-LD dateModified", 0.5),
    ("og:updated_time", '<meta property="og:updated_time">', 0.5),
)
# schema.org types every article of a CMS carries, whatever its kind: they say nothing of it.
_GENERIC_TYPES = {"article", "newsarticle", "webpage", "blogposting", "creativework", "report",
                  "thing", "reportagenewsarticle", "analysisnewsarticle", "website",
                  "backgroundnewsarticle", "itempage", "collectionpage"}  # fmt: skip


def _hints(tree):
    hints = Hints()
    ld_objects = _json_ld_objects(tree)
    article = next(
        (found for found in ld_objects if "headline" in found or "datePublished" in found), {}
    )
    titles = (
        tree.xpath("string(//h1)"),
        _meta(tree, "og:title"),
        _json_ld_text(article.get("headline")),
        _json_ld_text(article.get("name")),
        tree.findtext(".//title") or "",
    )
    for text, (rule, element, confidence) in zip(titles, _TITLE_SOURCES, strict=True):
        title = " ".join(text.split())
        if title:
            hints.title = title
            hints.origins["title"] = (rule, element, confidence)
            break
    published = (
        _meta(tree, "article:published_time"),
        _meta(tree, "og:published_time"),
        _json_ld_text(article.get("datePublished")),
        _itemprop(tree, "datePublished"),
        _meta(tree, "date"),
        _meta(tree, "dc.date"),
        _meta(tree, "dcterms.issued"),
        _meta(tree, "dcterms.created"),
        _meta(tree, "dcterms.date"),
        tree.xpath("string(//article//time/@datetime)"),
        tree.xpath("string(//time/@datetime)"),
    )
    hints.published = _first_date(hints, "published", published, _PUBLISHED_SOURCES)
    modified = (
        _meta(tree, "article:modified_time"),
        _json_ld_text(article.get("dateModified")),
        _meta(tree, "og:updated_time"),
    )
    hints.modified = _first_date(hints, "modified", modified, _MODIFIED_SOURCES)
    hints.kind_labels = _kind_labels(tree, article, ld_objects)
    hints.authors = _authors(tree, article)
    hints.place = _marked_place(tree)
    codes = []
    for code in tree.xpath("//link[@rel='alternate']/@hreflang | //a/@hreflang"):
        normalised = switcher_code(code)
        if normalised and normalised not in codes:
            codes.append(normalised)
    hints.languages_offered = codes
    if codes:
        hints.origins["languages_offered"] = ("hreflang links", "<link>/<a hreflang>", 0.95)
    else:
        hints.languages_offered = _switcher_list(tree)
        if hints.languages_offered:
            hints.origins["languages_offered"] = ("a list of languages", "<ul>/<li>", 0.9)
        elif languages := _masthead_language_links(tree):
            hints.languages_offered = languages
            hints.origins["languages_offered"] = ("language links over the heading", "<a>", 0.85)
    canonical = tree.xpath("string(//link[@rel='canonical']/@href)") or _meta(tree, "og:url")
    hints.source_url = canonical.strip() or None
    return hints


SWITCHER_ENTRY_CHARS = 30


def _switcher_list(tree):
    """The codes of a language switcher laid out as a list, an entry an item ("Русский" /
    "English", "DE" / "EN"): the page text gives them a line each, too short to be read as
    one switcher line. Else []."""
    from .furniture import switcher_codes

    for listing in tree.iter("ul", "ol"):
        entries = [item.text_content().strip() for item in listing.iterchildren("li")]
        if len(entries) >= 2 and all(0 < len(entry) <= SWITCHER_ENTRY_CHARS for entry in entries):
            codes = switcher_codes(" | ".join(entries))
            if codes:
                return codes
    return []


# An element the markup names as the place ("read__place", "location", "dateline-place"),
# as head-of-state and news sites print the city beside the date.
_PLACE_XPATH = (
    "//*[self::p or self::span or self::div][contains(@class, 'place')"
    " or contains(@class, 'location') or contains(@class, 'city')]"
)
PLACE_CHARS = 40


def _marked_place(tree):
    """The text of the first short element whose class names it the place, else None."""
    for element in tree.xpath(_PLACE_XPATH):
        text = " ".join(element.text_content().split())
        if 0 < len(text) <= PLACE_CHARS and not any(char.isdigit() for char in text):
            return text
    return None


def _masthead_language_links(tree):
    """The codes of the links over the page's <h1> that are each a language ("DE" "EN",
    "English"), the first group of them sharing a parent: a masthead's switcher, even a
    lone link to the other version (the page's own language is added later). Else []."""
    from .furniture import switcher_code

    groups = {}
    for element in tree.iter():
        if element.tag == "h1":
            break
        if element.tag != "a":
            continue
        entry = " ".join(element.text_content().split())
        code = switcher_code(entry) if 0 < len(entry) <= SWITCHER_ENTRY_CHARS else None
        # Lower-case words ("en", "de") are prose; a switcher writes codes in capitals.
        if code and (entry.isupper() or len(entry) > 3):
            groups.setdefault(element.getparent(), []).append(code)
    else:
        return []  # no heading: no masthead to tell from the text
    for codes in groups.values():
        return list(dict.fromkeys(codes))
    return []


def _first_date(hints, key, stamps, sources):
    for stamp, (rule, element, confidence) in zip(stamps, sources, strict=True):
        found = find_dates(stamp or "")
        if found:
            hints.origins[key] = (rule, element, confidence)
            return found[0].date
    return None


def _kind_labels(tree, article, ld_objects):
    """What the markup calls the page, most specific first: the type label over its <h1>,
    its JSON-LD @type (unless one every article has), its section, then its breadcrumb
    trail from the deepest crumb up (the last crumb, the page's own title, left out)."""
    labels = []
    # A type label printed right over the heading ("Press Statement", "Press point").
    over_heading = " ".join(tree.xpath("string((//h1)[1]/preceding-sibling::*[1])").split())
    if over_heading and len(over_heading.split()) <= TYPE_LABEL_WORDS:
        labels.append((over_heading, "the label over the <h1>"))
    types = article.get("@type")
    for kind_type in types if isinstance(types, list) else [types]:
        if isinstance(kind_type, str) and kind_type.casefold() not in _GENERIC_TYPES:
            # "PressRelease" -> "Press Release", as a title would say it
            labels.append((_CAMEL_HUMPS.sub(" ", kind_type), "JSON-LD @type"))
    sections = article.get("articleSection")
    for section in sections if isinstance(sections, list) else [sections]:
        if _json_ld_text(section):
            labels.append((_json_ld_text(section), "JSON-LD articleSection"))
    if _meta(tree, "article:section"):
        labels.append((_meta(tree, "article:section"), '<meta property="article:section">'))
    og_type = _meta(tree, "og:type")
    if og_type and og_type.casefold().split(".")[0] not in _GENERIC_TYPES:
        labels.append((og_type, '<meta property="og:type">'))
    crumbs = _json_ld_breadcrumb(ld_objects)
    element = "JSON-LD BreadcrumbList"
    if not crumbs:
        crumbs = [" ".join(text.split()) for text in tree.xpath(_BREADCRUMB_XPATH)]
        crumbs = [crumb for crumb in crumbs if any(char.isalpha() for char in crumb)]
        element = "the breadcrumb trail"
    labels += [(crumb, element) for crumb in reversed(crumbs[:-1]) if crumb]
    return labels


TYPE_LABEL_WORDS = 4
_CAMEL_HUMPS = re.compile(r"(?<=[a-z])(?=[A-Z])")
_BREADCRUMB_XPATH = (
    "(//*[contains(translate(@class,'BREADCRUMB','breadcrumb'),'breadcrumb')"
    " or contains(translate(@aria-label,'BREADCRUMB','breadcrumb'),'breadcrumb')"
    " or contains(translate(@id,'BREADCRUMB','breadcrumb'),'breadcrumb')])[1]"
    "//*[self::a or self::span or self::li][not(*)]/text()"
)


def _json_ld_breadcrumb(ld_objects):
    for found in ld_objects:
        elements = found.get("itemListElement")
        if found.get("@type") == "BreadcrumbList" and isinstance(elements, list):
            names = []
            for element in elements:
                if not isinstance(element, dict):
                    continue
                item = element.get("item")
                name = element.get("name") or (item.get("name") if isinstance(item, dict) else "")
                names.append(" ".join(_json_ld_text(name).split()))
            return names
    return []


def _authors(tree, article):
    """(name, element) of each author the page names: JSON-LD's author (a Person, or a bare
    name), else <meta name="author">. Whether a name is a person's is for the caller."""
    authors = []
    given = article.get("author")
    for author in given if isinstance(given, list) else [given]:
        if isinstance(author, dict) and author.get("@type") in ("Person", ["Person"]):
            name = _json_ld_text(author.get("name"))
            if name:
                authors.append((name, "JSON-LD author (Person)"))
        elif _json_ld_text(author):
            authors.append((_json_ld_text(author), "JSON-LD author"))
    if not authors and _meta(tree, "author"):
        authors.append((_meta(tree, "author"), '<meta name="author">'))
    if not authors:
        # The byline element of a page without metadata for it ("article-meta__author-bureau",
        # "byline"): "Adrian Calder, Secretary of State".
        byline = " ".join(tree.xpath(_BYLINE_XPATH).split())
        if byline:
            authors.append((byline, "the byline element"))
    return authors


_BYLINE_XPATH = (
    "string((//*[contains(@class,'author') or contains(@class,'byline')]"
    "[not(self::meta) and not(self::a) and not(descendant::p)])[1])"
)


def _json_ld_objects(tree):
    """Every JSON-LD object of the page, in page order: top-level, in lists and in @graph
    (schema.org's NewsArticle, BreadcrumbList, WebPage…). Broken JSON-LD is common and
    skipped; the page's other markup still counts."""
    objects = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            found = json.loads(script.text or "")
        except ValueError:
            continue
        candidates = found if isinstance(found, list) else [found]
        while candidates:
            candidate = candidates.pop(0)
            if not isinstance(candidate, dict):
                continue
            objects.append(candidate)
            graph = candidate.get("@graph")
            candidates.extend(graph if isinstance(graph, list) else [])
    return objects


def _json_ld_text(value):
    return value.strip() if isinstance(value, str) else ""


def _itemprop(tree, name):
    values = tree.xpath("//*[@itemprop=$name]/@content | //*[@itemprop=$name]/@datetime",
                        name=name)  # fmt: skip
    return values[0].strip() if values else ""


def _meta(tree, name):
    values = tree.xpath(
        "//meta[translate(@property,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"
        "=$name or translate(@name,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"
        "=$name]/@content",
        name=name,
    )
    return values[0].strip() if values else ""
