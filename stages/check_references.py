"""Stage `check_references`: run every task's reference solution against its hidden tests and its
visible tests in the sandbox. A reference that fails means a broken task; a visible test that fails
its own reference means a wrong example (it would mislead multi-step inference).

    python stages/check_references.py --tasks data/tasks/humaneval.jsonl \
        --out data/references/humaneval.jsonl --metrics metrics/references.json
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pdistill.config.load import load_config
from pdistill.execution import execute_samples
from pdistill.execution.config import ExecutionConfig
from pdistill.io import run_stage, write_json, write_jsonl
from pdistill.tasks import Task, load_tasks


def build_checks(tasks: list[Task]) -> tuple[dict[str, dict[str, str]], list[dict[str, Any]]]:
    """Pseudo-tasks (`<id>` hidden tests, `<id>#visible` visible tests) and one sample per check."""
    checks, samples = {}, []
    for t in tasks:
        if t.reference is None:
            continue
        checks[t.task_id] = {"test": t.test, "entry_point": t.entry_point}
        samples.append({"task_id": t.task_id, "sample_id": "hidden", "code": t.reference})
        if t.visible_tests:
            checks[f"{t.task_id}#visible"] = {
                "test": "\n".join(t.visible_tests) + "\n",
                "entry_point": t.entry_point,
            }
            samples.append({"task_id": f"{t.task_id}#visible", "sample_id": "visible", "code": t.reference})
    return checks, samples


def summarise(tasks: list[Task], results: list[dict[str, Any]]) -> dict[str, Any]:
    """Metrics: how many references pass their hidden and visible tests."""
    hidden = [r for r in results if r["sample_id"] == "hidden"]
    visible = [r for r in results if r["sample_id"] == "visible"]
    passed = sum(r["status"] == "passed" for r in hidden)
    return {
        "tasks": len(tasks),
        "with_reference": len(hidden),
        "reference_passed": passed,
        "reference_pass_rate": round(passed / len(hidden), 4) if hidden else None,
        "with_visible_tests": len(visible),
        "visible_tests_passed": sum(r["status"] == "passed" for r in visible),
    }


def main() -> None:
    """Check the references of `--tasks`; write per-check results and metrics."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tasks", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--metrics", required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    cfg = ExecutionConfig.from_config(load_config(args.params))
    tasks = load_tasks(args.tasks)
    checks, samples = build_checks(tasks)
    results, _ = execute_samples(
        checks, samples, cfg.limits, workers=cfg.workers, mode=cfg.sandbox, desc="check_references"
    )
    write_jsonl(args.out, results)
    metrics = summarise(tasks, results)
    write_json(args.metrics, metrics)
    print(
        f"check_references: {metrics['reference_passed']}/{metrics['with_reference']} references pass, "
        f"{metrics['visible_tests_passed']}/{metrics['with_visible_tests']} pass their visible tests",
        file=sys.stderr,
    )


if __name__ == "__main__":
    run_stage(main)
