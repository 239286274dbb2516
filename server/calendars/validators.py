"""An in-process copy of stored feeds' validators and bytes, so that a poll costs no query.

Calendar clients poll the same few feeds again and again; most polls end in 304. Each API
process keeps, per database, each feed's validators for `TTL_SECONDS` and its bytes (by ETag,
bounded in total size). A dirty mark made in this process forgets the copy at once; marks
made by other processes are seen within the TTL, well inside the render debounce.
"""

from __future__ import annotations

import time
import weakref
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

TTL_SECONDS = 1.0
MAX_BODY_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Validators:
    etag: str
    last_modified: datetime
    rendered_at: datetime
    dirty_since: datetime | None
    read_at: float  # time.monotonic() of the database read


class FeedCache:
    def __init__(self, ttl: float = TTL_SECONDS, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.ttl = ttl
        self.max_bytes = max_bytes
        self._validators: dict[str, Validators] = {}
        self._bodies: OrderedDict[tuple[str, str], tuple[bytes, bytes]] = OrderedDict()
        self._bytes = 0
        _CACHES.add(self)

    def validators(self, key: str) -> Validators | None:
        found = self._validators.get(key)
        if found is None or time.monotonic() - found.read_at > self.ttl:
            return None
        return found

    def remember(
        self,
        key: str,
        *,
        etag: str,
        last_modified: datetime,
        rendered_at: datetime,
        dirty_since: datetime | None,
    ) -> Validators:
        found = Validators(etag, last_modified, rendered_at, dirty_since, time.monotonic())
        self._validators[key] = found
        return found

    def body(self, key: str, etag: str) -> tuple[bytes, bytes] | None:
        found = self._bodies.get((key, etag))
        if found is not None:
            self._bodies.move_to_end((key, etag))
        return found

    def keep_body(self, key: str, etag: str, body: bytes, gzip_body: bytes) -> None:
        size = len(body) + len(gzip_body)
        if size > self.max_bytes // 4:
            return
        # One copy per feed: an older rendering of the same feed is never served again.
        for stale in [k for k in self._bodies if k[0] == key]:
            self._drop(stale)
        self._bodies[(key, etag)] = (body, gzip_body)
        self._bytes += size
        while self._bytes > self.max_bytes and self._bodies:
            self._drop(next(iter(self._bodies)))

    def _drop(self, entry: tuple[str, str]) -> None:
        body, gzip_body = self._bodies.pop(entry)
        self._bytes -= len(body) + len(gzip_body)

    def forget(self, keys: Iterable[str], prefixes: Iterable[str] = ()) -> None:
        gone = set(keys)
        starts = tuple(prefixes)
        for key in list(self._validators):
            if key in gone or (starts and key.startswith(starts)):
                del self._validators[key]


_CACHES: weakref.WeakSet[FeedCache] = weakref.WeakSet()


def forget(keys: Iterable[str], prefixes: Iterable[str] = ()) -> None:
    """Forget validators in every cache of this process (any database: a spurious miss
    only costs one read)."""
    keys, prefixes = list(keys), list(prefixes)
    for cache in list(_CACHES):
        cache.forget(keys, prefixes)
