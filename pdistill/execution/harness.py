"""What runs inside the sandbox: load the candidate program, run its task's tests, report the outcome.

Messages go to the worker on a dedicated pipe as JSON lines: `fail` (the first failure, sent the
moment it happens, so a later hang cannot lose it) and `end` (sent only after every test ran). The
worker counts a sample as passed only on `end` without `fail`, so `exit()`, `sys.exit(0)` or
`os._exit(0)` before or during the tests can never pass. Standard library only: this module is
imported by the pre-forked worker, and each sample runs in a fresh fork of it.
"""

from __future__ import annotations

import ast
import builtins
import functools
import json
import linecache
import mmap
import operator
import os
import sys
from collections.abc import Callable
from types import CodeType
from typing import Any, NamedTuple

from pdistill.execution import feedback as fb
from pdistill.execution.rewrite import AssertInfo, defines_check, rewrite_tests

_OPS = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "in": lambda a, b: a in b,
    "not in": lambda a, b: a not in b,
    "is": operator.is_,
    "is not": operator.is_not,
}


class PreparedTests(NamedTuple):
    """A task's tests, rewritten and compiled once in the worker and inherited by every fork."""

    code: CodeType | None  # the whole module (HumanEval style), or None
    statements: tuple[tuple[CodeType, bool], ...]  # MBPP style: (code, is an assertion) per statement
    asserts: tuple[AssertInfo, ...]


@functools.lru_cache(maxsize=512)
def prepare_tests(test: str, entry_point: str) -> PreparedTests:
    """Rewrite and compile test code; raises `SyntaxError` if the tests themselves do not parse."""
    tree, asserts = rewrite_tests(test, {entry_point, "candidate"})
    if defines_check(tree):
        return PreparedTests(compile(tree, fb.TESTS_FILE, "exec", dont_inherit=True), (), tuple(asserts))
    statements = []
    for stmt in tree.body:
        is_test = (
            isinstance(stmt, ast.Expr)
            and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Name)
            and stmt.value.func.id in ("__pd_cmp__", "__pd_assert__")
        )
        code = compile(ast.Module([stmt], []), fb.TESTS_FILE, "exec", dont_inherit=True)
        statements.append((code, is_test))
    return PreparedTests(None, tuple(statements), tuple(asserts))


def _register_source(filename: str, text: str) -> None:
    linecache.cache[filename] = (len(text), None, text.splitlines(keepends=True), filename)


def _status_of(exc: BaseException) -> str:
    return "out_of_memory" if isinstance(exc, MemoryError) else "error"


class Reporter:
    """Counts assertions, remembers the last call of the function under test, reports to the worker."""

    def __init__(self, result_fd: int, scratch: mmap.mmap | None, entry_point: str, max_chars: int) -> None:
        self.fd, self.scratch, self.entry, self.max_chars = result_fd, scratch, entry_point, max_chars
        self.passed = self.total = 0
        self.failed = False
        self.asserts: tuple[AssertInfo, ...] = ()
        self.call: str | None = None  # "f(1, 2)" of the latest call since the last assertion
        self.result: Any = None
        self.has_result = False

    def send(self, message: dict[str, Any]) -> None:
        """Write one message; a channel the program closed is simply lost (it then cannot pass)."""
        try:
            os.write(self.fd, (json.dumps(message) + "\n").encode())
        except OSError:
            pass

    def end(self, passed: int, total: int | None) -> None:
        """Flush the program's output, then say every test ran (the only way to pass)."""
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
        self.send({"ev": "end", "passed": passed, "total": total})

    def fail(self, status: str, feedback: str) -> None:
        """Report the first failure; later ones only count."""
        if not self.failed:
            self.failed = True
            self.send({"ev": "fail", "status": status, "feedback": fb.clip(feedback, self.max_chars)})

    def announce(self, text: str) -> None:
        """Leave the current call in shared memory, where the worker reads it after a timeout."""
        if self.scratch is not None:
            data = text.encode("utf-8", "replace")[:4000]
            self.scratch[:2] = len(data).to_bytes(2, "little")
            self.scratch[2 : 2 + len(data)] = data

    # -- the helpers the rewritten tests call ------------------------------------------------------
    def call_helper(self, f: Any, /, *args: Any, **kwargs: Any) -> Any:
        """`__pd_call__`: record the call's arguments, then make it."""
        parts = [fb.safe_repr(a) for a in args] + [f"{k}={fb.safe_repr(v)}" for k, v in kwargs.items()]
        self.call = f"{self.entry}({', '.join(parts)})"
        self.has_result = False
        self.announce(self.call)
        self.result = f(*args, **kwargs)
        self.has_result = True
        return self.result

    def cmp_helper(self, index: int, left: Any, op: str, right: Any, message: Any) -> None:
        """`__pd_cmp__`: one comparison assertion."""
        ok = bool(_OPS[op](left, right))
        self._count(
            ok,
            lambda: fb.assertion_feedback(
                self.asserts[index],
                self.entry,
                self.call,
                left,
                op,
                right,
                message() if message is not None else None,
            ),
        )

    def assert_helper(self, index: int, value: Any, message: Any) -> None:
        """`__pd_assert__`: one truth assertion."""
        self._count(
            bool(value),
            lambda: fb.truth_feedback(
                self.asserts[index],
                self.entry,
                self.call,
                self.result,
                self.has_result,
                message() if message is not None else None,
            ),
        )

    def _count(self, ok: bool, feedback: Callable[[], str]) -> None:
        """Count one assertion; the first that fails is reported (its feedback built only then)."""
        self.total += 1
        if ok:
            self.passed += 1
        elif not self.failed:
            self.fail("failed", feedback())
        self.call = None

    def exception(self, exc: BaseException) -> None:
        """Report an exception raised by a test."""
        if not self.failed:
            test = fb.failing_test(exc, self.asserts)
            self.fail(_status_of(exc), fb.exception_feedback(exc, test, self.entry, self.call))
        self.call = None


