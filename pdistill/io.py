"""JSONL and JSON I/O shared by every stage: strict reading, atomic deterministic writing.

Every stage exchanges JSONL files, read and written with the `jsonlines` library. Reading is strict (a
bad line is an error that names the file and line); writing is atomic (temporary file in the same folder,
then `os.replace`) so a crash never leaves a truncated file that looks complete, and deterministic (sorted
keys, fixed separators) so DVC's early cut-off can skip stages whose inputs did not change.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import jsonlines


class PdistillError(Exception):
    """A user-facing error: the CLI prints its message (no traceback) and exits non-zero."""


class DataError(PdistillError):
    """Bad input data; the message names the file, line and field."""

    def __init__(self, path: str | os.PathLike[str], line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line


def cache_root(environ: Mapping[str, str] | None = None) -> Path:
    """Where pdistill keeps what must outlive stage outputs (teacher responses, models): an absolute
    `$PDISTILL_CACHE_DIR`, else `${XDG_CACHE_HOME:-~/.cache}/pdistill`."""
    env = os.environ if environ is None else environ
    base = env.get("PDISTILL_CACHE_DIR") or ""
    if not base:
        base = str(Path(env.get("XDG_CACHE_HOME") or "~/.cache").expanduser() / "pdistill")
    return Path(base).expanduser().absolute()


def run_stage(main: Callable[[], None]) -> None:
    """Run a stage script's `main`: a `PdistillError` becomes one `error: ...` line and exit status 1
    (no traceback: the message names the file, line or setting to fix). Ctrl-C, SIGTERM, SIGHUP and the
    death of the parent (`dvc`) end it through its clean-up, with `<stage>: interrupted by SIG...` and
    exit status 128 + the signal number (`pdistill.signals.interruptible`)."""
    from pdistill.signals import interruptible

    with interruptible(Path(sys.argv[0]).stem or "stage"):
        try:
            main()
        except PdistillError as exc:
            print(f"error: {exc}", file=sys.stderr)
            sys.exit(1)


def dumps(record: Any) -> str:
    """Serialise one record the same way every time: sorted keys, compact separators, UTF-8 kept."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class _Lines:
    """A text file's lines for `jsonlines.Reader`, keeping the number and text of the last one handed out.

    The number is the line number of each record read. The text is what gets decoded: the reader drops a
    leading U+FEFF or U+001E from a line before decoding it, and such a line stays an error here.
    """

    def __init__(self, fh: IO[str]) -> None:
        self._fh = fh
        self.number, self.text = 0, ""

    def __iter__(self) -> Iterator[str]:
        for number, text in enumerate(self._fh, start=1):
            self.number, self.text = number, text
            yield text

    def loads(self, _line: str) -> Any:
        """Decode the current line as read (the reader's `loads`)."""
        return json.loads(self.text)


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield `(line_number, record)` for each non-blank line; raise `DataError` on malformed JSON."""
    p = Path(path)
    if not p.is_file():
        raise DataError(p, None, "file not found")
    with p.open(encoding="utf-8") as fh:
        lines = _Lines(fh)
        try:
            for record in jsonlines.Reader(lines, loads=lines.loads).iter(allow_none=True, skip_empty=True):
                if not isinstance(record, dict):
                    raise DataError(p, lines.number, f"expected a JSON object, got {type(record).__name__}")
                yield lines.number, record
        except jsonlines.InvalidLineError as exc:
            cause = exc.__cause__
            if not isinstance(cause, json.JSONDecodeError):  # allow_none and no type: only bad JSON
                raise
            raise DataError(p, exc.lineno, f"malformed JSON ({cause.msg} at column {cause.colno})") from None


def read_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read a whole JSONL file strictly (see `iter_jsonl`)."""
    return [record for _, record in iter_jsonl(path)]


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str]) -> Iterator[Any]:
    """Open a text file for writing that appears at `path` only if the block finishes without error."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_jsonl(path: str | os.PathLike[str], records: Iterable[dict[str, Any]]) -> int:
    """Atomically write records as deterministic JSONL; return the number written."""
    n = 0
    with atomic_open(path) as fh, jsonlines.Writer(fh, dumps=dumps) as writer:
        for record in records:
            writer.write(record)
            n += 1
    return n


def write_json(path: str | os.PathLike[str], obj: Any) -> None:
    """Atomically write a deterministic, human-readable JSON file (metrics, summaries)."""
    with atomic_open(path) as fh:
        fh.write(json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False) + "\n")
