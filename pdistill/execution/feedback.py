"""Feedback text, as personalised distillation feeds it back: what failed, on which input, and why.

For a failed comparison: the test's source, then INPUT (the call of the function under test, with the
actual argument values), OUTPUT (what it returned) and EXPECTED. For an exception: the test that was
running and the traceback lines inside the candidate's own code, then the exception. Always bounded.
"""

from __future__ import annotations

import re
import reprlib
import traceback

from pdistill.execution.rewrite import AssertInfo

_repr = reprlib.Repr()
_repr.maxstring = 200
_repr.maxother = 200
_repr.maxlist = _repr.maxtuple = _repr.maxset = _repr.maxfrozenset = _repr.maxdeque = 20
_repr.maxdict = 12
_repr.maxlevel = 4
_repr.maxlong = 200

CANDIDATE_FILE = "<candidate>"
TESTS_FILE = "<tests>"


def safe_repr(value: object) -> str:
    """A bounded repr that survives objects whose `__repr__` misbehaves."""
    try:
        return _repr.repr(value)
    except BaseException as exc:
        return f"<unrepresentable {type(value).__name__}: {type(exc).__name__}>"


def clip(text: str, limit: int) -> str:
    """Keep `text` within `limit` characters, cutting from the middle (the end names the error)."""
    if len(text) <= limit:
        return text
    keep = max(limit - 20, 10)
    return text[: keep // 2] + "\n[... cut ...]\n" + text[-(keep - keep // 2) :]


def show_test(source: str, entry_point: str) -> str:
    """Test source as the model should read it: HumanEval's `candidate` renamed to the real function."""
    return re.sub(r"\bcandidate\b", entry_point, source.strip())


def assertion_feedback(
    info: AssertInfo,
    entry_point: str,
    call: str | None,
    left: object,
    op: str,
    right: object,
    message: object = None,
) -> str:
    """Feedback for a comparison assertion that did not hold."""
    lines = [
        f"Failed test: {show_test(info.source, entry_point)}",
        f"INPUT: {call or show_test(info.left, entry_point)}",
        f"OUTPUT: {safe_repr(left)}",
        f"EXPECTED: {safe_repr(right)}" if op == "==" else f"EXPECTED: {op} {safe_repr(right)}",
    ]
    if message is not None:
        lines.append(f"MESSAGE: {message}")
    return "\n".join(lines)


def truth_feedback(
    info: AssertInfo,
    entry_point: str,
    call: str | None,
    result: object,
    has_result: bool,
    message: object = None,
) -> str:
    """Feedback for a non-comparison assertion (`assert f(x)`, `assert not f(x)`, ...) that did not hold."""
    lines = [f"Failed test: {show_test(info.source, entry_point)}"]
    if call:
        lines.append(f"INPUT: {call}")
    if has_result:
        lines.append(f"OUTPUT: {safe_repr(result)}")
    if message is not None:
        lines.append(f"MESSAGE: {message}")
    return "\n".join(lines)


def _candidate_frames(exc: BaseException) -> list[str]:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == CANDIDATE_FILE]
    if len(frames) > 6:  # deep recursion: the first calls and the last ones tell the story
        gap = f"  [... {len(frames) - 5} more frames ...]\n"
        return [*traceback.format_list(frames[:2]), gap, *traceback.format_list(frames[-3:])]
    return traceback.format_list(frames)


def exception_feedback(
    exc: BaseException, test: AssertInfo | None, entry_point: str, call: str | None, loading: bool = False
) -> str:
    """Feedback for an exception raised while loading the program or running a test."""
    lines = []
    if loading:
        lines.append("Error while loading the program (before any test ran):")
    elif test is not None:
        lines.append(f"Failed test: {show_test(test.source, entry_point)}")
    if call and not loading:
        lines.append(f"INPUT: {call}")
    frames = _candidate_frames(exc)
    if frames:
        lines.append("Traceback (most recent call last):")
        lines.extend(f.rstrip("\n") for f in frames)
    lines.extend(s.rstrip("\n") for s in traceback.format_exception_only(type(exc), exc))
    if isinstance(exc, SystemExit):
        lines.append("(the program called exit(); it must return a value instead)")
    return "\n".join(lines)


def syntax_feedback(exc: BaseException) -> str:
    """Feedback for a program that does not compile: the message and the offending line."""
    return "".join(traceback.format_exception_only(type(exc), exc)).rstrip("\n")


def failing_test(exc: BaseException, asserts: list[AssertInfo]) -> AssertInfo | None:
    """The assertion whose line was executing in the tests when `exc` was raised, if any."""
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == TESTS_FILE]
    if not lines:
        return None
    line = lines[-1]
    return next((a for a in asserts if a.lineno <= line <= a.end_lineno), None)
