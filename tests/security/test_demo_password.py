"""The demo's `admin` / `legation-demo` neither exists nor works under production settings."""

import io
import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from legation.demo.builder import ADMIN_USERNAME
from legation.demo.passwords import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_rule(settings):
    settings.LEGATION_DEMO_PASSWORD_ALLOWED = False


@pytest.fixture
def demo_without_content(monkeypatch):
    """The demo command with its minute of content building left out: the password is the test."""

    class NoContent:
        accounts = ()  # the role accounts are tested with the demo (tests/demo)

        def __init__(self, log):
            pass

        def build(self):
            pass

    monkeypatch.setattr("legation.demo.management.commands.demo.DemoBuilder", NoContent)
    monkeypatch.delenv("LEGATION_ADMIN_PASSWORD", raising=False)


def run_demo():
    out = io.StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


def printed_password(output):
    line = next(line for line in output.splitlines() if f"login {ADMIN_USERNAME} /" in line)
    return line.split("password ", 1)[1]


def admin_logs_in(client, password):
    response = client.post("/admin/login/", {"username": ADMIN_USERNAME, "password": password})
    return response.status_code == 302


def test_the_production_settings_refuse_the_demo_password():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "legation.settings.production",
        "SECRET_KEY": "a-production-secret-for-this-test",
        "ALLOWED_HOSTS": "ministry.example",
    }
    check = (
        "import django; django.setup();"
        "from legation.demo.passwords import demo_password_allowed;"
        "print(demo_password_allowed())"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], env=environment, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_under_production_the_demo_prints_a_strong_password_once(
    client, production_rule, demo_without_content
):
    password = printed_password(run_demo())

    assert password != DEMO_PASSWORD
    assert len(password) >= 20
    assert admin_logs_in(client, password)
    assert printed_password(run_demo()) == "(unchanged since it was set)"
    client.logout()
    assert admin_logs_in(client, password)


def test_under_production_a_chosen_password_is_checked_by_the_validators(
    client, production_rule, demo_without_content, monkeypatch
):
    monkeypatch.setenv("LEGATION_ADMIN_PASSWORD", "12345678")
    with pytest.raises(CommandError, match="too common") as refused:
        run_demo()
    assert "entirely numeric" in str(refused.value)
    assert not get_user_model().objects.filter(username=ADMIN_USERNAME).exists()

    monkeypatch.setenv("LEGATION_ADMIN_PASSWORD", "velmora-press-office-2026")
    assert printed_password(run_demo()) == "velmora-press-office-2026"
    assert admin_logs_in(client, "velmora-press-office-2026")


def test_a_database_built_in_dev_does_not_let_the_demo_password_in_under_production(
    client, settings, demo_without_content
):
    run_demo()  # in dev: admin / legation-demo
    assert admin_logs_in(client, DEMO_PASSWORD)
    client.logout()

    settings.LEGATION_DEMO_PASSWORD_ALLOWED = False
    response = client.post("/admin/login/", {"username": ADMIN_USERNAME, "password": DEMO_PASSWORD})
    assert response.status_code == 200
    assert "password didn&#x27;t match" in response.content.decode()

    new_password = printed_password(run_demo())  # the demo run there replaces it
    assert new_password != DEMO_PASSWORD
    assert admin_logs_in(client, new_password)


def test_any_account_with_the_demo_password_is_refused_under_production(client, production_rule):
    get_user_model().objects.create_user("london-editor", password=DEMO_PASSWORD, is_staff=True)
    response = client.post(
        "/admin/login/", {"username": "london-editor", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_in_dev_the_demo_keeps_its_known_password(client, settings, demo_without_content):
    settings.DEBUG = True
    del settings.LEGATION_DEMO_PASSWORD_ALLOWED  # the dev settings do not set it
    assert printed_password(run_demo()) == DEMO_PASSWORD
    assert admin_logs_in(client, DEMO_PASSWORD)
