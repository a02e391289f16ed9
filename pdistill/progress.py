"""Progress bars that are on wherever a stage runs: a terminal, a log file, CI, `dvc repro > log 2>&1`.

The rule: every long loop shows `bar(total, desc, unit)` on stderr, with its rate (`unit/s`, and
`tok/s` where the caller counts tokens with `bar.add_tokens`). It is silenced only by `progress=False`
or the environment variable `PDISTILL_PROGRESS=0`. On a terminal it is a normal tqdm bar. Elsewhere it
writes a plain ASCII line (no carriage returns) when it starts, at most every `PDISTILL_PROGRESS_INTERVAL`
seconds (default 30) while it runs, and when it ends, the rate being the average since the start:

    execute: 120/980 sample (12%) [00:30<03:35,  4.00sample/s]

Progress goes to stderr only, never into a stage's outputs (so this module is not a DVC dependency of the
stages that use it).
"""

from __future__ import annotations

import functools
import os
import re
import sys
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tqdm import tqdm

ENV = "PDISTILL_PROGRESS"
INTERVAL_ENV = "PDISTILL_PROGRESS_INTERVAL"
DEFAULT_INTERVAL_S = 30.0
_OFF = {"0", "false", "no", "off"}
_TTY_FORMAT = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}{postfix}]"
_LINE_FORMAT = (
    "{desc}: {n_fmt}/{total_fmt} {unit} ({percentage:.0f}%) "
    "[{elapsed}<{remaining}, {rate_noinv_fmt}{postfix}]"
)
_LINE_FORMAT_NO_TOTAL = "{desc}: {n_fmt} {unit} [{elapsed}, {rate_noinv_fmt}{postfix}]"
_CONTROL = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def enabled(progress: bool | None = None) -> bool:
    """Whether progress is shown: not when `progress` is False or `PDISTILL_PROGRESS` is 0/false/no/off."""
    return progress is not False and os.environ.get(ENV, "").strip().lower() not in _OFF


def interval_s() -> float:
    """Seconds between two lines of a bar off a terminal (`PDISTILL_PROGRESS_INTERVAL`, default 30)."""
    try:
        return max(0.0, float(os.environ.get(INTERVAL_ENV, DEFAULT_INTERVAL_S)))
    except ValueError:
        return DEFAULT_INTERVAL_S


class _Lines:
    """A file for tqdm off a terminal: each status it writes becomes one line (no `\\r`, no escapes)."""

    def __init__(self, file: IO[str]) -> None:
        self.file, self.last = file, ""

    def write(self, text: str) -> None:
        for part in re.split(r"[\r\n]", _CONTROL.sub("", text)):
            line = part.rstrip()
            if line and line.split(" [")[0] != self.last:  # the same count again: the closing line
                self.file.write(line + "\n")
                self.last = line.split(" [")[0]

    def flush(self) -> None:
        getattr(self.file, "flush", lambda: None)()


@functools.cache
def _bar_class() -> type:
    """The tqdm subclass, made on first use (importing tqdm costs start-up time of every command)."""
    from tqdm import tqdm

    class Bar(tqdm):
        """A tqdm bar that also counts tokens: after `add_tokens`, `N tok, R tok/s` follow the rate."""

        tokens = 0

        def add_tokens(self, n: int) -> None:
            """Count `n` more tokens (shown with their average rate since the start at the next refresh)."""
            self.tokens += n

        @property
        def format_dict(self) -> dict[str, Any]:
            d = super().format_dict
            if self.tokens:
                elapsed = d["elapsed"]
                rate = f"{self.tokens / elapsed:.1f}" if elapsed else "?"
                d["postfix"] = ", ".join(filter(None, [d["postfix"], f"{self.tokens} tok, {rate} tok/s"]))
            return d

    return Bar


def _is_tty(file: Any) -> bool:
    try:
        return bool(file.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed file
        return False


def bar(
    total: int | None,
    desc: str,
    unit: str = "it",
    *,
    progress: bool | None = None,
    file: IO[str] | None = None,
    **kwargs: Any,
) -> tqdm:
    """A progress bar on `file` (default stderr) following the module's rule; use it as a context manager.

    `progress=None` and `True` both show it (only `False` or `PDISTILL_PROGRESS=0` hide it). Extra
    keyword arguments go to tqdm (e.g. `initial=` for work already done, which the rate then leaves out).
    The bar has `add_tokens(n)` to show a token count and tokens/s; `update` is thread-safe as in tqdm.
    """
    file = file if file is not None else sys.stderr
    options: dict[str, Any] = {"total": total, "desc": desc, "unit": unit, "disable": not enabled(progress)}
    if _is_tty(file):
        options.update(file=file, bar_format=_TTY_FORMAT)
    else:  # a log: a line at most every interval_s(), average rates, no bar graphics
        options.update(
            file=_Lines(file),
            bar_format=_LINE_FORMAT if total else _LINE_FORMAT_NO_TOTAL,
            ascii=True,
            mininterval=interval_s(),
            miniters=1,
            smoothing=0,
            position=0,
            dynamic_ncols=False,
        )
    options.update(kwargs)
    return _bar_class()(**options)


def note(message: str, *, progress: bool | None = None, file: IO[str] | None = None) -> None:
    """One progress message line on `file` (default stderr), under the same rule as `bar`, between bars."""
    if not enabled(progress):
        return
    file = file if file is not None else sys.stderr
    if _is_tty(file):
        from tqdm import tqdm

        tqdm.write(message, file=file)  # does not break a bar being drawn
    else:
        file.write(message + "\n")
        getattr(file, "flush", lambda: None)()
