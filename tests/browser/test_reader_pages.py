"""Every kind of page a reader meets, in every language its site publishes, as Chromium shows
it with the production settings: accessible (axe-core, WCAG 2.2 AA), valid (the Nu HTML
Checker), reachable with the keyboard alone, printable with its address and stamp, and in the
ministry's own look. Screenshots of each page type at a desktop and a phone width are kept under
var/artefacts/screenshots/ for CI.

The pages are chosen from the demo's crawl (tests/utils/crawl.py, made once per run): the first
address of each type in each language of each site."""

import base64
import json
import re
import subprocess
import urllib.parse
from pathlib import Path

import pytest
from lxml import html
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from legation.demo.sites import MINISTRY, MISSIONS
from tests.utils.crawl import is_html, language_of, parse
from tests.utils.served_demo import HOSTS

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules/axe-core/axe.min.js"
VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
SCREENSHOTS = ROOT / "var/artefacts/screenshots"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags its rules.
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = {"desktop": (1280, 1024), "phone": (390, 844)}
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: "tag", values: arguments[0]}, resultTypes: ["violations"]})
  .then(result => done(result.violations.map(v => ({
    rule: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary)}))))
  .catch(error => done([{rule: "axe failed", help: String(error), nodes: []}]));
"""
FOCUS_STYLE = """
const style = getComputedStyle(document.activeElement);
return [style.outlineStyle, parseFloat(style.outlineWidth)];
"""


def require(path):
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: run `npm ci` (scripts/test does)")


def search_address(language):
    """The search page asked for the republic's name, as the ministry's title spells it in
    the page's language (no link leads there: readers type into its form)."""
    word = MINISTRY["titles"][language].split()[-1]
    return f"/{language}/search/?q={urllib.parse.quote(word)}"


def page_type(path, body):
    """What kind of page a crawled address is, by its body's class and its address."""
    body_class = parse(body).body_class or ""
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query)
    if "parallel" in query:
        return "parallel view"
    if body_class.startswith("document "):
        return body_class.split("--", 1)[1].replace("_", " ")
    if body_class == "archive":
        if "page" in query:
            return "archive, page 2"
        return f"archive by {next(iter(query))}" if query else "archive"
    return {"home home--ministry": "ministry home", "home home--mission": "mission home"}.get(
        body_class, body_class
    )


@pytest.fixture(scope="module")
def audited_pages(demo_crawl):
    """{(host, language, type): path}: the first address of each type in each language of each
    site, from what the crawl found (404s, the withdrawn notice and the password form too),
    and each site's search page in each of its languages."""
    chosen = {}
    for (host, path), (status, headers, body) in sorted(demo_crawl.items()):
        if status in {200, 404, 410} and is_html(headers) and language_of(path):
            chosen.setdefault((host, language_of(path), page_type(path, body)), path)
    for host, language in sorted({(host, language) for host, language, _ in chosen}):
        chosen[host, language, "search"] = search_address(language)
    types = {kind for _, _, kind in chosen}
    # Each the issue names: if the demo stops publishing one, this says so.
    expected = {"ministry home", "mission home", "archive", "archive by kind", "archive by person"}
    expected |= {"archive by organisation", "transcript", "briefing", "parallel view", "person"}
    expected |= {"organisation", "not-found", "withdrawn", "password-required"}
    assert expected <= types, f"the demo has no {sorted(expected - types)}"
    languages = {(host, language) for host, language, _ in chosen}
    assert len(languages) == 9  # the ministry's five, London's two, Buenos Aires's two
    return chosen


def url(server, host, path):
    return f"http://{host}:{server.port}{path}"


def viewport(driver, name):
    """The page's own width in CSS pixels, as a desktop or a phone shows it (the window's
    frame and scroll bar left out)."""
    width, height = WIDTHS[name]
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": name == "phone"},
    )


def run_axe(driver):
    return driver.execute_async_script(RUN_AXE, WCAG_22_AA)


def screenshot(driver, name):
    """The whole page, beyond the window's height, as CI keeps it."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}
    )
    (SCREENSHOTS / f"{name}.png").write_bytes(base64.b64decode(shot["data"]))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def one_of_each_type(audited_pages):
    """{type: (host, path)}: one page of each type, in English on the ministry's site (or
    London's) where there is one, so that the pictures compare."""
    preferred = sorted(
        audited_pages.items(),
        key=lambda item: (item[0][1] != "en-gb", [*HOSTS.values()].index(item[0][0])),
    )
    chosen = {}
    for (host, _, kind), path in preferred:
        chosen.setdefault(kind, (host, path))
    return chosen


