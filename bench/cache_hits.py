"""One cached hit's CPU in one process, through Django's WSGI handler, on Redis: each process
serving its own copies of the pages (the default on a shared cache) against every hit reading
its page from Redis, alternating in the same process.

    .venv/bin/python bench/cache_hits.py --keep /var/tmp/pagesbench [--hits 300] [--rounds 4]
        [--redis-url redis://127.0.0.1:6379/13] [PATH ...]

`--keep`: the directory bench/cache.py (or bench/pages.py) built the demo in. The Redis
database is emptied first. CPU is this process's (`time.process_time`), so a machine shared
with other work inflates it less than it does the requests a second of bench/cache.py.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

PATHS = [
    "/en-gb/",
    "/en-gb/news/",
    "/en-gb/news/?kind=statement",
    "/sitemap-pages.xml",
    "/api/documents/",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--hits", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/13")
    parser.add_argument("paths", nargs="*", default=PATHS)
    args = parser.parse_args()
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "legation.settings.production",
            "SECRET_KEY": "bench-only-" + "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "LEGATION_DATA_DIR": str(args.keep / "legation"),
            "LOG_LEVEL": "WARNING",
            "CACHE_URL": args.redis_url,
            "PAGE_CACHE": "1",
        }
    )
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.test import Client

    from legation.caching.store import LOCAL_COPIES, LOCAL_COPIES_BYTES

    cache.clear()
    client = Client()

    def hits(path):
        started = time.process_time()
        for _ in range(args.hits):
            response = client.get(path, HTTP_HOST="127.0.0.1", secure=True)
            assert response.get("X-Page-Cache") == "hit", (path, response.status_code)
        return (time.process_time() - started) / args.hits * 1e6

    sizes = {
        path: len(client.get(path, HTTP_HOST="127.0.0.1", secure=True).content)
        for path in args.paths
    }
    timings = {path: {False: [], True: []} for path in args.paths}
    for number in range(args.rounds):
        for copies in (False, True) if number % 2 == 0 else (True, False):
            settings.LEGATION_PAGE_CACHE_LOCAL_BYTES = LOCAL_COPIES_BYTES if copies else 0
            LOCAL_COPIES.clear()
            for path in args.paths:
                timings[path][copies].append(hits(path))
    print(f"{'page (cached, Redis)':32} {'bytes':>7} {'from Redis µs':>14} {'own copy µs':>12}")
    for path in args.paths:
        without, within = (statistics.median(timings[path][c]) for c in (False, True))
        print(f"{path:32} {sizes[path]:>7} {without:>14.0f} {within:>12.0f}")


if __name__ == "__main__":
    main()
