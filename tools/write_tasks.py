"""Assemble `data/tasks/pdistill_tasks.jsonl` from the hand-written sources in `tools/tasks/`.

    python -m tools.write_tasks            # validate statically, write the file
    python -m tools.write_tasks --check    # ... and run every reference and trivial program in the sandbox
    python -m tools.write_tasks --verify   # only compare the file on disk with the sources (exit 1 if stale)

The output is a pure function of the sources: ids are `pd/<category>/<entry_point>` (so reordering or
appending tasks never changes an id), tasks are in source order, the prompt is the reference up to the end
of the entry point's docstring, the visible tests are the docstring's doctests
(`pdistill.visible_tests.extract_visible_tests`). See `docs/task-set.md`.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, NoReturn

from pdistill.tasks import Task, load_tasks, write_tasks
from pdistill.visible_tests import extract_visible_tests
from tools.tasks import CATEGORY_MODULES
from tools.tasks._spec import Spec

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "tasks" / "pdistill_tasks.jsonl"
SOURCE = "pdistill"
MIN_ASSERTS = 3
MAX_EXAMPLES = 3
ALLOWED_IMPORTS = frozenset(
    {"bisect", "collections", "fractions", "functools", "heapq", "itertools", "math", "operator", "re"}
    | {"string", "typing"}
)
# Names whose use would make a task impure or order-dependent (I/O, dynamic code, hash/identity values).
FORBIDDEN_NAMES = frozenset(
    {"open", "input", "print", "eval", "exec", "compile", "hash", "id", "globals", "locals", "vars"}
    | {"__import__", "breakpoint", "exit", "quit"}
)
# Constant programs that must fail every task (a test suite they pass does not discriminate).
TRIVIAL_RETURNS = ("None", "0", "1", "-1", "True", "False", "''", "[]", "{}", "()", "0.0")


class TaskError(ValueError):
    """A problem with one task's source, naming the task."""


def load_specs(only: str | None = None) -> list[tuple[str, list[Spec]]]:
    """`(category, specs)` for every category module (or just module `only`), in the fixed module order."""
    out = []
    for name in CATEGORY_MODULES if only is None else (only,):
        module = importlib.import_module(f"tools.tasks.{name}")
        out.append((module.CATEGORY, list(module.TASKS)))
    return out


def build_tasks(only: str | None = None) -> list[Task]:
    """Every task (of module `only`), statically validated, in source order; raises `TaskError` on the
    first problem."""
    tasks: list[Task] = []
    for category, specs in load_specs(only):
        for index, spec in enumerate(specs, 1):
            tasks.append(build_task(category, spec, f"{category} task #{index}"))
    seen: dict[str, str] = {}
    for t in tasks:
        if t.entry_point in seen:
            raise TaskError(
                f"{t.task_id}: entry point '{t.entry_point}' is already used by {seen[t.entry_point]}"
            )
        seen[t.entry_point] = t.task_id
    return tasks


def task_id(category: str, entry_point: str) -> str:
    """The id of a task: `pd/<category>/<entry_point>`, independent of where the spec sits in its module."""
    return f"pd/{category}/{entry_point}"


