"""A crawl of every site of a served demo (tests/utils/served_demo.py), as a reader's browser
would follow its links, through the proxy's headers."""

import concurrent.futures
import fcntl
import html.parser
import pickle
import re
import urllib.parse

from tests.utils.served_demo import HOSTS, serving

PROXY = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"}
ORIGINS = ",".join(f"https://{host}" for host in HOSTS.values())
# The demo's documents that no public page links to (legation/demo).
UNLINKED_DOCUMENTS = ("withdrawn-press-release", "staff-briefing-note")
# A page's query variants (filters, pages of the archive) the crawl follows, per address.
QUERY_VARIANTS = 3


class Links(html.parser.HTMLParser):
    """A page's links, the files it loads, and what a strict Content-Security-Policy refuses
    (inline scripts, style elements and attributes, event-handler attributes)."""

    def __init__(self):
        super().__init__()
        self.pages, self.assets, self.inline = [], [], []
        self.body_class = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body":
            self.body_class = attrs.get("class") or ""
        if tag == "a" and attrs.get("href"):
            self.pages.append(attrs["href"])
        elif tag in {"img", "script"} and attrs.get("src"):
            self.assets.append(attrs["src"])
        elif tag == "link" and attrs.get("rel") in {"stylesheet", "icon"}:
            self.assets.append(attrs["href"])
        if tag == "script" and not attrs.get("src") and attrs.get("type") != "application/ld+json":
            self.inline.append("inline <script>")
        if "style" in attrs or tag == "style":
            self.inline.append(f"style on <{tag}>")
        if any(name.startswith("on") for name in attrs):
            self.inline.append(f"event handler on <{tag}>")


def parse(body):
    links = Links()
    links.feed(body.decode())
    return links


def internal(host, base, href):
    """The (host, path) an internal link goes to, or None for another site, the admin or
    another scheme."""
    address = urllib.parse.urlsplit(urllib.parse.urljoin(f"https://{host}{base}", href))
    if address.scheme != "https" or address.hostname not in HOSTS.values():
        return None
    if address.path.startswith(("/admin/", "/django-admin/")):
        return None
    return address.hostname, address.path + (f"?{address.query}" if address.query else "")


def is_html(headers):
    return headers.get("Content-Type", "").startswith("text/html")


def crawl(server, extra=(), threads=4):
    """Every address reachable from each site's root (and from `extra`, (host, path) pairs),
    with what it answered: {(host, path): (status, headers, body)}. Level by level, a few
    requests at a time, as several readers would."""
    answers, variants = {}, {}
    frontier = [*((host, "/") for host in HOSTS.values()), *extra]
    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        while frontier:
            batch = []
            for host, path in dict.fromkeys(frontier):
                if (host, path) in answers:
                    continue
                if "?" in path:
                    bare = host, path.split("?", 1)[0]
                    variants[bare] = variants.get(bare, 0) + 1
                    if variants[bare] > QUERY_VARIANTS:
                        continue
                batch.append((host, path))
            fetched = pool.map(
                lambda address: server.request("GET", address[1], host=address[0], headers=PROXY),
                batch,
            )
            frontier = []
            for (host, path), answer in zip(batch, fetched, strict=True):
                answers[host, path] = answer
                frontier += links_of(host, path, *answer)
    return answers


def links_of(host, path, status, headers, body):
    targets = []
    if status in {301, 302} and "Location" in headers:
        targets.append(internal(host, path, headers["Location"]))
    if is_html(headers):
        links = parse(body)
        targets += [internal(host, path, href) for href in links.pages + links.assets]
    return [target for target in targets if target]


def language_of(path):
    match = re.match(r"^/([a-z]{2}-[a-z]{2})/", path)
    return match and match.group(1)


def crawl_demo(server):
    """The whole demo, then what no link leads to: a missing page in each language of each
    site, and the demo's withdrawn (410) and password-protected documents."""
    answers = crawl(server)
    languages = sorted({(host, language_of(path)) for host, path in answers if language_of(path)})
    unlinked = [(host, f"/{language}/no-such-page/") for host, language in languages]
    unlinked += [(HOSTS[8000], f"/en-gb/news/{slug}/") for slug in UNLINKED_DOCUMENTS]
    answers.update(crawl(server, extra=unlinked))
    return answers


def shared_crawl(shared_dir, copy):
    """The demo's crawl, made once per run (by the first worker that asks) with the
    production configuration behind its proxy, and read by every test that needs it."""
    crawled = shared_dir / "served-demo-crawl.pickle"
    with open(shared_dir / "served-demo-crawl.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not crawled.exists():
            with serving(copy, TRUSTED_PROXY="127.0.0.1", CSRF_TRUSTED_ORIGINS=ORIGINS) as server:
                crawled.write_bytes(pickle.dumps(crawl_demo(server)))
    return pickle.loads(crawled.read_bytes())
