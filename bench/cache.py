"""Pages from the page cache, side by side with a plain Wagtail project's welcome page.

    .venv/bin/python bench/cache.py [--rounds 3] [--round-seconds 10] [--backends locmem,redis]
        [--redis-url URL] [--keep DIR]

The same two sites as bench/pages.py (whose builders, gunicorn with 2 workers and wrk it
uses), with the page cache on: Legation's demo on the embedded default (each gunicorn worker's
local memory) and with Redis (`--redis-url`, default redis://127.0.0.1:6379/9; flushed
first; `redis-without-copies`: the same without each process's own copies of the pages, so
that every hit reads its page from Redis). Every public page type is asked once to fill the
cache, then the rounds alternate their order; each figure is the median requests a second
over the rounds and its ratio to the peer's welcome page in the same run. Target: ≥ 10×
the peer for every page type.
"""

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import (  # noqa: E402
    ROOT,
    Gunicorn,
    LegationDemo,
    build_peer,
    ensure_wrk,
    free_port,
    wrk,
)

PEER = "peer: Wagtail welcome page"


def cached_pages(demo):
    pages = demo.pages()
    base = f"http://127.0.0.1:{demo.ports[0]}"
    return {
        **pages,
        "feed (RSS)": f"{base}/en-gb/feeds/rss/",
        "sitemap": f"{base}/sitemap.xml",
        "API: documents": f"{base}/api/documents/",
    }


def flush_redis(url):
    import redis

    redis.Redis.from_url(url).flushdb()


def report(backend, medians, failures):
    """One backend's table, printed as soon as its rounds are done."""
    print(f"\n{backend}; load average: {' '.join(f'{n:.1f}' for n in os.getloadavg())}")
    print(f"{'page (cached)':32} {'req/s (median)':>14} {'× peer':>7} {'errors':>7}")
    for label, rate in medians.items():
        print(f"{label:32} {rate:>14.0f} {rate / medians[PEER]:>7.1f} {failures.get(label, 0):>7}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--round-seconds", type=int, default=10)
    parser.add_argument("--round-connections", type=int, default=8)
    parser.add_argument("--backends", default="locmem,redis")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/9")
    parser.add_argument("--keep", type=Path, help="build the sites here, or reuse them")
    args = parser.parse_args()
    ensure_wrk()
    with tempfile.TemporaryDirectory() as temporary:
        scratch = args.keep or Path(temporary)
        ministry_port, mission_port, peer_port = free_port(), free_port(), free_port()
        print("building Legation's demo and the Wagtail peer…", flush=True)
        demo = LegationDemo(scratch / "legation", ministry_port, mission_port)
        environment = demo.environment
        (scratch / "peer").mkdir(exist_ok=True)
        peer_environment = build_peer(scratch / "peer")
        pages = cached_pages(demo)
        peer_url = f"http://127.0.0.1:{peer_port}/"
        peer = Gunicorn("peer.wsgi:application", [peer_port], peer_environment, scratch / "peer")
        results = {}
        try:
            peer.wait_until_up(peer_url)
            for backend in args.backends.split(","):
                cache_url = args.redis_url if backend.startswith("redis") else "locmem://"
                if backend.startswith("redis"):
                    flush_redis(cache_url)
                cached = {**environment, "PAGE_CACHE": "1", "CACHE_URL": cache_url}
                if backend == "redis-without-copies":  # every hit reads the page from Redis
                    cached["PAGE_CACHE_LOCAL_BYTES"] = "0"
                legation = Gunicorn(
                    "legation.wsgi:application", [ministry_port, mission_port], cached, ROOT
                )
                try:
                    for url in pages.values():
                        legation.wait_until_up(url)
                        # Each of the two workers keeps its own copy in local memory.
                        for _ in range(4):
                            legation.wait_until_up(url)
                    targets = {PEER: peer_url, **pages}
                    rates = {label: [] for label in targets}
                    failures = {}
                    for number in range(args.rounds):
                        order = list(targets.items())
                        for label, url in order if number % 2 == 0 else reversed(order):
                            rate, errors, _p99 = wrk(
                                url, args.round_connections, args.round_seconds
                            )
                            rates[label].append(rate)
                            failures[label] = failures.get(label, 0) + errors
                        print(f"{backend}: round {number + 1} of {args.rounds} done", flush=True)
                    results[backend] = {
                        label: statistics.median(samples) for label, samples in rates.items()
                    }
                    report(backend, results[backend], failures)
                finally:
                    legation.stop()
        finally:
            peer.stop()


if __name__ == "__main__":
    main()