def test_every_page_type_in_every_language_has_no_axe_violation(
    reader, public_server, audited_pages, record_property
):
    require(AXE)
    # axe-core in every page the browser opens from now on, before the page's own scripts
    # (the DevTools protocol's scripts are not the page's: its policy does not refuse them).
    axe = reader.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument", {"source": AXE.read_text()}
    )
    types = one_of_each_type(audited_pages)
    # Every page at the desktop width; at the phone width (where the layout and the targets'
    # sizes change) one page of each type. Each type photographed at both.
    views = [("desktop", host, path) for (host, _, _), path in audited_pages.items()]
    views += [("phone", host, path) for host, path in types.values()]
    photographed = {address: kind for kind, address in types.items()}
    violations = {}
    try:
        shown_at = None
        for width_name, host, path in views:
            if width_name != shown_at:
                viewport(reader, width_name)
                shown_at = width_name
            reader.get(url(public_server, host, path))
            where = f"{host}{path} at {WIDTHS[width_name][0]}px"
            for violation in run_axe(reader):
                nodes = violation["nodes"]
                violations.setdefault(where, []).append(
                    f"{violation['rule']} ({violation['impact']}): {violation['help']}; "
                    f"{len(nodes)} elements, the first {nodes[0][:240] if nodes else None}"
                )
            # WCAG 1.4.10: the text reflows to the width, nothing to scroll sideways to.
            overflow = reader.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth"
            )
            if overflow > 0:
                violations.setdefault(where, []).append(f"scrolls {overflow}px sideways")
            if (host, path) in photographed:
                kind = slug(photographed[host, path])
                screenshot(reader, f"{kind}-{WIDTHS[width_name][0]}")
    finally:
        reader.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", axe)
    count = sum(len(found) for found in violations.values())
    summary = (
        f"axe-core {json.loads((AXE.parent / 'package.json').read_text())['version']} "
        f"({', '.join(WCAG_22_AA)}): {len(views)} page views ({len(audited_pages)} pages at "
        f"1280px, {len(types)} page types also at 390px), {count} violations"
    )
    record_property("page audit", summary)
    print(summary)
    assert not violations, "\n".join(
        f"{where}:\n  " + "\n  ".join(found) for where, found in violations.items()
    )


def test_every_crawled_page_is_valid_html_by_the_nu_checker(
    demo_crawl, public_server, audited_pages, tmp_path, record_property
):
    """Every HTML page of the crawl and every search page, as the production server served
    them, in one run of the checker (its Java start is most of the time)."""
    require(VNU)
    served = dict(demo_crawl)
    for (host, _, kind), path in audited_pages.items():
        if kind == "search":
            served[host, path] = public_server.request("GET", path, host=host)
    files = {}
    for (host, path), (status, headers, body) in sorted(served.items()):
        if status in {200, 404, 410} and is_html(headers) and body:
            file = tmp_path / f"{len(files):04d}.html"
            file.write_bytes(body)
            files[str(file)] = f"{host}{path}"
    done = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(done.stdout)["messages"]
    errors = [
        f"{files.get(urllib.parse.unquote(m.get('url', '')).removeprefix('file:'), m.get('url'))}"
        f" line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] in {"error", "non-document-error"}
    ]
    summary = f"Nu HTML Checker: {len(files)} pages, {len(errors)} errors"
    record_property("page audit", summary)
    print(summary)
    assert len(files) > 250
    assert not errors, "\n".join(errors[:50])


def tab_through(driver, limit=400):
    """Every element the Tab key focuses, from the top of the page until focus leaves the
    page's last one, each with its outline as the focused element shows it."""
    focused = []
    for _ in range(limit):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        element = driver.switch_to.active_element
        if element.tag_name == "body" or (focused and element == focused[0][0]):
            return focused
        focused.append((element, *driver.execute_script(FOCUS_STYLE)))
    raise AssertionError(f"Tab went on past {limit} elements")


def assert_reached_with_visible_focus(focused, expected, what):
    reached = {element: (style, width) for element, style, width in focused}
    missing = [
        element.get_attribute("outerHTML")[:120] for element in expected if element not in reached
    ]
    assert expected and not missing, f"Tab never reaches {what}: {missing}"
    unseen = [
        element.get_attribute("outerHTML")[:120]
        for element in expected
        if reached[element][0] == "none" or reached[element][1] < 2
    ]
    assert not unseen, f"{what} focused with no visible outline: {unseen}"


def first(audited_pages, kind, host=HOSTS[8000], language="en-gb"):
    return audited_pages[host, language, kind]


