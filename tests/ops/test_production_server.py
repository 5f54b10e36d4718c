"""The production configuration, started as the README says (`legation serve_production`, a
real server process on a copy of the demo), crawled through the HTTPS proxy it trusts."""

import http.cookies
import json
import re
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from tests.utils.crawl import ORIGINS, PROXY, is_html, parse
from tests.utils.served_demo import (
    ADMIN_PASSWORD,
    HOSTS,
    LEGATION,
    production_environment,
    serving,
)

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(scope="module")
def server(served_demo):
    with serving(served_demo, TRUSTED_PROXY="127.0.0.1", CSRF_TRUSTED_ORIGINS=ORIGINS) as running:
        yield running


def documented_environment():
    """The example environment of the README's operator section, as an operator copies it."""
    text = README.read_text()
    block = text.split("<!-- production environment -->", 1)[1].split("```", 2)[1]
    return dict(line.split("=", 1) for line in block.splitlines() if "=" in line and line[0] != "#")


def test_the_crawl_reaches_every_site_and_no_page_fails(demo_crawl):
    failing = {
        f"https://{host}{path}": status for (host, path), (status, _, _) in demo_crawl.items()
    }
    server_errors = {address: status for address, status in failing.items() if status >= 500}
    assert not server_errors
    pages = [key for key, (status, headers, _) in demo_crawl.items() if status == 200]
    assert {host for host, _ in pages} == set(HOSTS.values())
    # Every site's home and archive in every language, documents, people, organisations.
    assert len(pages) > 100
    print(f"crawled {len(demo_crawl)} addresses, {len(pages)} answered 200")


def test_static_files_are_served_with_their_hashed_names(demo_crawl):
    assets = {
        f"https://{host}{path}": status
        for (host, path), (status, _, _) in demo_crawl.items()
        if path.startswith("/static/")
    }
    # collectstatic's names carry the file's hash, so that a CDN may keep them for ever.
    assert any(re.search(r"/static/core/legation\.[0-9a-f]{12}\.css$", a) for a in assets)
    assert {address: status for address, status in assets.items() if status != 200} == {}


def test_every_page_sends_the_security_headers_and_meets_its_policy(demo_crawl):
    html_pages = {
        (host, path): (headers, body)
        for (host, path), (status, headers, body) in demo_crawl.items()
        if is_html(headers)
    }
    assert html_pages
    for (host, path), (headers, body) in html_pages.items():
        where = f"https://{host}{path}"
        policy = headers.get("Content-Security-Policy", "")
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, where
        assert "default-src 'self'" in policy and "object-src 'none'" in policy, where
        assert "camera=()" in headers.get("Permissions-Policy", ""), where
        assert headers.get("Strict-Transport-Security", "").startswith("max-age=31536000"), where
        assert headers.get("X-Content-Type-Options") == "nosniff", where
        assert headers.get("Referrer-Policy") == "same-origin", where
        # What the policy would refuse: the page needs none of it.
        assert parse(body).inline == [], where


def test_plain_http_is_sent_to_https_and_the_health_check_answers_on_it(server):
    status, headers, _ = server.request("GET", "/en-gb/", host=HOSTS[8001])
    assert status == 301
    assert headers["Location"] == f"https://{HOSTS[8001]}/en-gb/"
    status, headers, body = server.request("GET", "/healthz", host="127.0.0.1")
    assert status == 200
    assert json.loads(body) == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in headers["Cache-Control"]


def log_in(server, host):
    """The admin's login form as a browser behind the proxy fills it in: GET, then POST with
    the form's token, the CSRF cookie and the browser's https Origin."""
    status, headers, body = server.request("GET", "/admin/login/", host=host, headers=PROXY)
    assert status == 200, status
    cookie = http.cookies.SimpleCookie(headers["Set-Cookie"])["csrftoken"]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": "admin", "password": ADMIN_PASSWORD}
    )
    return server.request(
        "POST",
        "/admin/login/",
        host=host,
        body=form,
        headers={
            **PROXY,
            "Origin": f"https://{host}",
            "Referer": f"https://{host}/admin/login/",
            "Cookie": f"csrftoken={cookie.value}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )


def test_an_editor_logs_in_through_the_https_proxy_and_gets_the_media(server, served_demo):
    status, headers, _ = log_in(server, HOSTS[8000])
    assert status == 302, status
    assert headers["Location"] == "/admin/"
    session = http.cookies.SimpleCookie(headers["Set-Cookie"])["sessionid"]
    assert session["secure"] and session["httponly"]
    # The demo's images belong to documents that are not public yet: served under /media/
    # to the editor, and to no reader.
    image = next((served_demo.data_dir / "media" / "original_images").iterdir())
    address = f"/media/original_images/{image.name}"
    as_editor = {**PROXY, "Cookie": f"sessionid={session.value}"}
    status, headers, body = server.request("GET", address, host=HOSTS[8000], headers=as_editor)
    assert status == 200 and body == image.read_bytes()
    assert server.request("GET", address, host=HOSTS[8000], headers=PROXY)[0] == 404


def test_without_a_trusted_proxy_the_forwarded_scheme_is_not_believed(served_demo):
    """A reader who sends X-Forwarded-Proto himself is not taken for an https request: the
    header counts only from TRUSTED_PROXY."""
    with serving(served_demo, CSRF_TRUSTED_ORIGINS=ORIGINS) as untrusting:
        status, headers, _ = untrusting.request(
            "GET", "/admin/login/", host=HOSTS[8000], headers=PROXY
        )
    assert status == 301
    assert headers["Location"] == f"https://{HOSTS[8000]}/admin/login/"


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_the_production_command_refuses_to_start_without(missing, tmp_path):
    env = production_environment(tmp_path)
    del env[missing]
    done = subprocess.run(
        [str(LEGATION), "serve_production"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert f"legation: {missing} is not set" in done.stderr
    assert "Traceback" not in done.stderr


def test_check_deploy_is_clean_with_the_documented_settings(served_demo):
    documented = documented_environment()
    assert {"SECRET_KEY", "ALLOWED_HOSTS", "TRUSTED_PROXY", "CSRF_TRUSTED_ORIGINS"} <= set(
        documented
    )
    # On the demo's migrated database (the README's is an example); the README's key is a
    # placeholder, where an operator puts a long random one.
    ours = served_demo.environment()
    env = {**ours, **documented, "SECRET_KEY": ours["SECRET_KEY"]}
    env["LEGATION_DATA_DIR"] = ours["LEGATION_DATA_DIR"]
    if "DATABASE_URL" in ours:
        env["DATABASE_URL"] = ours["DATABASE_URL"]
    else:
        del env["DATABASE_URL"]
    done = subprocess.run(
        [str(LEGATION), "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout
