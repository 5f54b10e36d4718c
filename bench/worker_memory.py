"""Resident memory of one app process serving every page type, round after round.

    .venv/bin/python bench/worker_memory.py --keep DIR [--rounds 300] [--every 25]

DIR is a demo kept by `bench/pages.py --keep DIR`. This process loads `legation.wsgi` (the
production settings, SQLite, the page cache off) as a gunicorn worker does and answers the
pages bench's pages through the WSGI handler, one round after another; every `--every` rounds
it prints its resident memory (VmRSS) and the number of objects the garbage collector tracks,
so that a warm-up is told from a leak: the first grows and levels off, the second keeps
growing.
"""

import argparse
import gc
import io
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import PROXY_HEADER, LegationDemo, free_port  # noqa: E402


def resident_mib():
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def environ_for(url):
    parts = urlsplit(url)
    header = "HTTP_" + PROXY_HEADER[0].upper().replace("-", "_")
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": parts.path,
        "QUERY_STRING": parts.query,
        "SERVER_NAME": parts.hostname,
        "SERVER_PORT": str(parts.port),
        "HTTP_HOST": parts.netloc,
        header: PROXY_HEADER[1],
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }


def serve(application, url):
    """The status line of the answer to a GET of `url`, its body read whole."""
    status = []
    b"".join(application(environ_for(url), lambda line, headers: status.append(line)))
    return status[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--every", type=int, default=25)
    args = parser.parse_args()
    demo = LegationDemo(args.keep / "legation", free_port(), free_port())
    os.environ.update(demo.environment)
    from legation.wsgi import application

    urls = list(demo.pages().values())
    print(f"after start: {resident_mib():.1f} MiB", flush=True)
    print(f"{'round':>6} {'MiB':>7} {'gc objects':>11}")
    for number in range(1, args.rounds + 1):
        for url in urls:
            status = serve(application, url)
            if not status.startswith("200"):
                raise SystemExit(f"{url}: {status}")
        if number == 1 or number % args.every == 0:
            print(f"{number:>6} {resident_mib():>7.1f} {len(gc.get_objects()):>11}", flush=True)


if __name__ == "__main__":
    main()
