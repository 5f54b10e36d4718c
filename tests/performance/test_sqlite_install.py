"""A SQLite install goes without PostgreSQL's driver: each app process is 7-9 MiB smaller for it
(Django REST framework imports django.contrib.postgres, and with it psycopg's bundled libpq and
OpenSSL, whenever psycopg can be imported; bench/README.md, "Pages side by side").

Each test runs a fresh interpreter in which the driver cannot be imported, as in an install
without the `postgres` extra (pyproject.toml)."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What `import psycopg` finds in an install without the extra: nothing (None in sys.modules
# makes import raise ModuleNotFoundError and importlib.util.find_spec answer None).
WITHOUT_DRIVER = """
import sys
for name in ("psycopg", "psycopg2", "psycopg_binary", "psycopg_c"):
    sys.modules[name] = None
"""

SERVE_PAGES = """
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
connection.creation.create_test_db(verbosity=0)
from tests.utils.builders import MINISTRY_HOST, add_document, make_kind, make_ministry
ministry, archive = make_ministry()
statement = add_document(archive, "Statement on moorings", make_kind("statement"))
for page in (ministry, archive, statement):
    response = Client().get(page.url, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200, (page.url, response.status_code)
print("served")
"""


def run_fresh(script, **environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_URL", "DJANGO_", "CACHE_URL"))
    }
    env.update(DJANGO_SETTINGS_MODULE="legation.settings.test", LOG_LEVEL="WARNING")
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_DRIVER + script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_sqlite_install_without_the_postgres_driver_serves_its_pages():
    done = run_fresh(SERVE_PAGES)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("served")


def test_postgresql_without_its_driver_is_refused_with_the_extra_to_install():
    done = run_fresh(
        "import django\ndjango.setup()\n",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/legation",
    )
    assert done.returncode != 0
    assert "ImproperlyConfigured" in done.stderr
    assert "legation[postgres]" in done.stderr


def test_the_driver_is_installed_only_with_the_postgres_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert not [name for name in project["dependencies"] if name.startswith("psycopg")]
    assert [name for name in project["optional-dependencies"]["postgres"] if "psycopg" in name]


def test_the_install_scripts_add_the_driver_where_the_database_is_postgresql():
    def extras(requested, database_url):
        shell = f'. scripts/_install.sh && extras_for_database "{requested}"'
        environment = {**os.environ, "DATABASE_URL": database_url}
        done = subprocess.run(
            ["sh", "-c", shell], cwd=ROOT, env=environment, capture_output=True, text=True
        )
        return done.stdout.strip()

    postgres = "postgres://postgres@127.0.0.1:5432/legation"
    assert extras("test", postgres) == "test,postgres"
    assert extras("", postgres) == "postgres"
    assert extras("test", "") == "test"
    assert extras("", "sqlite:///var/legation.sqlite3") == ""
