"""The verdict statuses, and how the sandbox's raw outcome becomes one (pure functions, no I/O)."""

from __future__ import annotations

import signal
from dataclasses import dataclass
from enum import Enum
from typing import Any


class Status(str, Enum):
    """Outcome of running one sample against its task's tests."""

    PASSED = "passed"  # every test ran and held
    FAILED = "failed"  # a test assertion did not hold (the first failure decides the status)
    ERROR = "error"  # an exception, an early exit(), a crash, or a limit other than time/memory
    TIMEOUT = "timeout"  # the wall-clock or CPU-time limit was reached before the tests finished
    OUT_OF_MEMORY = "out_of_memory"  # MemoryError, or killed for exceeding the memory limit
    SYNTAX_ERROR = "syntax_error"  # the program does not compile


@dataclass
class RawOutcome:
    """What the worker observed: the harness's messages, the exit status, the captured output."""

    messages: list[dict[str, Any]]
    exit_code: int | None  # None when killed by a signal
    signal: int | None
    timed_out: bool
    output: str
    running: str  # the last test call the harness announced (for timeout feedback)


def _signal_reason(sig: int) -> tuple[Status, str]:
    if sig in (signal.SIGXCPU, signal.SIGKILL):
        return Status.TIMEOUT, "the program used up its CPU-time limit"
    if sig == signal.SIGXFSZ:
        return Status.ERROR, "the program wrote a file larger than the file-size limit"
    if sig == signal.SIGSEGV:
        return (
            Status.ERROR,
            "the program crashed with a segmentation fault (deep recursion or out of memory?)",
        )
    return Status.ERROR, f"the program was killed by signal {signal.Signals(sig).name}"


def decide(raw: RawOutcome, timeout_s: float) -> dict[str, Any]:
    """Turn a raw outcome into the verdict fields `status`, `tests_passed`, `tests_total`, `feedback`.

    The first failure the harness reported decides the status. Passing requires the harness's final
    `end` message, which it sends only after every test ran: a program that exits early cannot pass.
    """
    first = next((m for m in raw.messages if m.get("ev") == "fail"), None)
    end = next((m for m in raw.messages if m.get("ev") == "end"), None)
    passed = end.get("passed") if end else None
    total = end.get("total") if end else None
    if first is not None:
        status, feedback = Status(first["status"]), first["feedback"]
    elif end is not None:
        status, feedback = Status.PASSED, ""
    elif raw.timed_out:
        where = f" while running {raw.running}" if raw.running else ""
        status, feedback = (
            Status.TIMEOUT,
            f"Timeout: the program did not finish within {timeout_s:g} s{where}.",
        )
    elif raw.signal is not None:
        status, reason = _signal_reason(raw.signal)
        where = f" while running {raw.running}" if raw.running else ""
        feedback = f"{status.value.replace('_', ' ').capitalize()}: {reason}{where}."
    else:
        status = Status.ERROR
        feedback = (
            f"Error: the program exited with status {raw.exit_code} before the tests finished "
            "(it must not call exit())."
        )
    if status is Status.PASSED and (passed is None or total is None or passed != total):
        status, feedback = Status.FAILED, "Not every test ran to completion."
    return {"status": status.value, "tests_passed": passed, "tests_total": total, "feedback": feedback}
