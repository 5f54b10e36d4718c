"""Sitemaps at scale: the index and every sitemap page, queries, time and memory per request.

    .venv/bin/python bench/sitemaps.py --documents 100000

The archive benchmark's throwaway database and bulk generator (bench/archive.py: one
ministry, N documents, a participant each, 50 people), then /sitemap.xml and each page of each
section it lists (pages split past 50,000 addresses), each requested `--repeat` times: number
of queries, median time of the whole request (Django test client), addresses listed, and the
process's peak resident memory so far (ru_maxrss). Figures go to bench/README.md.
"""

import argparse
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.archive import build_archive, setup_django  # noqa: E402
from bench.feeds import publish_site  # noqa: E402


def get(path):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = Client().get(path, HTTP_HOST="bench.test")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        seconds = time.perf_counter() - started
    assert response.status_code == 200, (path, response.status_code)
    return body.decode(), len(queries), seconds


def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        setup_django(data_dir)
        started = time.perf_counter()
        archive, _person, _kind = build_archive(args.documents)
        publish_site(archive)
        print(f"built {args.documents} documents in {time.perf_counter() - started:.1f} s")
        index, _queries, _seconds = get("/sitemap.xml")
        sections = [
            re.sub(r"^https?://[^/]+", "", location)
            for location in re.findall(r"<loc>([^<]+)</loc>", index)
        ]
        print(f"{'request':34} {'queries':>7} {'ms':>8} {'addresses':>9} {'peak RSS MiB':>12}")
        for path in ["/sitemap.xml", *sections]:
            timings = []
            for _ in range(args.repeat):
                body, queries, seconds = get(path)
                timings.append(seconds)
            addresses = body.count("<url>") or body.count("<sitemap>")
            print(
                f"{path:34} {queries:>7} {statistics.median(timings) * 1000:>8.0f} "
                f"{addresses:>9} {peak_mib():>12.0f}"
            )


if __name__ == "__main__":
    main()