def run(
    job: dict[str, Any], result_fd: int, scratch: mmap.mmap | None = None, tests: PreparedTests | None = None
) -> None:
    """Run one job (`program`, `test`, `entry_point`, `max_feedback_chars`) and report on `result_fd`."""
    entry = job["entry_point"]
    rep = Reporter(result_fd, scratch, entry, int(job.get("max_feedback_chars", 1500)))
    program = job["program"]
    tests = tests or prepare_tests(job["test"], entry)
    rep.asserts = tests.asserts
    _register_source(fb.CANDIDATE_FILE, program)
    _register_source(fb.TESTS_FILE, job["test"])
    try:
        code = compile(program, fb.CANDIDATE_FILE, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:  # ValueError: null bytes in the source
        rep.fail("syntax_error", fb.syntax_feedback(exc))
        rep.end(0, None)
        return
    namespace: dict[str, Any] = {"__name__": "__candidate__", "__builtins__": builtins}
    try:
        exec(code, namespace)
    except BaseException as exc:
        rep.fail(_status_of(exc), fb.exception_feedback(exc, None, entry, None, loading=True))
        rep.end(0, None)
        return
    if not callable(namespace.get(entry)):
        rep.fail("error", f"NameError: the program does not define a function named '{entry}'.")
        rep.end(0, None)
        return
    # The tests run in their own namespace: the program's functions cannot reach the helpers.
    scope = dict(namespace)
    scope.update(__pd_call__=rep.call_helper, __pd_cmp__=rep.cmp_helper, __pd_assert__=rep.assert_helper)
    if tests.code is not None:
        total = _run_check(tests.code, scope, namespace[entry], rep)
    else:
        total = _run_statements(tests.statements, scope, rep)
    rep.end(rep.passed, total)


def _run_check(code: CodeType, scope: dict[str, Any], candidate: Any, rep: Reporter) -> int | None:
    """HumanEval style: define `check`, call `check(candidate)`; an exception ends the tests."""
    try:
        exec(code, scope)
        scope["check"](candidate)
    except BaseException as exc:
        rep.exception(exc)
        return None
    return rep.total


def _run_statements(
    statements: tuple[tuple[CodeType, bool], ...], scope: dict[str, Any], rep: Reporter
) -> int | None:
    """MBPP style: run statement by statement; an assertion that raises counts as one failed test."""
    aborted = False
    for code, is_test in statements:
        try:
            exec(code, scope)
        except BaseException as exc:
            rep.exception(exc)
            if is_test:
                rep.total += 1
            else:
                aborted = True
    return None if aborted else rep.total
