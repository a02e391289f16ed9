"""The authoring form of one task: a difficulty, a full reference program and plain assert tests."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

DIFFICULTIES = ("easy", "medium", "hard")


@dataclass(frozen=True)
class Spec:
    """One task as written: `code` is the reference solution, whose entry point (its last top-level
    function) carries the docstring the student sees; `tests` are assert statements calling it."""

    difficulty: str
    code: str
    tests: str


def task(difficulty: str, code: str, tests: str) -> Spec:
    """A task spec; `code` and `tests` are dedented and stripped of surrounding blank lines."""
    if difficulty not in DIFFICULTIES:
        raise ValueError(f"difficulty must be one of {DIFFICULTIES}, got {difficulty!r}")
    code = textwrap.dedent(code).strip("\n") + "\n"
    return Spec(difficulty, code, textwrap.dedent(tests).strip("\n") + "\n")