def build_task(category: str, spec: Spec, where: str = "task") -> Task:
    """One task record from its spec, after the static checks (nothing is executed). Errors name the task
    by its id, or by `where` (its position) while the entry point is not known yet."""
    label = where

    def fail(message: str) -> NoReturn:
        raise TaskError(f"{label}: {message}")

    try:
        tree = ast.parse(spec.code)
    except SyntaxError as exc:
        raise TaskError(f"{where}: reference does not parse: {exc}") from exc
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    if not defs:
        fail("reference defines no top-level function")
    func = defs[-1]
    entry_point = func.name
    label = task_id(category, entry_point)
    doc = ast.get_docstring(func, clean=False)
    if doc is None:
        fail(f"'{entry_point}' has no docstring")
    n_examples = sum(line.lstrip().startswith(">>>") for line in doc.splitlines())
    if not 1 <= n_examples <= MAX_EXAMPLES:
        fail(f"the docstring has {n_examples} doctest examples (want 1 to {MAX_EXAMPLES})")
    if len(func.body) < 2:
        fail(f"'{entry_point}' has a docstring but no body")
    lines = spec.code.splitlines(keepends=True)
    prompt = "".join(lines[: func.body[0].end_lineno])
    if not prompt.rstrip().endswith('"""'):
        fail('the docstring must end with """ on its own line')
    visible = extract_visible_tests(prompt, entry_point)
    if len(visible) != n_examples:
        fail(f"{len(visible)} of {n_examples} doctest examples became visible tests: {visible}")
    _check_code(spec.code, "reference", fail)

    try:
        test_tree = ast.parse(spec.tests)
    except SyntaxError as exc:
        raise TaskError(f"{task_id}: tests do not parse: {exc}") from exc
    asserts = [n for n in test_tree.body if isinstance(n, ast.Assert)]
    if len(asserts) < MIN_ASSERTS:
        fail(f"tests hold {len(asserts)} top-level asserts (want at least {MIN_ASSERTS})")
    calls = {
        n.func.id for n in ast.walk(test_tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    if entry_point not in calls:
        fail(f"tests never call '{entry_point}'")
    _check_code(spec.tests, "tests", fail)
    meta = {"category": category, "difficulty": spec.difficulty}
    return Task(label, prompt, entry_point, spec.tests, tuple(visible), spec.code, SOURCE, meta)


def _check_code(code: str, what: str, fail: Any) -> None:
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            bad = [n for n in names if n.split(".")[0] not in ALLOWED_IMPORTS]
            if bad:
                fail(f"{what} imports {bad[0]!r} (allowed: {', '.join(sorted(ALLOWED_IMPORTS))})")
        elif isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            fail(f"{what} uses '{node.id}', which is not allowed in tasks")


# --- dynamic checks ------------------------------------------------------------------------------------


def trivial_programs(task: Task) -> list[tuple[str, str]]:
    """`(label, program)` pairs that must all fail `task.test`: constant returns, the identity, and a
    program that memorises the visible examples (so the tests must go beyond the docstring)."""
    func = [n for n in ast.parse(task.prompt + "    pass\n").body if isinstance(n, ast.FunctionDef)][-1]
    params = [a.arg for a in func.args.args]
    defaults = [None] * (len(params) - len(func.args.defaults)) + [ast.unparse(d) for d in func.args.defaults]
    out = [(f"return {value}", f"{task.prompt}    return {value}\n") for value in TRIVIAL_RETURNS]
    if params:
        out.append(("identity", f"{task.prompt}    return {params[0]}\n"))
    body = []
    for statement in task.visible_tests:
        compare = ast.parse(statement).body[0].test
        call = compare.left
        given = [ast.unparse(a) for a in call.args]
        missing = defaults[len(given) :]
        if call.keywords or len(given) > len(params) or None in missing:
            continue
        args = ", ".join(given + missing)
        body.append(f"    if ({', '.join(params)},) == ({args},):\n")
        body.append(f"        return {ast.unparse(compare.comparators[0])}\n")
    if body:
        out.append(("memorised examples", task.prompt + "".join(body) + "    return None\n"))
    return out


def sandbox_check(tasks: list[Task], workers: int | None = None) -> list[str]:
    """Run references (tests and visible tests) and trivial programs in the sandbox; list the problems."""
    from pdistill.execution import Limits, SandboxPool, execute_samples

    by_id = {t.task_id: t for t in tasks}
    visible = {t.task_id: {"test": "\n".join(t.visible_tests), "entry_point": t.entry_point} for t in tasks}
    refs = [{"task_id": t.task_id, "sample_id": 0, "code": t.reference} for t in tasks]
    wrong, labels = [], []
    for t in tasks:
        for label, program in trivial_programs(t):
            wrong.append({"task_id": t.task_id, "sample_id": len(wrong), "code": program})
            labels.append(label)
    limits = Limits(timeout_s=5)
    problems = []
    with SandboxPool(workers) as pool:
        for kind, table, samples in (("tests", by_id, refs), ("visible tests", visible, refs)):
            results, seconds = execute_samples(table, samples, limits, pool=pool, progress=False)
            for r, s in zip(results, seconds, strict=True):
                if r["status"] != "passed":
                    why = f"{r['status']} {r['feedback']}"
                    problems.append(f"{r['task_id']}: reference fails its {kind}: {why}")
                elif s > 1.0:
                    problems.append(f"{r['task_id']}: reference takes {s:.2f} s on its {kind}")
        results, _ = execute_samples(by_id, wrong, limits, pool=pool, progress=False)
        for r, label in zip(results, labels, strict=True):
            if r["status"] == "passed":
                problems.append(f"{r['task_id']}: the trivial program '{label}' passes the tests")
    return problems


_HASHSEED_SCRIPT = """
import json, sys
failed = []
for t in json.load(sys.stdin):
    scope = {"__name__": "__task__"}
    try:
        exec(t["reference"] + "\\n" + t["test"], scope)
    except BaseException as exc:
        failed.append(f"{t['task_id']}: {type(exc).__name__}: {exc}")
print(json.dumps(failed))
"""


def hashseed_check(tasks: list[Task], seeds: tuple[int, ...] = (0, 1, 2, 3)) -> list[str]:
    """Run every reference against its tests (unsandboxed: our own code) under several string-hash
    seeds, so an answer that depends on set or dict order of strings shows up as a failure."""
    payload = json.dumps([{"task_id": t.task_id, "reference": t.reference, "test": t.test} for t in tasks])
    problems = []
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        run = subprocess.run(
            [sys.executable, "-c", _HASHSEED_SCRIPT], input=payload, capture_output=True, text=True, env=env
        )
        if run.returncode != 0:
            problems.append(f"hash seed {seed}: checker crashed: {run.stderr[-500:]}")
            continue
        problems += [f"hash seed {seed}: {p}" for p in json.loads(run.stdout)]
    return problems


def summary(tasks: list[Task]) -> str:
    """A table of task counts by category and difficulty."""
    counts = Counter((t.meta["category"], t.meta["difficulty"]) for t in tasks)
    cats = list(dict.fromkeys(t.meta["category"] for t in tasks))
    levels = ("easy", "medium", "hard")
    rows = [f"{'category':<16}" + "".join(f"{d:>8}" for d in levels) + f"{'total':>8}"]
    for c in cats:
        rows.append(
            f"{c:<16}"
            + "".join(f"{counts[c, d]:>8}" for d in levels)
            + f"{sum(counts[c, d] for d in levels):>8}"
        )
    totals = [sum(counts[c, d] for c in cats) for d in levels]
    rows.append(f"{'total':<16}" + "".join(f"{n:>8}" for n in totals) + f"{len(tasks):>8}")
    rows.append(f"{'share':<16}" + "".join(f"{n / len(tasks):>8.0%}" for n in totals))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="task file to write (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="also run the sandbox and hash-seed checks")
    parser.add_argument("--verify", action="store_true", help="only check that --out matches the sources")
    parser.add_argument("--workers", type=int, default=None, help="sandbox workers for --check")
    parser.add_argument(
        "--only",
        choices=CATEGORY_MODULES,
        help="build and check one module's tasks (while writing them; give --out a scratch file)",
    )
    args = parser.parse_args(argv)
    if args.only and args.out == OUT:
        parser.error("--only writes a partial task set: give --out a scratch file")
    if args.out.exists() and not args.out.is_file():
        # The write is an atomic rename: it would replace a device such as /dev/null with a plain file.
        parser.error(f"--out {args.out} exists and is not a regular file")
    try:
        tasks = build_tasks(args.only)
    except TaskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.verify:
        on_disk = [t.to_record() for t in load_tasks(args.out)] if args.out.exists() else None
        if on_disk != [t.to_record() for t in tasks]:
            print(f"{args.out} is stale: run `python -m tools.write_tasks`", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date ({len(tasks)} tasks)")
        return 0
    if args.check:
        problems = sandbox_check(tasks, args.workers) + hashseed_check(tasks)
        for p in problems:
            print(p, file=sys.stderr)
        if problems:
            print(f"{len(problems)} problems; {args.out} not written", file=sys.stderr)
            return 1
    n = write_tasks(args.out, tasks)
    print(summary(tasks))
    print(f"wrote {n} tasks to {args.out}" + (" (all checks passed)" if args.check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
