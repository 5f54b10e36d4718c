"""CPU time and queries of one request of each page type, uncached, in this process.

    .venv/bin/python bench/page_cpu.py --keep DIR [--repeat 5] [--profile OUT_DIR]

DIR is a demo kept by `bench/pages.py --keep DIR` (its `legation/` directory). Each page of
the pages bench is asked through Django's test client with production settings and the page
cache off: the CPU time of this process a request (`time.process_time`, so a busy machine
changes it less than wall time), the queries and the time SQLite took for them. With
`--profile`, one more request of each page under cProfile, saved as OUT_DIR/<page>.pstats.
"""

import argparse
import cProfile
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import LegationDemo  # noqa: E402

MINISTRY_PORT, MISSION_PORT = 8101, 8102


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    directory = args.keep / "legation"
    if not (directory / "built").exists():
        raise SystemExit(f"no demo in {directory}: run bench/pages.py --keep {args.keep} first")
    demo = LegationDemo(directory, MINISTRY_PORT, MISSION_PORT)
    os.environ.update({**demo.environment, "ALLOWED_HOSTS": "127.0.0.1"})
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    print(f"{'page':32} {'CPU ms':>7} {'queries':>8} {'SQL ms':>7}")
    for label, url in demo.pages().items():
        host, path = url.removeprefix("http://").split("/", 1)
        headers = {
            "HTTP_HOST": host,
            "SERVER_PORT": host.rsplit(":", 1)[1],
            "HTTP_X_FORWARDED_PROTO": "https",
        }
        assert client.get("/" + path, **headers).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            started = time.process_time()
            for _ in range(args.repeat):
                client.get("/" + path, **headers)
            cpu = (time.process_time() - started) / args.repeat
        sql = sum(float(query["time"]) for query in queries.captured_queries) / args.repeat
        count = len(queries.captured_queries) // args.repeat
        print(f"{label:32} {cpu * 1000:>7.1f} {count:>8} {sql * 1000:>7.1f}", flush=True)
        if args.profile:
            args.profile.mkdir(parents=True, exist_ok=True)
            profile = cProfile.Profile()
            profile.runcall(client.get, "/" + path, **headers)
            profile.dump_stats(args.profile / f"{label.split(' (')[0].replace(', ', '-')}.pstats")
    print(f"(load average {' '.join(f'{n:.1f}' for n in os.getloadavg())})")


if __name__ == "__main__":
    main()
