"""Task records: the format every stage reads, its strict validation, and writing task files.

A task file is JSONL, one task per line (see `docs/data-formats.md`, "Task records"). Loading is strict:
every error is a `DataError` naming the file, the line and the field, so a typo in a hand-written file is
caught before any model runs. Visible tests are extracted from docstrings in `pdistill.visible_tests`.
"""

from __future__ import annotations

import ast
import difflib
import keyword
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, NoReturn

from pdistill.io import DataError, PdistillError, iter_jsonl, write_jsonl

FIELDS = ("task_id", "prompt", "entry_point", "test", "visible_tests", "reference", "source", "meta")
REQUIRED_FIELDS = ("task_id", "prompt", "entry_point", "test")
_JSON_TYPES = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "an integer"}


@dataclass(frozen=True)
class Task:
    """One programming task: what the student sees (`prompt`), how it is graded (`test`), and extras."""

    task_id: str
    prompt: str
    entry_point: str
    test: str
    visible_tests: tuple[str, ...] = ()
    reference: str | None = None
    source: str = "jsonl"
    meta: dict[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "visible_tests", tuple(self.visible_tests))

    @property
    def test_defines_check(self) -> bool:
        """True for HumanEval-style tests that define `check(candidate)` (call it with the entry point)."""
        return any(isinstance(n, ast.FunctionDef) and n.name == "check" for n in ast.parse(self.test).body)

    def to_record(self) -> dict[str, Any]:
        """The JSON object written for this task (all fields, lists and dicts as plain JSON)."""
        return {**asdict(self), "visible_tests": list(self.visible_tests)}

    @classmethod
    def from_record(
        cls,
        record: Mapping[str, Any],
        path: str | os.PathLike[str] = "<record>",
        line: int | None = None,
        *,
        default_source: str = "jsonl",
    ) -> Task:
        """Validate one JSON object and build a `Task`; any problem is a `DataError` at `path:line`."""
        if not isinstance(record, Mapping):
            raise DataError(path, line, f"expected a JSON object, got {_describe(record)}")
        for key in record:
            if key not in FIELDS:
                close = difflib.get_close_matches(str(key), FIELDS, n=1)
                hint = f"; did you mean '{close[0]}'?" if close else f" (known fields: {', '.join(FIELDS)})"
                raise DataError(path, line, f"unknown field '{key}'{hint}")
        for key in REQUIRED_FIELDS:
            if key not in record:
                field_error(path, line, key, "missing")

        def text(key: str, default: Any = None) -> Any:
            value = record.get(key, default)
            if not isinstance(value, str) or not value.strip():
                field_error(path, line, key, f"expected a non-empty string, got {_describe(value)}")
            return value

        task_id, prompt, entry_point = text("task_id"), text("prompt"), text("entry_point")
        if not entry_point.isidentifier() or keyword.iskeyword(entry_point):
            field_error(path, line, "entry_point", f"{entry_point!r} is not a valid Python identifier")
        test_tree = parse_code(text("test"), path, line, "test")
        has_check = any(isinstance(n, ast.FunctionDef) and n.name == "check" for n in test_tree.body)
        if not has_check and entry_point not in _names(test_tree):
            field_error(path, line, "test", f"neither defines check(candidate) nor calls '{entry_point}'")
        visible = record.get("visible_tests", [])
        if not isinstance(visible, list) or not all(isinstance(v, str) for v in visible):
            got = _describe(visible)
            if isinstance(visible, list):
                got = "a list holding " + _describe(next(v for v in visible if not isinstance(v, str)))
            field_error(path, line, "visible_tests", f"expected a list of strings, got {got}")
        for i, statement in enumerate(visible):
            body = parse_code(statement, path, line, f"visible_tests[{i}]").body
            if len(body) != 1 or not isinstance(body[0], ast.Assert):
                field_error(path, line, f"visible_tests[{i}]", "expected a single assert statement")
            if entry_point not in _names(body[0]):
                field_error(path, line, f"visible_tests[{i}]", f"does not call '{entry_point}'")
        reference = record.get("reference")
        if reference is not None:
            if not isinstance(reference, str):
                field_error(path, line, "reference", f"expected a string or null, got {_describe(reference)}")
            if entry_point not in bound_names(parse_code(reference, path, line, "reference")):
                field_error(path, line, "reference", f"does not define '{entry_point}'")
        meta = record.get("meta", {})
        if not isinstance(meta, dict):
            field_error(path, line, "meta", f"expected a JSON object, got {_describe(meta)}")
        source = text("source", default_source)
        return cls(task_id, prompt, entry_point, record["test"], tuple(visible), reference, source, meta)


def load_tasks(path: str | os.PathLike[str]) -> list[Task]:
    """Read and validate a task file (every line); duplicate `task_id`s are an error naming both lines."""
    rows = [(str(path), line, Task.from_record(record, path, line)) for line, record in iter_jsonl(path)]
    check_unique(rows)
    return [task for _, _, task in rows]


def check_unique(entries: Iterable[tuple[str, int | None, Task]]) -> None:
    """Raise `DataError` at the second `(path, line, task)` entry whose `task_id` was already seen."""
    seen: dict[str, tuple[str, int | None]] = {}
    for where, line, task in entries:
        if task.task_id in seen:
            first_where, first_line = seen[task.task_id]
            first = f"line {first_line}" if first_line is not None else first_where
            raise DataError(where, line, f"duplicate task_id '{task.task_id}' (first seen on {first})")
        seen[task.task_id] = (where, line)


def write_tasks(path: str | os.PathLike[str], tasks: Iterable[Task]) -> int:
    """Atomically write tasks as JSONL, in the given order; return how many were written."""
    tasks = list(tasks)
    dups = [task_id for task_id, n in Counter(t.task_id for t in tasks).items() if n > 1]
    if dups:
        raise PdistillError(f"{path}: refusing to write duplicate task_id '{dups[0]}'")
    return write_jsonl(path, (t.to_record() for t in tasks))


def field_error(path: str | os.PathLike[str], line: int | None, name: str, message: str) -> NoReturn:
    """Raise the `DataError` for one field of one record: `FILE:LINE: field 'NAME': MESSAGE`."""
    raise DataError(path, line, f"field '{name}': {message}")


def _describe(value: Any) -> str:
    if isinstance(value, str) and not value.strip():
        return "an empty string"
    return "null" if value is None else _JSON_TYPES.get(type(value), f"a {type(value).__name__}")


def parse_code(code: str, path: str | os.PathLike[str], line: int | None, name: str) -> ast.Module:
    """Parse a code field; a syntax error is a `field_error` naming the field and the code's line."""
    try:
        return ast.parse(code)
    except SyntaxError as exc:
        field_error(path, line, name, f"Python syntax error (line {exc.lineno} of the code): {exc.msg}")
    except ValueError as exc:  # e.g. null bytes
        field_error(path, line, name, f"not parseable Python: {exc}")


def _names(tree: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}


def bound_names(tree: ast.AST) -> set[str]:
    """Names a program defines: functions, classes, imports and assignment targets, at any depth."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(node.name)
        elif isinstance(node, ast.alias):
            out.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            out.add(node.id)
    return out


def spread(tasks: list[Task], limit: int | None) -> list[Task]:
    """`limit` tasks spread evenly over the list, in file order (all of them for 0 / null / limit >= len).

    Benchmarks are often ordered by source or difficulty (HumanEval's first problems are its easiest), so
    a subset taken from the whole file estimates the full score better than the first `limit` tasks.
    """
    if not limit or limit >= len(tasks):
        return tasks
    return [tasks[i * len(tasks) // limit] for i in range(limit)]
