"""A real browser for the tests where what a reader or an editor sees depends on one: Debian's
Chromium, headless, driven through Debian's ChromeDriver by Selenium (installed by
scripts/test; nothing is downloaded at run time)."""

import contextlib
import os
import shutil
import tempfile

import pytest

from tests.utils.served_demo import DOMAIN, serving

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def require_chromium():
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        if os.environ.get("CI"):
            pytest.fail("Chromium and ChromeDriver are missing: scripts/test installs them")
        pytest.skip("Chromium and ChromeDriver are not installed (scripts/test installs them)")


@contextlib.contextmanager
def chromium(*flags, console=False):
    require_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="legation-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    if console:
        # What the page's console says: a refused script or style is reported there.
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # This machine's network is closed: without the background-networking flags Chromium
    # keeps trying Google's hosts.
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024",
        f"--user-data-dir={profile}",
        *flags,
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def browser():
    with chromium() as driver:
        yield driver


@pytest.fixture(scope="session")
def public_server(served_demo):
    """The demo served with the production settings (its Content-Security-Policy included),
    over plain HTTP as the browser reaches it here, with no proxy in front."""
    require_chromium()
    with serving(served_demo, SECURE_SSL_REDIRECT="0", SECURE_COOKIES="0") as server:
        yield server


@pytest.fixture(scope="session")
def reader(public_server):
    """One browser for every page a reader sees: the sites' host names lead to the server."""
    with chromium(f"--host-resolver-rules=MAP *.{DOMAIN} 127.0.0.1", console=True) as driver:
        yield driver
