"""The demo, built once per test run, served by real server processes with the production
settings: what an operator runs, as the README says to run it.

The build (`legation migrate`, `legation demo`, `legation collectstatic`) takes a minute or
more, so it is made once for all pytest-xdist workers, under a lock, in the run's shared
temporary directory; each worker then serves its own copy (a copied SQLite file and media, or
a PostgreSQL database made from the built one as a template). The demo's sites live on
127.0.0.1 with one port each; here each gets its own host name under `legation.test`, as
sites do in production, and one server answers for all of them.
"""

import contextlib
import fcntl
import http.client
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

LEGATION = Path(sys.executable).with_name("legation")
DOMAIN = "legation.test"
# The demo's sites (legation/demo/sites.py), by their local port, and the host names they
# get here.
HOSTS = {8000: f"mfa.{DOMAIN}", 8001: f"london.{DOMAIN}", 8002: f"buenos-aires.{DOMAIN}"}
SECRET_KEY = secrets.token_urlsafe(50)
# The administrator's password the demo build is given (the demo's known one is refused under
# the production settings); the same in every worker, which log in to a copy of one build.
ADMIN_PASSWORD = "velmora-operator-test-7431"
RENAME_SITES = f"""
from wagtail.models import Site
hosts = {HOSTS!r}
for site in Site.objects.all():
    site.hostname, site.port = hosts[site.port], 443
    site.save()
"""


def base_database_url():
    return os.environ.get("DATABASE_URL", "")


def on_postgresql():
    return base_database_url().startswith("postgres")


def database_url(name):
    parts = urllib.parse.urlsplit(base_database_url())
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def postgres_admin():
    import psycopg  # the `postgres` extra: installed only where DATABASE_URL names PostgreSQL

    return psycopg.connect(database_url("postgres"), autocommit=True)


def recreate_database(name, template=None):
    with postgres_admin() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(
            f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
        )


def drop_database(name):
    with postgres_admin() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def database_name(suffix):
    """A database beside the run's own (CI drops every database whose name contains it)."""
    base = urllib.parse.urlsplit(base_database_url()).path.lstrip("/")
    return f"{base}_{suffix}"


def production_environment(data_dir, database=None, **overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST_", "DATABASE_URL", "LEGATION_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="legation.settings.production",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS=f".{DOMAIN},127.0.0.1",
        LEGATION_DATA_DIR=str(data_dir),
        CACHE_URL="locmem://",
        LOG_LEVEL="WARNING",
        LEGATION_ADMIN_PASSWORD=ADMIN_PASSWORD,
    )
    if database:
        env["DATABASE_URL"] = database_url(database)
    env.update(overrides)
    return env


def legation(*args, env, timeout=900):
    """Runs a `legation` command as an operator would, failing with what it printed."""
    done = subprocess.run(
        [str(LEGATION), *args], env=env, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode:
        raise AssertionError(
            f"legation {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
        )
    return done.stdout


@dataclass
class DemoCopy:
    """One copy of the built demo: its data directory and, on PostgreSQL, its database."""

    data_dir: Path
    database: str | None = None

    def environment(self, **overrides):
        return production_environment(self.data_dir, self.database, **overrides)

    def drop(self):
        if self.database:
            drop_database(self.database)


def shared_directory(tmp_path_factory):
    """The run's directory that pytest-xdist's workers share (the base temporary directory
    of a run without workers)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return tmp_path_factory.getbasetemp().parent
    return tmp_path_factory.getbasetemp()


def demo_copy(shared_dir, target, name):
    """A copy of the demo for one worker (or one test) to change as it likes; the demo is
    built in shared_dir by the first worker that asks, the others wait for it."""
    built = shared_dir / "served-demo"
    with open(shared_dir / "served-demo.lock", "w") as lock:
        # Copies are made under the lock too: PostgreSQL copies a template only while no one
        # else is connected to it.
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (built / "built").exists():
            build_demo(built)
        return copy_built_demo(built, target, name)


def build_demo(built):
    shutil.rmtree(built, ignore_errors=True)
    built.mkdir()
    database = database_name("served_demo") if on_postgresql() else None
    if database:
        recreate_database(database)
    env = production_environment(built, database)
    legation("migrate", "--noinput", "-v", "0", env=env)
    legation("demo", env=env)
    legation("shell", "-c", RENAME_SITES, env=env)
    legation("collectstatic", "--noinput", "-v", "0", env=env)
    (built / "database").write_text(database or "")
    (built / "built").touch()


def copy_built_demo(built, target, name):
    target.mkdir(parents=True, exist_ok=True)
    if (built / "media").exists():
        shutil.copytree(built / "media", target / "media", dirs_exist_ok=True)
    (target / "static").symlink_to(built / "static")
    template = (built / "database").read_text()
    if template:
        database = database_name(name)
        recreate_database(database, template=template)
        return DemoCopy(target, database)
    for path in built.glob("legation.sqlite3*"):
        shutil.copy(path, target / path.name)
    return DemoCopy(target)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    """`legation serve_production` running in its own process on 127.0.0.1:port."""

    port: int
    process: subprocess.Popen
    log: Path
    hosts: dict = field(default_factory=lambda: dict(HOSTS))

    def request(self, method, path, host=HOSTS[8000], headers=(), body=None):
        """One request as the proxy in front would send it (Host kept, to 127.0.0.1)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers={"Host": host, **dict(headers)})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextlib.contextmanager
def serving(copy, **environment):
    """The production server on a copy of the demo, until the block ends."""
    port = free_port()
    log = copy.data_dir / f"server-{port}.log"
    with open(log, "w") as output:
        process = subprocess.Popen(
            [str(LEGATION), "serve_production", "--listen", f"127.0.0.1:{port}"],
            env=copy.environment(**environment),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    server = Server(port, process, log)
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise AssertionError(f"The server stopped: {log.read_text()}")
            try:
                status, _, _ = server.request("GET", "/healthz", host="127.0.0.1")
            except OSError:
                status = None
            if status == 200:
                break
            if time.monotonic() > deadline:
                raise AssertionError(f"The server did not answer /healthz: {log.read_text()}")
            time.sleep(0.5)
        yield server
    finally:
        server.stop()