def test_the_keyboard_alone_reaches_the_switcher_the_filters_and_every_turn(
    reader, public_server, audited_pages
):
    viewport(reader, "desktop")
    reader.get(url(public_server, HOSTS[8000], first(audited_pages, "archive")))
    focused = tab_through(reader)
    switcher = reader.find_elements(By.CSS_SELECTOR, ".language-switcher a")
    assert len(switcher) == 4  # the ministry's other four languages
    assert_reached_with_visible_focus(focused, switcher, "the language switcher")
    filters = reader.find_elements(
        By.CSS_SELECTOR, ".archive-filters select, .archive-filters button"
    )
    assert [f.get_attribute("name") for f in filters[:-1]] == [
        "kind", "year", "month", "person", "organisation"
    ]  # fmt: skip
    assert_reached_with_visible_focus(focused, filters, "the archive's filters")

    for kind in ("transcript", "briefing"):
        reader.get(url(public_server, HOSTS[8000], first(audited_pages, kind)))
        turns = [t.get_attribute("id") for t in reader.find_elements(By.CSS_SELECTOR, ".turn[id]")]
        assert len(turns) > 5
        focused = tab_through(reader)
        own_links = {
            turn: reader.find_elements(By.CSS_SELECTOR, f'.turn[id="{turn}"] .turn__anchor')
            for turn in turns
        }
        assert all(own_links.values()), f"turns with no link of their own: {own_links}"
        links = [found[0] for found in own_links.values()]
        assert [link.get_attribute("hash") for link in links] == [f"#{turn}" for turn in turns]
        assert_reached_with_visible_focus(focused, links, f"every turn of the {kind}")
        # Enter on a turn's link goes to that turn, as a reader citing it would.
        last = next(element for element, _, _ in focused if element == links[-1])
        last.send_keys(Keys.ENTER)
        assert urllib.parse.urlsplit(reader.current_url).fragment == turns[-1]


def test_print_shows_the_pages_address_and_its_publication_stamp(
    reader, public_server, audited_pages
):
    viewport(reader, "desktop")
    for kind in ("statement", "transcript"):
        address = url(public_server, HOSTS[8000], first(audited_pages, kind))
        reader.get(address)
        stamp = reader.find_element(By.CSS_SELECTOR, ".document__stamp time")
        printed_address = reader.find_element(By.CSS_SELECTOR, ".print-address")
        assert not printed_address.is_displayed()  # on screen the address bar says it
        reader.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            assert printed_address.is_displayed() and printed_address.text == address
            assert stamp.is_displayed() and re.search(r"\d{4}", stamp.text), stamp.text
            for hidden in (".language-switcher", ".site-nav", ".document__parallel"):
                for element in reader.find_elements(By.CSS_SELECTOR, hidden):
                    assert not element.is_displayed(), f"{hidden} is printed"
        finally:
            reader.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def footer_details():
    """{host: what its footer says}: each demo site's address lines, telephone and e-mail."""
    return {
        HOSTS[site["port"]]: [*site["address"].splitlines(), site["phone"], site["email"]]
        for site in [MINISTRY, *MISSIONS]
    }


def test_every_page_type_has_the_emblem_favicon_footer_and_the_sites_look(
    reader, public_server, audited_pages, demo_crawl
):
    viewport(reader, "desktop")
    seen = set()
    for (host, _, kind), path in audited_pages.items():
        if (host, kind) in seen:
            continue
        seen.add((host, kind))
        # The search pages are not crawled: no link leads there.
        _, _, body = demo_crawl.get((host, path)) or public_server.request("GET", path, host=host)
        document = html.fromstring(body)
        where = f"{host}{path}"
        emblem = document.xpath('//header//a[@class="site-name"]/img/@src')
        assert emblem and emblem[0].endswith(".svg"), f"{where} has no emblem in its header"
        icon = document.xpath('//link[@rel="icon"]')
        assert icon and icon[0].get("type") == "image/svg+xml", f"{where} has no favicon"
        footer = " ".join(document.xpath('//footer[@class="site-footer"]//address//text()'))
        for detail in footer_details()[host]:
            assert detail in footer, f"{where}'s footer lacks {detail}"
    for host in HOSTS.values():
        home = "ministry home" if host == HOSTS[8000] else "mission home"
        _, headers, body = demo_crawl[host, first(audited_pages, home, host)]
        emblem_path = html.fromstring(body).xpath('//link[@rel="icon"]/@href')[0]
        status, icon_headers, svg = public_server.request("GET", emblem_path, host=host)
        assert status == 200 and icon_headers["Content-Type"] == "image/svg+xml"
        assert b"<title>" in svg  # the emblem is ours, with its name

    # A type scale, heading by heading, and form controls in the site's own look.
    reader.get(url(public_server, HOSTS[8000], first(audited_pages, "transcript")))
    sizes = reader.execute_script(
        "return ['main h1', 'main h2', '.turn__heading', '.turn__text p'].map(s => "
        "parseFloat(getComputedStyle(document.querySelector(s)).fontSize))"
    )
    # The title, then sections, then a turn's speaker no smaller than the text it heads.
    assert sizes[0] > sizes[1] > sizes[3] and sizes[2] >= sizes[3], sizes
    emblem = reader.find_element(By.CSS_SELECTOR, ".site-name__emblem")
    assert reader.execute_script("return arguments[0].naturalWidth", emblem) > 0
    reader.get(url(public_server, HOSTS[8000], first(audited_pages, "archive")))
    for control in reader.find_elements(By.CSS_SELECTOR, ".archive-filters select, button"):
        style = reader.execute_script(
            "const s = getComputedStyle(arguments[0]);"
            "return [s.borderRadius, s.fontFamily, arguments[0].getBoundingClientRect().height]",
            control,
        )
        assert style[0] == "4px" and "system-ui" in style[1] and style[2] >= 40, style
