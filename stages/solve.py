"""Stage `solve`: a direct solution for every training task, for the StanD and InpD baselines: the
teacher's answer, or the task's reference when `solve.use_reference` is true; each validated.

    python stages/solve.py --tasks data/tasks/train.jsonl --prompt prompts/solve.txt \
        --out data/solve/solutions.jsonl --metrics metrics/solve.json
"""

from __future__ import annotations

import argparse
import contextlib
from typing import Any

from pdistill.config.load import load_config, teacher_params
from pdistill.execution.config import ExecutionConfig
from pdistill.execution.engine import execute_repeated
from pdistill.io import run_stage, write_json, write_jsonl
from pdistill.personalise import judge, program_from_reply, solve_messages, summarise
from pdistill.prompts import load_template
from pdistill.tasks import load_tasks
from pdistill.teacher.session import open_teacher, teacher_metrics


def main() -> None:
    """Collect and validate a direct solution per task; write them and metrics."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    for name in ("--tasks", "--prompt", "--out", "--metrics"):
        parser.add_argument(name, required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    config = load_config(args.params)  # every setting checked before the first request
    solve, execution = config.solve, ExecutionConfig.from_config(config)
    tasks = load_tasks(args.tasks)
    use_reference = solve.use_reference
    ask = [t for t in tasks if not (use_reference and t.reference)]
    template = load_template(args.prompt)
    metrics: dict[str, Any] = {}
    replies_by_task: dict[str, Any] = {}
    with contextlib.ExitStack() as stack:
        if ask:  # no teacher at all (no server, no key) when every task has a reference to use
            teacher = stack.enter_context(open_teacher(teacher_params(config)))
            replies = teacher.chat_many([solve_messages(template, t) for t in ask], desc="solve")
            replies_by_task = {t.task_id: r for t, r in zip(ask, replies, strict=True)}
            metrics["teacher"] = teacher_metrics(teacher, replies)
    programs = []
    for t in tasks:
        reply = replies_by_task.get(t.task_id)
        programs.append(program_from_reply(reply.content, t) if reply else t.reference or "")
    verdicts = execute_repeated(
        {t.task_id: t for t in tasks},
        [(t.task_id, p) for t, p in zip(tasks, programs, strict=True)],
        solve.validation_runs,
        execution.limits,
        workers=execution.workers,
        mode=execution.sandbox,
        desc="solve: validate",
    )
    records = []
    for t, program, runs in zip(tasks, programs, verdicts, strict=True):
        status, kept = judge(runs)
        reply = replies_by_task.get(t.task_id)
        records.append(
            {
                "task_id": t.task_id,
                "solution": program,
                "origin": "teacher" if reply else "reference",
                "request_hash": reply.request_hash if reply else None,
                "finish_reason": reply.finish_reasons[0] if reply and reply.finish_reasons else None,
                "status": status,
                "kept": kept,
            }
        )
    write_jsonl(args.out, records)
    metrics.update(summarise(records))
    write_json(args.metrics, metrics)
    print(f"solve: {metrics['kept']}/{metrics['requested']} direct solutions pass -> {args.out}")


if __name__ == "__main__":
    run_stage(main)
