"""Legation's pages side by side with a plain Wagtail project's welcome page, under load.

    .venv/bin/python bench/pages.py [--rounds 3] [--round-seconds 10] [--load-seconds 60]

Two sites built in a temporary directory, both on SQLite with DEBUG off and served by gunicorn
with 2 sync workers: Legation's demo (`legation demo`, production settings, the page cache
off unless `--cached`) and the project `wagtail start` makes, whose welcome page is the peer.
`wrk` (Debian's package; scripts/_install.sh's `install_wrk`) asks each page with 8
connections for `--round-seconds`, in rounds that alternate their order so that a machine
growing busier favours no page; each figure is the median requests a second over the rounds
and its ratio to the peer's in the same run. Then each page takes 64 connections for
`--load-seconds` (errors and p99 latency). Last, the resident memory of each Legation worker
after serving every page type. The load average is printed beside the figures: the machine may
be shared.
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WORKERS = 2
PEER = "peer: Wagtail welcome page"
# As the TLS-terminating proxy in front sends it: production settings redirect plain HTTP.
PROXY_HEADER = ("X-Forwarded-Proto", "https")

# Which demo pages to ask for, found once the demo is built: a person and an organisation that
# have public pages, and the news conference whose turns are nearest to 20.
FIND_PAGES = """
from wagtail.models import Site
from legation.directory.models import Organisation, Person
from legation.documents.blocks import TURN_TYPES
from legation.documents.models import DocumentPage
ministry, mission = {ministry}, {mission}
for site in Site.objects.select_related("root_page"):
    port = {{"ministry": ministry, "embassy-london": mission}}.get(site.root_page.slug)
    if port is None:
        site.delete()
        continue
    site.hostname, site.port = "127.0.0.1", port
    site.save()
person = Person.objects.public().filter(locale__language_code="en-gb").order_by("pk").first()
organisation = (
    Organisation.objects.public().filter(locale__language_code="en-gb").order_by("pk").first()
)
def turns(page):
    return sum(block.block_type in TURN_TYPES for block in page.body)
transcripts = DocumentPage.objects.public().filter(locale__language_code="en-gb")
transcript = min(transcripts, key=lambda page: (abs(turns(page) - 20), page.pk))
print(person.slug, organisation.slug, transcript.url_path.split("/", 2)[2], turns(transcript))
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(command, env, cwd=ROOT):
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(map(str, command))} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def ensure_wrk():
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: `. scripts/_install.sh && install_wrk` (Debian).")


def clean_environment():
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "LEGATION_", "PAGE_CACHE", "CACHE_URL"))
    }


class LegationDemo:
    """The demo in `directory`, its ministry and London embassy on two local ports."""

    def __init__(self, directory, ministry_port, mission_port):
        self.ports = [ministry_port, mission_port]
        directory.mkdir(parents=True, exist_ok=True)
        self.environment = {
            **clean_environment(),
            "DJANGO_SETTINGS_MODULE": "legation.settings.production",
            "SECRET_KEY": "bench-only-" + "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "LEGATION_DATA_DIR": str(directory),
            "LEGATION_ADMIN_PASSWORD": "bench-operator-password-5190",
            "LOG_LEVEL": "WARNING",
            "CACHE_URL": "locmem://",
            "PAGE_CACHE": "0",
        }
        legation = str(BIN / "legation")
        if not (directory / "built").exists():
            run([legation, "migrate", "--noinput", "-v", "0"], self.environment)
            run([legation, "demo"], self.environment)
            run([legation, "collectstatic", "--noinput", "-v", "0"], self.environment)
            (directory / "built").touch()
        script = FIND_PAGES.format(ministry=ministry_port, mission=mission_port)
        found = run([legation, "shell", "-c", script], self.environment).splitlines()[-1].split()
        self.person, self.organisation, self.transcript, self.turns = found

    def pages(self):
        ministry, mission = (f"http://127.0.0.1:{port}" for port in self.ports)
        return {
            "ministry home": f"{ministry}/en-gb/",
            "mission home": f"{mission}/en-gb/",
            "archive, first page": f"{ministry}/en-gb/news/",
            "archive, kind": f"{ministry}/en-gb/news/?kind=statement",
            f"transcript ({self.turns} turns)": f"{ministry}/en-gb/{self.transcript}",
            "person": f"{ministry}/en-gb/people/{self.person}/",
            "organisation": f"{ministry}/en-gb/organisations/{self.organisation}/",
        }


def build_peer(directory):
    """`wagtail start peer`, migrated, with settings for serving it as production does."""
    environment = clean_environment()
    if not (directory / "manage.py").exists():
        run([str(BIN / "wagtail"), "start", "peer", str(directory)], environment)
    (directory / "peer" / "settings" / "bench.py").write_text(
        "from .base import *  # noqa: F403\n\n"
        "DEBUG = False\n"
        'SECRET_KEY = "bench-only-peer"\n'
        'ALLOWED_HOSTS = ["127.0.0.1", "localhost"]\n'
    )
    environment["DJANGO_SETTINGS_MODULE"] = "peer.settings.bench"
    run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], environment, directory)
    return environment


