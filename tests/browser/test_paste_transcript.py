"""An editor pastes a news conference into an empty document, converts, saves and publishes it
in a real browser; the public page shows its turns with speakers, roles and "speaking after".

The editor's actions are counted (each click, typed field and paste, from the empty document's
form to the published page): the target is at most 15. docs/editing.md gives the path.
"""

import datetime
import html

import pytest
from django.contrib.auth import get_user_model
from django.core.servers.basehttp import WSGIServer
from django.test import testcases
from django.test.testcases import LiveServerThread
from pytest_django.live_server_helper import LiveServer
from selenium.common.exceptions import ElementClickInterceptedException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

from legation.directory.models import Person
from legation.documents.models import DocumentPage
from tests.utils.builders import (
    add_document,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
    paragraph,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
ACTION_TARGET = 15
TITLE = "News conference by Spokesperson Ilsa Marren on the river treaty"
# Fictional: Velmora's spokesperson and a deputy minister, journalists of fictional outlets.
TURNS = [
    "Ilsa Marren: Good afternoon. The Minister is back from the Harbourton talks on the river "
    "treaty, and I will take your questions.",
    "Question from Teo Brask, Velmora Daily (addressed to Ilsa Marren): When will the treaty be "
    "signed?",
    "Ilsa Marren: The text is agreed; the signing is planned for the spring.",
    "Question from Mira Solen, Harbour Radio (addressed to Ilsa Marren and Oren Vasker): Will the "
    "ferries run during the works?",
    "Ilsa Marren: They will, on a reduced timetable.",
    "Oren Vasker (speaking after Ilsa Marren): Let me add that the night ferry keeps its hours.",
    "Question from Teo Brask, Velmora Daily: Does the Ministry expect protests?",
    "Ilsa Marren: We expect questions, and we will answer them.",
    "(Laughter)",
    "Question from Ansel Kroy, Northern Gazette (addressed to Oren Vasker): Who pays for the new "
    "locks?",
    "Oren Vasker: Both states share the costs equally.",
]
# What a word processor puts on the clipboard beside the plain text.
WORD_HTML = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}'
    "</style></head><body>"
    + "".join(
        f'<p class="MsoNormal"><b>{html.escape(label)}:</b>{html.escape(rest)}<o:p></o:p></p>'
        if ":" in turn
        else f'<p class="MsoNormal"><i>{html.escape(turn)}</i></p>'
        for turn in TURNS
        for label, _, rest in [turn.partition(":")]
    )
    + "</body></html>"
)


class Editor:
    """The browser, counting what the editor does."""

    def __init__(self, browser):
        self.browser = browser
        self.actions = 0
        self.wait = WebDriverWait(browser, 20)

    def find(self, selector):
        found = self.wait.until(ready.element_to_be_clickable((By.CSS_SELECTOR, selector)))
        # Scrolled to the middle, clear of the editor's sticky footer (scrolling is no action).
        self.browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", found)
        return found

    def open(self, url):
        self.actions += 1
        self.browser.get(url)

    def click(self, selector):
        """As a reader would: scrolled to the middle of the window first, so that Wagtail's
        sticky header and footer never lie over the control."""
        self.actions += 1
        element = self.find(selector)
        self.browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        try:
            self.wait.until(ready.element_to_be_clickable(element)).click()
        except ElementClickInterceptedException:
            # A chooser's closing fade can still lie over the page on a loaded machine: the
            # same click, delivered to the control itself.
            self.browser.execute_script("arguments[0].click()", element)

    def type(self, selector, text):
        self.actions += 1
        self.find(selector).send_keys(text)

    def choose_snippet(self, field, text):
        """A chooser: its button, then the item in the pop-up (two actions)."""
        self.actions += 2
        button = (
            By.XPATH,
            f"//input[@id='{field}']/preceding-sibling::*[1]//button[@data-chooser-action-choose]",
        )
        self.wait.until(ready.element_to_be_clickable(button)).click()
        choice = (By.XPATH, f"//div[contains(@class, 'modal')]//a[normalize-space()='{text}']")
        self.wait.until(ready.element_to_be_clickable(choice)).click()
        self.wait.until(ready.invisibility_of_element_located((By.CSS_SELECTOR, ".modal")))

    def paste(self, selector, plain, markup):
        """One paste from the clipboard, with its text and HTML flavours (Selenium cannot
        write the system clipboard of a headless browser, so the event is dispatched)."""
        self.actions += 1
        self.browser.execute_script(
            """
            const [area, plain, markup] = arguments;
            const data = new DataTransfer();
            data.setData("text/plain", plain);
            data.setData("text/html", markup);
            area.focus();
            area.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true}));
            area.value = plain;
            """,
            self.find(selector),
            plain,
            markup,
        )

    def wait_for_text(self, selector, text):
        self.wait.until(ready.text_to_be_present_in_element((By.CSS_SELECTOR, selector), text))

    def wait_for_message(self, text):
        """The admin's message after a save; the form's errors if it was refused."""
        self.wait.until(
            lambda browser: text in self._text(".messages") or self._text(".error-message")
        )
        assert text in self._text(".messages"), self._text(".messages, .error-message")

    def _text(self, selector):
        # Read in one script, not element by element: the save navigates, and an element
        # found before the new page loaded is stale by the time its text is asked for.
        return self.browser.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0]),"
            " (found) => found.innerText).join(' ')",
            selector,
        )


