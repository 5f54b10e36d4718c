"""Cached responses and tag versions, in Django's cache (local memory, a file, Redis).

A tag's version is a counter, incremented in the cache itself (`incr`) each time the tag is
invalidated, so no clock is read and hosts whose clocks disagree cannot make an old entry
look current. A tag the cache does not hold (never seen, or evicted) starts again from a
random number: an entry stored under the lost version cannot match it. An entry keeps the
versions of its tags as they were when it was stored and is served only while all of them are
unchanged. Every process sharing the cache sees the same versions: a worker publishing in its
own process invalidates the app processes' entries (with Redis or the file cache; the
local-memory cache is one process's, as in `legation serve`).

Two counters frame every invalidation: `started` is incremented before its tags, `finished`
after them. A page whose rendering saw `started` move is not stored at all, so a page rendered
from the database as it was before an event never outlives the event. And since most hits
come while nothing at all has been invalidated, an entry notes the `started` count at which
its tags were last found unchanged: while the count is still that, the hit reads no tag
versions. Once it moves, the next hit reads them; if they are unchanged and no invalidation
is under way (`started` equals `finished`: every tag bump begun has been made), the note is
moved on. A lost `finished` leaves entries to be checked on every hit, never unchecked.

On a cache shared over the network (Redis, files), each process also keeps the entries it
last read in its own memory (`LocalCopies`), each under a stamp drawn when the entry was
stored: a hit reads the entry's small stamp with the counters, and the entry itself crosses
the network (tens of kilobytes, unpickled) only when the stamp moved, because another process
stored the page again. What is served is checked exactly as before: the copy is the entry
the shared cache holds, byte for byte.
"""

import hashlib
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

ENTRY = "legation:page:"
VARY = "legation:vary:"
TAG = "legation:tag:"
URLS = "legation:urls:"
CHECKED = "legation:checked:"
STAMP = "legation:stamp:"
STARTED = "legation:invalidations-started"
FINISHED = "legation:invalidations-finished"
# Request headers a response may vary on and still be cached (Cookie is not one: a request
# that carries a session never reaches the cache, and other cookies change nothing here).
# Origin: the API's answers carry CORS headers only for a request that names one.
CACHEABLE_VARY = {"accept-language", "accept-encoding", "accept", "origin"}
GRACE_SECONDS = 60
# The room for local copies in each process, on a cache that is not this process's memory.
LOCAL_COPIES_BYTES = 8 * 1024 * 1024


def new_version():
    return secrets.randbits(62)


class LocalCopies:
    """Entries as read from the shared cache, each with its stamp, in this process's memory up
    to a number of bytes, the least recently served dropped first. `legation serve` answers
    from several threads."""

    def __init__(self):
        self.entries = OrderedDict()  # key: (stamp, entry, size)
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key, stamp):
        with self.lock:
            found = self.entries.get(key)
            if found is None or found[0] != stamp:
                return None
            self.entries.move_to_end(key)
            return found[1]

    def put(self, key, stamp, entry, limit):
        size = len(entry["content"]) + sum(len(n) + len(v) for n, v in entry["headers"])
        with self.lock:
            self._drop(key)
            if size > limit:
                return
            self.entries[key] = (stamp, entry, size)
            self.size += size
            while self.size > limit:
                self._drop(next(iter(self.entries)))

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0

    def _drop(self, key):
        found = self.entries.pop(key, None)
        if found is not None:
            self.size -= found[2]


LOCAL_COPIES = LocalCopies()