class Gunicorn:
    """gunicorn with 2 sync workers serving `application` on 127.0.0.1 at each of `ports`."""

    def __init__(self, application, ports, environment, cwd):
        self.log = open(Path(tempfile.gettempdir()) / f"bench-gunicorn-{ports[0]}.log", "w")
        binds = [argument for port in ports for argument in ("-b", f"127.0.0.1:{port}")]
        self.process = subprocess.Popen(
            [str(BIN / "gunicorn"), "--no-control-socket", "-w", str(WORKERS), *binds, application],
            env=environment,
            cwd=cwd,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait_until_up(self, url, timeout=120):
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn stopped; see {self.log.name}")
            try:
                request = urllib.request.Request(url, headers=dict([PROXY_HEADER]))
                with urllib.request.urlopen(request, timeout=30) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"{url} did not answer 200; see {self.log.name}")
            time.sleep(0.5)

    def worker_rss_mib(self):
        """Each worker's resident memory now, in MiB (from /proc)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        sizes = []
        for pid in children.read_text().split():
            status = Path(f"/proc/{pid}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
        return sizes

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def wrk(url, connections, seconds):
    """(requests a second, errors, p99 latency in ms) of one wrk run."""
    output = subprocess.run(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "30s"]
        + ["--latency"]
        + ["-H", ": ".join(PROXY_HEADER), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", output)
    scale = {"us": 0.001, "ms": 1, "s": 1000}
    return rate, errors, float(p99.group(1)) * scale[p99.group(2)] if p99 else None


def load_average():
    return " ".join(f"{n:.1f}" for n in os.getloadavg())


def rounds(targets, count, seconds, connections=8):
    rates = {label: [] for label in targets}
    order = list(targets.items())
    for number in range(count):
        for label, url in order if number % 2 == 0 else reversed(order):
            rates[label].append(wrk(url, connections, seconds)[0])
        print(f"round {number + 1} of {count} done (load {load_average()})", flush=True)
    return {label: statistics.median(samples) for label, samples in rates.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--round-seconds", type=int, default=10)
    parser.add_argument("--load-seconds", type=int, default=60)
    parser.add_argument("--load-connections", type=int, default=64)
    parser.add_argument("--cached", action="store_true", help="with the page cache on")
    parser.add_argument("--keep", type=Path, help="build the sites here, or reuse them")
    args = parser.parse_args()
    ensure_wrk()
    with tempfile.TemporaryDirectory() as temporary:
        scratch = args.keep or Path(temporary)
        ministry_port, mission_port, peer_port = free_port(), free_port(), free_port()
        print("building Legation's demo and the Wagtail peer…", flush=True)
        demo = LegationDemo(scratch / "legation", ministry_port, mission_port)
        (scratch / "peer").mkdir(exist_ok=True)
        peer_environment = build_peer(scratch / "peer")
        environment = {**demo.environment, "PAGE_CACHE": "1" if args.cached else "0"}
        legation = Gunicorn("legation.wsgi:application", demo.ports, environment, ROOT)
        peer = Gunicorn("peer.wsgi:application", [peer_port], peer_environment, scratch / "peer")
        try:
            pages = demo.pages()
            targets = {PEER: f"http://127.0.0.1:{peer_port}/", **pages}
            for url in targets.values():
                (peer if url == targets[PEER] else legation).wait_until_up(url)
            print(f"started at load {load_average()}", flush=True)
            medians = rounds(targets, args.rounds, args.round_seconds)
            mode = "cached" if args.cached else "uncached"
            print(f"\n{mode}; load average at the end: {load_average()}")
            print(f"{'page':32} {'req/s (median)':>14} {'× peer':>7}")
            for label, rate in medians.items():
                print(f"{label:32} {rate:>14.0f} {rate / medians[PEER]:>7.2f}")
            if args.load_seconds:
                print(f"\n{args.load_connections} connections, {args.load_seconds} s each:")
                print(f"{'page':32} {'req/s':>8} {'errors':>7} {'p99 ms':>8}")
                for label, url in targets.items():
                    rate, errors, p99 = wrk(url, args.load_connections, args.load_seconds)
                    print(f"{label:32} {rate:>8.0f} {errors:>7} {p99:>8.0f}", flush=True)
                print(f"(load average at the end: {load_average()})")
            rss = ", ".join(f"{size:.0f}" for size in legation.worker_rss_mib())
            print(f"\nLegation workers' resident memory after every page type: {rss} MiB")
        finally:
            legation.stop()
            peer.stop()


if __name__ == "__main__":
    main()
