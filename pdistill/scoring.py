"""Scoring of evaluation records: pass counts per task, per-task pass@1, and a benchmark's metrics.

Pure functions over the records of `pdistill.evaluate.run_multistep` (`data/eval/<model>.jsonl`), apart
from the evaluation loop so that the report reads them without the sandbox or the student.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pdistill.metrics import mean_pass_at_k
from pdistill.stats import bootstrap_ci


def pass_counts(records: Iterable[Mapping[str, Any]], step: int) -> dict[str, tuple[int, int]]:
    """`task_id -> (samples, samples passing the hidden tests)` at one step, tasks in first-seen order."""
    counts: dict[str, list[int]] = {}
    for r in records:
        if r["step"] == step:
            c = counts.setdefault(r["task_id"], [0, 0])
            c[0] += 1
            c[1] += r["status"] == "passed"
    return {t: (n, c) for t, (n, c) in counts.items()}


def per_task_pass_at_1(records: Iterable[Mapping[str, Any]], step: int) -> dict[str, float]:
    """`task_id -> c / n` at one step: what `pdistill.stats.paired_comparison` compares across models."""
    return {t: c / n for t, (n, c) in pass_counts(records, step).items()}


def summarise(
    records: Sequence[Mapping[str, Any]],
    *,
    steps: int,
    ks: Sequence[int] = (1,),
    bootstrap_samples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> dict[str, Any]:
    """Metrics of one benchmark: per step `stepS` with pass@1 and its bootstrap interval over tasks,
    pass@k for each k in `ks` that every task has enough samples for, tasks solved and chains rewritten.
    Values are rounded to 4 decimals (deterministic, and readable in `dvc metrics diff`)."""
    out: dict[str, Any] = {}
    pass1: list[float] = []
    first = pass_counts(records, 1)
    out["tasks"] = len(first)
    out["samples_per_task"] = min((n for n, _ in first.values()), default=0)
    for step in range(1, steps + 1):
        counts = pass_counts(records, step)
        m: dict[str, Any] = {}
        if counts:
            ci = bootstrap_ci(
                [c / n for n, c in counts.values()],
                samples=bootstrap_samples,
                confidence=confidence,
                seed=seed,
            )
            m.update({"pass@1": ci.estimate, "pass@1_ci_low": ci.low, "pass@1_ci_high": ci.high})
            pass1.append(ci.estimate)
            for k in sorted(set(ks) - {1}):
                if all(n >= k for n, _ in counts.values()):
                    m[f"pass@{k}"] = mean_pass_at_k(counts.values(), k)
        m["tasks_solved"] = sum(c > 0 for _, c in counts.values())
        m["refined"] = sum(r["step"] == step and r["origin"] == "refined" for r in records)
        # programs whose generation hit max_new_tokens (they may be cut off mid-function)
        m["truncated"] = sum(r["step"] == step and r.get("finish_reason") == "length" for r in records)
        out[f"step{step}"] = {k: round(v, 4) if isinstance(v, float) else v for k, v in m.items()}
    if steps > 1 and pass1:
        out["refine_gain"] = round(pass1[-1] - pass1[0], 4)
    return out
