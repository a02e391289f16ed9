"""Stage `execute`: run the student's attempts against the tasks' tests; verdicts and feedback.

    python stages/execute.py --tasks data/tasks/train.jsonl --samples data/attempt/samples.jsonl \
        --out data/attempt/results.jsonl --metrics metrics/attempt.json
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from pdistill.config.load import load_config
from pdistill.execution import execute_samples
from pdistill.execution.config import ExecutionConfig
from pdistill.execution.records import load_samples
from pdistill.io import run_stage, write_json, write_jsonl
from pdistill.metrics import mean_pass_at_k
from pdistill.tasks import load_tasks


def attempt_metrics(results: list[dict[str, Any]], samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Student pass rates: per sample, per task (any sample passed), and the unbiased pass@1; and how many
    attempts hit student.max_new_tokens (`truncated`: their programs may be cut off)."""
    per_task: dict[str, list[bool]] = {}
    for r in results:
        per_task.setdefault(r["task_id"], []).append(r["status"] == "passed")
    passed = sum(r["status"] == "passed" for r in results)
    return {
        "samples": len(results),
        "tasks": len(per_task),
        "samples_passed": passed,
        "sample_pass_rate": round(passed / len(results), 4) if results else None,
        "tasks_solved": sum(any(v) for v in per_task.values()),
        "pass@1": round(mean_pass_at_k([(len(v), sum(v)) for v in per_task.values()], 1), 4),
        "status": dict(sorted(Counter(r["status"] for r in results).items())),
        "truncated": sum(s.get("finish_reason") == "length" for s in samples),
    }


def main() -> None:
    """Execute the samples; write results and metrics."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tasks", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--metrics", required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    cfg = ExecutionConfig.from_config(load_config(args.params))
    tasks = {t.task_id: t for t in load_tasks(args.tasks)}
    samples = load_samples(args.samples, tasks)
    results, _ = execute_samples(tasks, samples, cfg.limits, workers=cfg.workers, mode=cfg.sandbox)
    write_jsonl(args.out, results)
    metrics = attempt_metrics(results, samples)
    write_json(args.metrics, metrics)
    print(
        f"execute: {metrics['samples_passed']}/{metrics['samples']} attempts pass "
        f"({metrics['tasks_solved']}/{metrics['tasks']} tasks) -> {args.out}"
    )


if __name__ == "__main__":
    run_stage(main)
