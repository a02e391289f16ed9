"""The cost ledger: what one run asked of the teacher and what it cost, written as DVC metrics.

A `Ledger` is shared by the worker threads of a `Teacher` (updates take a lock) and may be shared by
several `Teacher.chat_many` calls of one stage; the budget guard (`max_requests`, `max_usd`) applies to
its totals. Cache hits are counted but cost nothing.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from pdistill.io import write_json


class Ledger:
    """Counters for one run; see `to_metrics` for the fields."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests = 0
        self.attempts = 0
        self.retries = 0
        self.failures = 0
        self.cache_hits = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.usd = 0.0

    def record_cache_hits(self, count: int) -> None:
        """`count` conversations were answered from the cache (no request, no cost)."""
        with self._lock:
            self.cache_hits += count

    def record_request(self) -> None:
        """A distinct request was admitted by the budget guard and is about to be sent."""
        with self._lock:
            self.requests += 1

    def record_attempt(self) -> None:
        """One HTTP attempt is about to be made (the first try of a request, or a retry)."""
        with self._lock:
            self.attempts += 1

    def record_retry(self) -> None:
        """An attempt failed with a retryable error and will be tried again after a backoff."""
        with self._lock:
            self.retries += 1

    def record_failure(self) -> None:
        """A request failed for good (rejected, or out of retries)."""
        with self._lock:
            self.failures += 1

    def record_usage(self, prompt_tokens: int, completion_tokens: int, usd: float) -> None:
        """A request succeeded with this `usage` and cost."""
        with self._lock:
            self.prompt_tokens += prompt_tokens
            self.completion_tokens += completion_tokens
            self.usd += usd

    def spent(self) -> tuple[int, float]:
        """`(requests, usd)` so far, read together."""
        with self._lock:
            return self.requests, self.usd

    def to_metrics(self) -> dict[str, Any]:
        """The ledger as a flat dict of numbers, for a DVC metrics JSON file."""
        with self._lock:
            return {
                "requests": self.requests,
                "attempts": self.attempts,
                "retries": self.retries,
                "failures": self.failures,
                "cache_hits": self.cache_hits,
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens,
                "usd": round(self.usd, 6),
            }

    def write(self, path: str | os.PathLike[str]) -> None:
        """Write `to_metrics()` atomically as deterministic JSON."""
        write_json(path, self.to_metrics())
