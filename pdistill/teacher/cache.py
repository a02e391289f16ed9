"""A content-addressed cache of teacher responses, shared by every stage and experiment on this machine.

The key is the sha256 of the canonical JSON of the request (model, messages, sampling parameters, seed,
n), so any change to the prompt or to sampling is a miss and nothing else is. Entries live outside DVC
outputs, at `$PDISTILL_CACHE_DIR/teacher/` or `${XDG_CACHE_HOME:-~/.cache}/pdistill/teacher/`, fanned
out as `<key[:2]>/<key>.json`. Each entry is written to a temporary file in its folder and renamed into
place (`pdistill.io.atomic_open`), so concurrent writers and killed processes never leave a partial
entry; an entry that is unreadable anyway (edited or truncated by hand) is a miss, with a warning, and
is overwritten by the next successful call. Only successful responses are ever stored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pdistill.io import atomic_open, cache_root, dumps
from pdistill.teacher.response import is_response

log = logging.getLogger(__name__)

#: Bumped if the entry layout ever changes; entries of another format are misses.
FORMAT = 1
_KEY = re.compile(r"[0-9a-f]{64}")


def default_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """`$PDISTILL_CACHE_DIR/teacher`, else `${XDG_CACHE_HOME:-~/.cache}/pdistill/teacher`, made absolute."""
    return cache_root(environ) / "teacher"


def canonical_request(model: str, messages: list[dict[str, Any]], sampling: Mapping[str, Any]) -> dict:
    """The request exactly as hashed and sent: model, messages and the sampling parameters."""
    return {"model": model, "messages": messages, **sampling}


def request_hash(request: Mapping[str, Any]) -> str:
    """The cache key: sha256 of the request's canonical JSON (sorted keys, compact separators)."""
    return hashlib.sha256(dumps(request).encode("utf-8")).hexdigest()


class ResponseCache:
    """Teacher responses on disk, keyed by `request_hash`."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root).expanduser().absolute() if root is not None else default_cache_dir()

    def path(self, key: str) -> Path:
        """Where the entry for `key` lives: `<root>/<key[:2]>/<key>.json`."""
        if not _KEY.fullmatch(key):
            raise ValueError(f"not a cache key: {key!r}")
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored response for `key`, or None on a miss (a corrupt entry is a miss, with a warning)."""
        path = self.path(key)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("teacher cache: unreadable entry %s (%s); treating it as a miss", path, exc)
            return None
        try:
            entry = json.loads(text)
        except json.JSONDecodeError as exc:
            log.warning("teacher cache: corrupt entry %s (%s); treating it as a miss", path, exc.msg)
            return None
        ok = isinstance(entry, dict) and entry.get("format") == FORMAT and entry.get("key") == key
        if not ok or not is_response(entry.get("response")):
            log.warning("teacher cache: entry %s is not a valid response; treating it as a miss", path)
            return None
        return entry["response"]

    def put(self, key: str, request: Mapping[str, Any], response: Mapping[str, Any]) -> Path:
        """Store a successful response atomically (temporary file + rename); return its path."""
        if not is_response(response):
            raise ValueError("refusing to cache something that is not a complete response")
        path = self.path(key)
        entry = {"format": FORMAT, "key": key, "request": request, "response": response}
        with atomic_open(path) as fh:
            fh.write(dumps(entry) + "\n")
        return path

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None
