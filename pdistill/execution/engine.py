"""The library entry point: samples + tasks in, one verdict record per sample out, in input order."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import Any

from pdistill.execution.limits import Limits
from pdistill.execution.pool import SandboxPool
from pdistill.progress import bar, enabled

RESULT_FIELDS = ("status", "tests_passed", "tests_total", "feedback", "output")


def _field(task: Any, name: str) -> Any:
    return task[name] if isinstance(task, Mapping) else getattr(task, name)


def make_job(program: str, task: Any, limits: Limits) -> dict[str, Any]:
    """The wire form of one sample: its full program and its task's tests and entry point."""
    return {
        "program": program,
        "test": _field(task, "test"),
        "entry_point": _field(task, "entry_point"),
        "max_feedback_chars": limits.max_feedback_chars,
    }


def execute_samples(
    tasks: Mapping[str, Any],
    samples: Sequence[Mapping[str, Any]],
    limits: Limits | None = None,
    *,
    workers: int | None = None,
    mode: str = "auto",
    progress: bool | None = None,
    pool: SandboxPool | None = None,
    desc: str = "execute",
) -> tuple[list[dict[str, Any]], list[float]]:
    """Run each sample's `code` against the tests of `tasks[sample["task_id"]]` in the sandbox.

    Returns the result records (`task_id`, `sample_id` and the verdict fields, deterministic) and,
    separately, the seconds each sample took (volatile; keep it out of stage outputs). A bar named `desc`
    shows samples/s on stderr unless `progress=False` (see `pdistill.progress`). Pass an open `pool` to
    reuse its workers across calls.
    """
    limits = limits or Limits()
    jobs = [make_job(s["code"], tasks[s["task_id"]], limits) for s in samples]
    owned = pool is None
    pool = pool or SandboxPool(workers, mode)
    try:
        with bar(len(jobs), desc, "sample", progress=progress) as shown:
            lock = threading.Lock()

            def tick() -> None:
                with lock:
                    shown.update(1)

            verdicts = pool.map(jobs, limits, on_done=tick if enabled(progress) else None)
    finally:
        if owned:
            pool.close()
    results = []
    for sample, verdict in zip(samples, verdicts, strict=True):
        record = {"task_id": sample["task_id"], "sample_id": sample["sample_id"]}
        record.update({k: verdict[k] for k in RESULT_FIELDS})
        results.append(record)
    return results, [v["elapsed_s"] for v in verdicts]


def execute_repeated(
    tasks: Mapping[str, Any],
    programs: Sequence[tuple[str, str]],
    runs: int,
    limits: Limits | None = None,
    *,
    workers: int | None = None,
    mode: str = "auto",
    progress: bool | None = None,
    desc: str = "execute",
) -> list[list[dict[str, Any]]]:
    """Run each `(task_id, program)` `runs` times (to catch flaky programs); one list of verdicts each."""
    if runs < 1:
        raise ValueError(f"runs must be at least 1, got {runs}")
    samples = [
        {"task_id": tid, "sample_id": i * runs + r, "code": code}
        for i, (tid, code) in enumerate(programs)
        for r in range(runs)
    ]
    results, _ = execute_samples(
        tasks, samples, limits, workers=workers, mode=mode, progress=progress, desc=desc
    )
    return [results[i * runs : (i + 1) * runs] for i in range(len(programs))]
