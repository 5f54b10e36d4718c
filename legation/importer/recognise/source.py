"""From the bytes of a saved page to its text, or a clear reason why it cannot be read.

Plain text is taken as a crawler extracted it. HTML goes through trafilatura for the main
content; what trafilatura leaves out but the page states in its markup (title, publication
time, language versions, canonical address) comes along as hints.
"""

import codecs
import json
import re
from dataclasses import dataclass, field

from .dates import PartialDate, find_dates
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
    """Facts the HTML markup gives outright, preferred to what the text suggests."""

    title: str | None = None
    published: PartialDate | None = None
    languages_offered: list = field(default_factory=list)
    source_url: str | None = None


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
    text = _main_text(markup if depth < DEFAULT_DEPTH_LIMIT else _parse(markup), whole)
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


def _hints_from_page_text(hints, whole):
    """What the extractor drops as boilerplate but the page shows: the stamp by the title,
    the language switcher."""
    from .dates import whole_line_date
    from .furniture import split_lines, switcher_codes

    lines = split_lines(whole)
    if not hints.languages_offered:
        hints.languages_offered = next(filter(None, map(switcher_codes, lines)), None) or []
    if hints.published is None and hints.title in lines:
        at = lines.index(hints.title)
        for line in lines[max(0, at - HEADER_REACH) : at + HEADER_REACH]:
            stamp = whole_line_date(line)
            if stamp and stamp.year and stamp.day:
                hints.published = stamp
                break


_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
           "article", "header", "footer", "blockquote", "dd", "dt", "time", "ul", "ol"}  # fmt: skip


def _whole_text(tree):
    body = tree.find("body")
    root = body if body is not None else tree
    for element in root.iter("script", "style", "noscript", "template"):
        element.text = ""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() == "br":
                continue
            element.text = "\n" + (element.text or "")
    return root.text_content()


def _hints(tree):
    hints = Hints()
    article = _json_ld_article(tree)
    title = tree.xpath("string(//h1)").strip() or _meta(tree, "og:title")
    title = title or _json_ld_text(article.get("headline")) or _json_ld_text(article.get("name"))
    if not title:
        title = tree.findtext(".//title") or ""
    hints.title = " ".join(title.split()) or None
    for stamp in (
        _meta(tree, "article:published_time"),
        _meta(tree, "og:published_time"),
        _json_ld_text(article.get("datePublished")),
        _meta(tree, "date"),
        _meta(tree, "dc.date"),
        tree.xpath("string(//time/@datetime)"),
    ):
        found = find_dates(stamp or "")
        if found:
            hints.published = found[0].date
            break
    codes = []
    for code in tree.xpath("//link[@rel='alternate']/@hreflang | //a/@hreflang"):
        normalised = switcher_code(code)
        if normalised and normalised not in codes:
            codes.append(normalised)
    hints.languages_offered = codes
    canonical = tree.xpath("string(//link[@rel='canonical']/@href)") or _meta(tree, "og:url")
    hints.source_url = canonical.strip() or None
    return hints


def _json_ld_article(tree):
    """The first JSON-LD object that gives a headline or publication date (schema.org's
    NewsArticle, Article, WebPage…), top-level, in a list or in an @graph; {} if none."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            found = json.loads(script.text or "")
        except ValueError:
            continue  # broken JSON-LD is common; the page's other markup still counts
        candidates = found if isinstance(found, list) else [found]
        while candidates:
            candidate = candidates.pop(0)
            if not isinstance(candidate, dict):
                continue
            if "headline" in candidate or "datePublished" in candidate:
                return candidate
            graph = candidate.get("@graph")
            candidates.extend(graph if isinstance(graph, list) else [])
    return {}


def _json_ld_text(value):
    return value.strip() if isinstance(value, str) else ""


def _meta(tree, name):
    values = tree.xpath(
        "//meta[translate(@property,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"
        "=$name or translate(@name,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"
        "=$name]/@content",
        name=name,
    )
    return values[0].strip() if values else ""
