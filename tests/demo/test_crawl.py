"""The whole demo, crawled as a reader would: from every site's home in every language it
publishes, every internal link followed, every page checked as HTML a ministry would sign.

One test builds the demo and crawls it once (building takes most of a minute, crawling a few
more), then says everything it found wrong, grouped by what is wrong and where.
"""

import os
import re
from collections import defaultdict
from urllib.parse import urljoin, urlsplit

from django.core.management import call_command
from django.test import Client
from lxml import html
from wagtail.models import Site

from legation.core.languages import bcp47, site_languages

SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/static/")
# HTML's valid date, month, time-zone-offset datetime and time strings (no fractions here:
# the Nu checker accepts them, but seconds are what a publication stamp has).
VALID_DATETIME = re.compile(
    r"^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?$|^\d{2}:\d{2}(:\d{2})?$"
)
HEADING = re.compile(r"^h([1-6])$")


class Crawl:
    def __init__(self):
        self.problems = defaultdict(list)  # {what is wrong: [where]}
        self.pages = 0

    def run(self):
        for site in Site.objects.all():
            host = f"{site.hostname}:{site.port}"
            client = Client()
            languages = site_languages(site)
            queue = [f"/{code}/" for code in languages.codes]
            seen = set(queue)
            referrer = {}
            while queue:
                address = queue.pop(0)
                response = client.get(address, HTTP_HOST=host, SERVER_PORT=str(site.port))
                if response.status_code in (301, 302):
                    # Only the demo's own redirects (a language's address without the slash).
                    target = urlsplit(urljoin(address, response["Location"]))
                    address = target.path + (f"?{target.query}" if target.query else "")
                    response = client.get(address, HTTP_HOST=host, SERVER_PORT=str(site.port))
                if response.status_code != 200:
                    self.problems[f"answers {response.status_code}"].append(
                        f"{host}{address} (linked from {referrer.get(address)})"
                    )
                    continue
                if not response["Content-Type"].startswith("text/html"):
                    continue
                self.pages += 1
                content = (
                    b"".join(response.streaming_content) if response.streaming else response.content
                )
                document = html.fromstring(content)
                self.check_page(f"{host}{address}", address, document)
                for link in self.internal_links(document, host, address):
                    if link not in seen:
                        seen.add(link)
                        referrer[link] = address
                        queue.append(link)

    @staticmethod
    def internal_links(document, host, address):
        for element in document.xpath("//a[@href] | //link[@href]"):
            target = urlsplit(urljoin(f"http://{host}{address}", element.get("href")))
            if target.scheme not in ("http", "https") or target.netloc != host:
                continue
            if target.path.startswith(SKIPPED_PREFIXES):
                continue
            yield target.path + (f"?{target.query}" if target.query else "")

    def check_page(self, where, address, document):
        language = address.split("/")[1]
        if document.get("lang") != bcp47(language):
            self.problems["html lang is not the address's language"].append(where)
        headings = [
            int(HEADING.match(element.tag).group(1))
            for element in document.iter()
            if isinstance(element.tag, str) and HEADING.match(element.tag)
        ]
        if headings.count(1) != 1:
            self.problems["has not exactly one h1"].append(f"{where}: {headings.count(1)}")
        for before, after in zip([0, *headings], headings, strict=False):
            if after > before + 1:
                self.problems["skips a heading level"].append(f"{where}: h{before} to h{after}")
                break
        for element in document.xpath("//time[@datetime]"):
            if not VALID_DATETIME.match(element.get("datetime")):
                self.problems["time has an invalid datetime"].append(
                    f"{where}: {element.get('datetime')}"
                )
        for element in document.xpath("//*[@itemprop][not(ancestor-or-self::*[@itemscope])]"):
            self.problems["itemprop outside any item"].append(f"{where}: <{element.tag}>")
        for element in document.xpath("//a[@hreflang]"):
            if element.get("lang") and element.get("lang") != element.get("hreflang"):
                self.problems["a link's lang is not its hreflang"].append(where)


def build_demo():
    with open(os.devnull, "w") as quiet:
        call_command("demo", stdout=quiet)


def test_every_page_of_the_demo_in_every_language(db):
    build_demo()
    crawl = Crawl()
    crawl.run()

    assert crawl.pages > 300  # every home, archive, document, person and organisation page
    report = "\n".join(
        f"{what} ({len(where)}):\n  " + "\n  ".join(where[:30])
        for what, where in crawl.problems.items()
    )
    assert not crawl.problems, report