class _OneRequestAtATimeServer(WSGIServer):
    """Django's live server answers requests in threads, which on SQLite's in-memory test
    database share one connection: the editor's pages and their background requests then
    fail with "database table is locked". Served one at a time, in the server's thread."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


class _OneRequestAtATimeThread(LiveServerThread):
    server_class = _OneRequestAtATimeServer


@pytest.fixture(scope="module")
def live_server(request, monkeypatch_module):
    monkeypatch_module.setattr(testcases, "LiveServerThread", _OneRequestAtATimeThread)
    server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture
def ministry_with_speakers():
    _home, archive = make_ministry()
    make_kind("transcript")
    ministry = make_organisation("Ministry of Foreign Affairs of Velmora")
    since = datetime.date(2024, 1, 1)
    make_person("Ilsa Marren", ("Spokesperson", ministry, since, None, False))
    make_person("Oren Vasker", ("Deputy Minister of Foreign Affairs", ministry, since, None, False))
    get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    return archive


def log_in(browser, live_server):
    browser.get(f"{live_server.url}/admin/login/")
    browser.find_element(By.NAME, "username").send_keys("editor")
    browser.find_element(By.NAME, "password").send_keys("pw")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 20).until(ready.url_to_be(f"{live_server.url}/admin/"))


def test_a_pasted_news_conference_is_published_with_its_turns(
    browser, live_server, ministry_with_speakers
):
    archive = ministry_with_speakers
    log_in(browser, live_server)
    editor = Editor(browser)

    editor.open(f"{live_server.url}/admin/pages/add/documents/documentpage/{archive.pk}/")
    editor.type("#id_title", TITLE)
    editor.choose_snippet("id_kind", "Transcript")
    editor.paste("[data-paste-text]", "\n".join(TURNS), WORD_HTML)
    editor.click("[data-paste-convert]")
    editor.wait_for_text("[data-paste-summary]", "Converted: 10 turns")
    summary = browser.find_element(By.CSS_SELECTOR, "[data-paste-summary]").text
    assert "Speakers matched: Ilsa Marren, Oren Vasker" in summary
    offered = browser.find_elements(By.CSS_SELECTOR, "input[name=paste-create]")
    assert [box.get_attribute("value") for box in offered] == ["Teo Brask", "Mira Solen",
                                                               "Ansel Kroy"]  # fmt: skip
    assert not Person.objects.filter(name="Teo Brask").exists()  # offered, not created
    editor.click("[data-paste-create]")
    editor.wait_for_text("[data-paste-summary]", "New people created: Teo Brask")
    editor.click("button.action-save")
    editor.wait_for_message(f"Page '{TITLE}'")
    editor.click("footer [data-w-dropdown-target=toggle], .footer [data-w-dropdown-target=toggle]")
    editor.click("button[name=action-publish]")
    editor.wait_for_message("published")

    print(f"\nactions from an empty document to published: {editor.actions}")
    assert editor.actions <= ACTION_TARGET

    document = DocumentPage.objects.get(title=TITLE)
    assert document.live
    browser.get(live_server.url + document.get_url_parts()[2])
    turns = browser.find_elements(By.CSS_SELECTOR, "section.turn")
    headings = [
        " ".join(turn.find_element(By.CSS_SELECTOR, ".turn__heading").text.split())
        for turn in turns
    ]
    assert len(turns) == 10
    assert headings[0] == "Ilsa Marren, Spokesperson, Ministry of Foreign Affairs of Velmora"
    assert headings[1] == "Question — Teo Brask, Velmora Daily — addressed to Ilsa Marren"
    assert "addressed to Ilsa Marren, Oren Vasker" in headings[3]
    assert headings[5].startswith("Oren Vasker, Deputy Minister of Foreign Affairs")
    assert headings[5].endswith("(speaking after Ilsa Marren)")
    assert headings[9].startswith("Oren Vasker")
    assert "(Laughter)" in browser.find_element(By.TAG_NAME, "main").text
    # Participants come from the turns: the journalists' pages list the conference.
    browser.get(f"{live_server.url}/en-gb/people/teo-brask/")
    assert TITLE in browser.find_element(By.TAG_NAME, "main").text


def test_undo_puts_back_the_body_as_it_was_before_the_conversion(
    browser, live_server, ministry_with_speakers
):
    archive = ministry_with_speakers
    document = add_document(
        archive,
        "Statement on the river treaty",
        make_kind("transcript"),
        body=[paragraph("The treaty text is agreed.")],
    )
    log_in(browser, live_server)
    editor = Editor(browser)
    editor.open(f"{live_server.url}/admin/pages/{document.pk}/edit/")
    editor.paste("[data-paste-text]", "\n".join(TURNS), WORD_HTML)
    editor.click("[data-paste-convert]")
    editor.wait_for_text("[data-paste-summary]", "Converted: 10 turns")
    body = browser.find_element(By.ID, "body-root")
    assert "The treaty text is agreed." not in body.text

    editor.click("[data-paste-undo]")
    editor.wait_for_text("#body-root", "The treaty text is agreed.")
    editor.click("button.action-save")
    editor.wait_for_message("has been updated")

    saved = DocumentPage.objects.get(pk=document.pk).get_latest_revision_as_object()
    assert [block.block_type for block in saved.body] == ["paragraph"]
