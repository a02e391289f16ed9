"""Task records: the format every stage reads, its strict validation, and visible tests from docstrings.

A task file is JSONL, one task per line (see `docs/data-formats.md`, "Task records"). Loading is strict:
every error is a `DataError` naming the file, the line and the field, so a typo in a hand-written file is
caught before any model runs. `extract_visible_tests` turns the examples in a prompt's docstring
(doctests, `f(x) ==> y` lines, "Input: / Output:" blocks, ...) into assert statements; it only parses,
it never executes anything.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import doctest
import inspect
import keyword
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
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
            if entry_point not in _bound_names(parse_code(reference, path, line, "reference")):
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


def _bound_names(tree: ast.AST) -> set[str]:
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


# --- visible tests from docstring examples -------------------------------------------------------------

_SEP = re.compile(r"[ \t]*(?:#[ \t]*)?(==>|=>|-->|->|➞|→|==|=|should[ \t]+return|returns\b)[ \t]*", re.I)
_CHAIN = re.compile(r"(?<![=<>!])=(?![=>])")
_FOR = re.compile(
    r"\bfor\s+(?P<args>\w+\s*=.*?),?\s+the\s+(?:output|result)\s+should\s+be\s+(?P<want>.+)", re.I
)
_IO = re.compile(r"^[ \t]*Input:[ \t]*(?P<args>\S.*)\n[ \t]*Output:[ \t]*(?P<want>\S.*)$", re.M)
_STRING = re.compile(r"^[rRuU]?(\"\"\"|'''|\"|')(.*)\1$", re.S)


def extract_visible_tests(prompt: str, entry_point: str) -> list[str]:
    """Turn the examples in `prompt`'s docstring into `assert <call> == <expected>` statements.

    Recognised: doctests (`>>> f(x)` + expected output), lines `f(x) SEP y` with SEP one of `==`, `==>`,
    `=>`, `->`, `➞`, `=`, `should return`, `returns`, `# returns`, `# =>`; "For x = v the output should
    be y" and "Input: x = v / Output: y" blocks (named arguments become positional when they follow the
    signature). Each statement must parse, call `entry_point` by name, and use only builtins and names
    the prompt defines. Duplicates are dropped; doctests come first, then the other styles, each in
    order of appearance. Nothing is executed: code is only parsed.
    """
    texts, params, known = _docstrings(prompt, entry_point)
    allowed = known | set(dir(builtins)) | {entry_point}
    found: list[str] = []
    for text in texts:
        found += _from_doctests(text)
        found += _from_lines(text, entry_point)
        for regex in (_FOR, _IO):
            for m in regex.finditer(text):
                call = _args_call(entry_point, m["args"], params)
                found += [_assert(call, want)] if call and (want := _want(m["want"])) else []
    out: list[str] = []
    for stmt in found:
        if stmt not in out and _is_valid_example(stmt, entry_point, allowed):
            out.append(stmt)
    return out


def _docstrings(prompt: str, entry_point: str) -> tuple[list[str], list[str] | None, set[str]]:
    """The raw docstring text(s) of `entry_point` in `prompt`, its parameter names, top-level names."""
    for suffix in ("", "\n    pass\n"):
        try:
            tree = ast.parse(prompt + suffix)
            break
        except (SyntaxError, ValueError):
            continue
    else:
        return [prompt], None, set()
    known = {n for stmt in tree.body for n in _bound_names(stmt) if not isinstance(stmt, ast.FunctionDef)}
    known |= {stmt.name for stmt in tree.body if isinstance(stmt, ast.FunctionDef)}
    defs = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == entry_point]
    if not defs:
        return [prompt], None, known
    texts = []
    for stmt in defs[0].body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            m = _STRING.match(ast.get_source_segment(prompt + suffix, stmt.value) or "")
            texts.append(inspect.cleandoc(m.group(2)) if m else str(stmt.value.value))
    params = [a.arg for a in defs[0].args.posonlyargs + defs[0].args.args]
    return texts or [prompt], params, known  # no docstring: examples may still be in comments


def _from_doctests(text: str) -> Iterator[str]:
    try:
        examples = doctest.DocTestParser().get_examples(text)
    except ValueError:  # inconsistent indentation inside the docstring
        return
    for ex in examples:
        call, want = _expr(ex.source), _expr(ex.want) if ex.want.strip() else None
        if call is None or want is None:
            continue
        if isinstance(call, ast.Compare) and isinstance(want, ast.Constant) and want.value is True:
            yield ast.unparse(ast.Assert(test=call))  # `>>> f(x) == y` / `True`
        else:
            yield _assert(call, want)


def _from_lines(text: str, entry_point: str) -> list[str]:
    """`f(args) SEP want` on one line (the call may span lines); drop `=` if `=` defines f (`f(n) = ...`)."""
    plain, by_equals, defining = [], [], False
    for m in re.finditer(rf"(?<![\w.]){re.escape(entry_point)}\s*\(", text):
        call, end = _call_at(text, m.start(), entry_point)
        sep = _SEP.match(text, end) if call else None
        if sep is None:
            continue
        rest = text[sep.end() :].split("\n", 1)[0]
        if sep.group(1) == "=":
            defining |= any(isinstance(n, ast.Name) for a in call.args for n in ast.walk(a))
        want = _want(rest)
        if want is not None:
            (by_equals if sep.group(1) == "=" else plain).append((m.start(), _assert(call, want)))
    return [s for _, s in sorted(plain + ([] if defining else by_equals))]


def _call_at(text: str, start: int, entry_point: str) -> tuple[Any, int]:
    """The shortest `entry_point(...)` call starting at `start` that parses, and where it ends."""
    end = text.find(")", start)
    while end != -1 and end - start < 4000:
        node = _expr(text[start : end + 1])
        if isinstance(node, ast.Call):
            ok = isinstance(node.func, ast.Name) and node.func.id == entry_point
            return (node, end + 1) if ok else (None, 0)
        end = text.find(")", end + 1)
    return None, 0


def _args_call(entry_point: str, args: str, params: list[str] | None) -> ast.Call | None:
    """`entry_point(args)`, trimming trailing prose after commas; keywords made positional if possible."""
    pieces = args.strip().split(",")
    for n in range(len(pieces), 0, -1):
        node = _expr(f"{entry_point}({','.join(pieces[:n])})")
        if not isinstance(node, ast.Call):
            continue
        names = [k.arg for k in node.keywords]
        if not names:
            return node
        if node.args or params is None or names != params[: len(names)]:
            return None
        return ast.Call(func=node.func, args=[k.value for k in node.keywords], keywords=[])
    return None


def _want(rest: str) -> ast.expr | None:
    """A literal expected value from the text after a separator, ignoring comments and trailing prose."""
    rest = rest.strip()
    chain = _CHAIN.split(rest)  # `19 - 5 - 6 = 8`: arithmetic on literals, then the value
    candidates = [rest] + [chain[-1]] * all(_is_arithmetic(_expr(part)) for part in chain[:-1])
    candidates += [rest[: m.start()] for m in reversed(list(re.finditer(r"#|\s\(|[.,]\s", rest)))]
    for text in candidates:
        text = text.strip()
        for option in (text[:-1], text) if text.endswith(".") else (text,):
            node = _expr({"true": "True", "false": "False", "none": "None"}.get(option.lower(), option))
            try:
                ast.literal_eval(node)  # type: ignore[arg-type]
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                continue
            return node
    return None


def _is_arithmetic(node: ast.expr | None) -> bool:
    allowed = (ast.Constant, ast.BinOp, ast.UnaryOp, ast.operator, ast.unaryop)
    return node is not None and all(isinstance(n, allowed) for n in ast.walk(node))


def _expr(source: str) -> ast.expr | None:
    try:
        return ast.parse(source.strip(), mode="eval").body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None


def _assert(call: ast.expr, want: ast.expr) -> str:
    return ast.unparse(ast.Assert(test=ast.Compare(left=call, ops=[ast.Eq()], comparators=[want])))


def _is_valid_example(statement: str, entry_point: str, allowed: set[str]) -> bool:
    try:
        tree = ast.parse(statement)
    except SyntaxError:
        return False
    calls = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    loads = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    bound = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
    bound |= {a.arg for a in ast.walk(tree) if isinstance(a, ast.arg)}
    return entry_point in calls and "print" not in calls and loads - bound <= allowed


def spread(tasks: list[Task], limit: int | None) -> list[Task]:
    """`limit` tasks spread evenly over the list, in file order (all of them for 0 / null / limit >= len).

    Benchmarks are often ordered by source or difficulty (HumanEval's first problems are its easiest), so
    a subset taken from the whole file estimates the full score better than the first `limit` tasks.
    """
    if not limit or limit >= len(tasks):
        return tasks
    return [tasks[i * len(tasks) // limit] for i in range(limit)]
