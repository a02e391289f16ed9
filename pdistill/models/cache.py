"""The on-disk model cache: where files live, sha256 stamps that vouch for them, and file locks.

Models live in `$PDISTILL_CACHE_DIR/models/` (default `${XDG_CACHE_HOME:-~/.cache}/pdistill/models/`),
outside DVC outputs. A stamp beside a file (`<file>.verified`: size, mtime, sha256) lets later calls trust
it without re-hashing, until the file's size or mtime changes. `file_lock` serialises the processes that
fill one cache entry (a pull, a conversion), so the second waits and then finds it done.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from pdistill.io import atomic_open, cache_root
from pdistill.models.registry import ModelSpec

#: A sink for one-line progress messages (`None` where a function accepts it: silent).
Progress = Callable[[str], None]
_CHUNK = 1 << 20


def stderr_progress(message: str) -> None:
    """The default progress sink: one line on stderr."""
    print(message, file=sys.stderr, flush=True)


def models_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """`$PDISTILL_CACHE_DIR/models`, else `${XDG_CACHE_HOME:-~/.cache}/pdistill/models` (absolute)."""
    return cache_root(environ) / "models"


def cache_dir(root: str | os.PathLike[str] | None = None) -> Path:
    """The models cache folder: `root` made absolute when given, else `models_cache_dir()`."""
    return Path(root).expanduser().absolute() if root is not None else models_cache_dir()


def cached_path(spec: ModelSpec, root: str | os.PathLike[str] | None = None) -> Path:
    """Where the assembled file of `spec` lives in the cache (whether or not it is there yet)."""
    return cache_dir(root) / spec.filename


def stamp_path(path: Path) -> Path:
    """The stamp that vouches for `path`: `<file>.verified` beside it."""
    return path.with_name(path.name + ".verified")


def file_sha256(path: str | os.PathLike[str]) -> str:
    """The sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_stamp(path: Path, sha256: str) -> None:
    """Record that `path`, at its current size and mtime, has this sha256 (atomically)."""
    st = path.stat()
    with atomic_open(stamp_path(path)) as fh:
        json.dump({"sha256": sha256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}, fh, sort_keys=True)


def verified_sha256(path: Path, *, rehash: bool = False, stamp: bool = True) -> str | None:
    """The sha256 recorded for `path` when its stamp still matches the file; else hash it.

    A fresh hash is recorded in a new stamp when `stamp` is true. Returns None when the file does not exist.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    if not rehash:
        try:
            recorded = json.loads(stamp_path(path).read_text(encoding="utf-8"))
            if recorded["size"] == st.st_size and recorded["mtime_ns"] == st.st_mtime_ns:
                return str(recorded["sha256"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
    sha = file_sha256(path)
    if stamp:
        with contextlib.suppress(OSError):
            write_stamp(path, sha)
    return sha


def is_cached(spec: ModelSpec, root: str | os.PathLike[str] | None = None, *, verify: bool = False) -> bool:
    """True when the assembled file is in the cache with the pinned size and sha256.

    `verify=True` re-hashes the file instead of trusting its stamp.
    """
    path = cached_path(spec, root)
    if not path.is_file() or path.stat().st_size != spec.size:
        return False
    return verified_sha256(path, rehash=verify) == spec.sha256


@contextlib.contextmanager
def file_lock(lock_path: Path, what: str, progress: Progress | None = None) -> Iterator[None]:
    """Hold an exclusive `flock` on `lock_path` (another process doing `what` makes this one wait)."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if progress is not None:
                progress(f"waiting for another {what} to finish …")
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
