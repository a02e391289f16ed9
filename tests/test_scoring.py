"""Scoring of evaluation records (`pdistill.scoring`), on hand-made records: no sandbox, no student."""

from __future__ import annotations

import subprocess
import sys

from pdistill.scoring import pass_counts, per_task_pass_at_1, summarise


def _records() -> list[dict]:
    """Task a: 2 samples, 1 passes at step 1, both after the rewrite of sample 1; task b: never."""
    rows = [
        ("a", 0, 1, "attempt", "passed"),
        ("a", 1, 1, "attempt", "failed"),
        ("b", 0, 1, "attempt", "failed"),
        ("b", 1, 1, "attempt", "error"),
        ("a", 0, 2, "kept", "passed"),
        ("a", 1, 2, "refined", "passed"),
        ("b", 0, 2, "refined", "failed"),
        ("b", 1, 2, "kept", "error"),
    ]
    return [
        {"task_id": t, "sample_id": s, "step": step, "origin": origin, "status": status}
        for t, s, step, origin, status in rows
    ]


def test_counts_and_per_task_values():
    records = _records()
    assert pass_counts(records, 1) == {"a": (2, 1), "b": (2, 0)}
    assert per_task_pass_at_1(records, 2) == {"a": 1.0, "b": 0.0}
    assert pass_counts(records, 3) == {}


def test_summarise_per_step_with_pass_at_k_and_gain():
    metrics = summarise(_records(), steps=2, ks=[1, 2, 3], bootstrap_samples=50)
    assert metrics["tasks"] == 2 and metrics["samples_per_task"] == 2
    assert metrics["step1"]["pass@1"] == 0.25 and metrics["step2"]["pass@1"] == 0.5
    assert metrics["step1"]["pass@2"] == 0.5 and "pass@3" not in metrics["step1"]  # k > n: left out
    assert (metrics["step1"]["refined"], metrics["step2"]["refined"]) == (0, 2)
    assert metrics["step2"]["tasks_solved"] == 1 and metrics["refine_gain"] == 0.25
    assert summarise([], steps=1) == {
        "tasks": 0,
        "samples_per_task": 0,
        "step1": {"tasks_solved": 0, "refined": 0, "truncated": 0},
    }


def test_scoring_imports_neither_the_sandbox_nor_the_student():
    code = "import sys, pdistill.scoring; print(sorted(m for m in sys.modules if m.startswith('pdistill')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert eval(out) == ["pdistill", "pdistill.metrics", "pdistill.scoring", "pdistill.stats"]