class PageCache:
    def __init__(self, alias=None):
        self.cache = caches[alias or getattr(settings, "LEGATION_PAGE_CACHE_ALIAS", "default")]
        # A local-memory cache is this process's memory already.
        default = 0 if isinstance(self.cache, LocMemCache) else LOCAL_COPIES_BYTES
        self.local_bytes = getattr(settings, "LEGATION_PAGE_CACHE_LOCAL_BYTES", default)

    # Keys -------------------------------------------------------------------------------

    def _address(self, request):
        return hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()

    def _entry_key(self, request, vary):
        address = self._address(request)
        if not vary:
            return ENTRY + address
        values = "\n".join(request.headers.get(name, "") for name in vary)
        return f"{ENTRY}{address}:{hashlib.sha256(values.encode()).hexdigest()}"

    # Reading ----------------------------------------------------------------------------

    def get(self, request):
        """The stored response for this GET/HEAD, if it is still valid; else None."""
        # The headers it varies on, the entry for none of them (or its stamp, with local
        # copies) and the counters in one round trip: most pages vary on none, and only those
        # that do need another.
        address = self._address(request)
        held = STAMP if self.local_bytes else ENTRY
        found = self.cache.get_many(
            [VARY + address, held + address, CHECKED + address, STARTED, FINISHED]
        )
        vary = found.get(VARY + address)
        if vary:
            key = self._entry_key(request, vary)
            suffix = key.removeprefix(ENTRY)
            found.update(self.cache.get_many([held + suffix, CHECKED + suffix]))
        else:
            key = ENTRY + address
        if self.local_bytes:
            entry = self._local_entry(key, found.get(STAMP + key.removeprefix(ENTRY)))
        else:
            entry = found.get(key)
        if entry is None or entry["expires"] <= time.time():
            return None
        started = found.get(STARTED)
        if started is None or found.get(CHECKED + key.removeprefix(ENTRY)) != started:
            current = self.cache.get_many([TAG + tag for tag in entry["tags"]])
            if any(current.get(TAG + tag) != version for tag, version in entry["tags"].items()):
                return None
            if started == found.get(FINISHED):
                self._note_checked(key, started, entry["expires"])
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        return response

    def _local_entry(self, key, stamp):
        """The entry under `key` with this stamp: this process's copy, else the shared
        cache's, copied here if it is the one the stamp names."""
        if stamp is None:
            return None
        entry = LOCAL_COPIES.get(key, stamp)
        if entry is None:
            entry = self.cache.get(key)
            # Another process may have stored the page again between the two reads.
            if entry is not None and entry.get("stamp") == stamp:
                LOCAL_COPIES.put(key, stamp, entry, self.local_bytes)
        return entry

    def _note_checked(self, key, started, expires):
        if started is not None:
            timeout = expires - time.time() + GRACE_SECONDS
            self.cache.set(CHECKED + key.removeprefix(ENTRY), started, timeout)

    # Writing ----------------------------------------------------------------------------

    def store(self, request, response, tags, generation, expires):
        """Keep `response` under the request's address until `expires` (a Unix time) or
        until one of `tags` is invalidated; not at all if anything was invalidated since
        `generation` was read, when rendering began. Returns whether it was stored."""
        remaining = expires - time.time()
        if remaining <= 0:
            return False
        # The entry itself says when it ends (checked on each read); the backend's own expiry
        # only clears it away later, so a backend whose clock runs apart (Redis's) changes
        # nothing.
        timeout = remaining + GRACE_SECONDS
        versions = self.versions(tags)
        if None in versions.values() or self.generation() != generation:
            return False
        vary = sorted(
            {
                name.strip().lower()
                for header in response.get("Vary", "").split(",")
                for name in cc_delim_re.split(header)
                if name.strip() and name.strip().lower() != "cookie"
            }
        )
        if set(vary) - CACHEABLE_VARY:
            return False
        self.cache.set(VARY + self._address(request), vary, timeout)
        key = self._entry_key(request, vary)
        entry = {
            "content": response.content,
            "status": response.status_code,
            "headers": list(response.items()),
            "tags": versions,
            "expires": expires,
            "stamp": new_version(),
        }
        self.cache.set_many({key: entry, STAMP + key.removeprefix(ENTRY): entry["stamp"]}, timeout)
        if self.local_bytes:
            LOCAL_COPIES.put(key, entry["stamp"], entry, self.local_bytes)
        # Its versions were read after `generation`, and nothing was invalidated since.
        self._note_checked(key, generation, expires)
        return True

    def versions(self, tags):
        """{tag: version}; a tag never seen (or evicted) starts from a random number."""
        keys = {TAG + tag: tag for tag in tags}
        found = self.cache.get_many(list(keys))
        for key in set(keys) - set(found):
            self.cache.add(key, new_version(), None)
        found.update(self.cache.get_many([key for key in keys if key not in found]))
        return {tag: found.get(TAG + tag) for tag in tags}

    def generation(self):
        """The count of invalidations begun so far (from a random start), read before
        rendering."""
        current = self.cache.get(STARTED)
        if current is None:
            start = new_version()
            if self.cache.add(STARTED, start, None):
                self.cache.set(FINISHED, start, None)
            current = self.cache.get(STARTED)
        return current

    def invalidate(self, tags):
        """Every entry that recorded one of `tags` is a miss from now on."""
        if not tags:
            return
        self.generation()  # both counters, from the same start, if the cache held neither
        self._increment(STARTED)
        for tag in tags:
            self._increment(TAG + tag)
        try:
            self.cache.incr(FINISHED)
        except ValueError:  # lost: a number of its own, never equal to `started` again
            self.cache.add(FINISHED, new_version(), None)

    def _increment(self, key):
        try:
            self.cache.incr(key)
        except ValueError:  # not held: whatever an entry recorded for it, this differs
            self.cache.add(key, new_version(), None)

    # Addresses by tag, for the front-end cache -----------------------------------------

    def remember_address(self, url, tags):
        """Note that `url` showed `tags`, so that a CDN holding it is purged with them."""
        for tag in tags:
            key = URLS + tag
            addresses = self.cache.get(key) or set()
            if url not in addresses:
                self.cache.set(key, addresses | {url}, None)

    def addresses_of(self, tags, forget=True):
        keys = [URLS + tag for tag in tags]
        addresses = set().union(*self.cache.get_many(keys).values())
        if forget:
            self.cache.delete_many(keys)
        return addresses
