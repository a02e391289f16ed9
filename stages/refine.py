"""Stage `refine`: the teacher fixes the student's failed attempts, shown the code and the execution
feedback; a refinement is kept only if it passes the tests `refine.validation_runs` times.

    python stages/refine.py --tasks data/tasks/train.jsonl --samples data/attempt/samples.jsonl \
        --results data/attempt/results.jsonl --prompt prompts/refine.txt \
        --reference-prompt prompts/refine_reference.txt --out data/refine/refinements.jsonl \
        --metrics metrics/refine.json
"""

from __future__ import annotations

import argparse
from typing import Any

from pdistill.config.load import load_config, teacher_params
from pdistill.execution.config import ExecutionConfig
from pdistill.execution.engine import execute_repeated
from pdistill.io import read_jsonl, run_stage, write_json, write_jsonl
from pdistill.personalise import code_hash, judge, program_from_reply, refine_conversations, summarise
from pdistill.prompts import load_template
from pdistill.tasks import load_tasks
from pdistill.teacher.session import open_teacher, teacher_metrics


def records_for(
    failures: list, replies: list, programs: list[str], verdicts: list[list[dict]], teacher_model: str
) -> list[dict[str, Any]]:
    """One provenance-carrying record per refined attempt."""
    records = []
    for (sample, result), reply, program, runs in zip(failures, replies, programs, verdicts, strict=True):
        status, kept = judge(runs)
        records.append(
            {
                "task_id": sample["task_id"],
                "sample_id": sample["sample_id"],
                "attempt": sample["code"],
                "attempt_hash": code_hash(sample["code"]),
                "attempt_status": result["status"],
                "feedback": result["feedback"],
                "teacher_model": teacher_model,
                "request_hash": reply.request_hash,
                "reply": reply.content,
                "finish_reason": reply.finish_reasons[0] if reply.finish_reasons else None,
                "refinement": program,
                "status": status,
                "kept": kept,
                "feedback_after": runs[0]["feedback"],
            }
        )
    return records


def main() -> None:
    """Ask the teacher to refine every failed attempt; validate; write the refinements and metrics."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    for name in ("--tasks", "--samples", "--results", "--prompt", "--reference-prompt", "--out", "--metrics"):
        parser.add_argument(name, required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    config = load_config(args.params)  # every setting checked before the first request
    refine, execution = config.refine, ExecutionConfig.from_config(config)
    tasks = {t.task_id: t for t in load_tasks(args.tasks)}
    reference = load_template(args.reference_prompt) if refine.show_reference else None
    failures, conversations = refine_conversations(
        tasks,
        read_jsonl(args.samples),
        read_jsonl(args.results),
        refine.per_task,
        load_template(args.prompt),
        reference,
    )
    metrics: dict[str, Any] = {"failed_attempts": len(failures)}
    records: list[dict[str, Any]] = []
    if conversations:  # no teacher at all (no server started, no key needed) when nothing failed
        with open_teacher(teacher_params(config)) as teacher:
            replies = teacher.chat_many(conversations, desc="refine")
            programs = [
                program_from_reply(r.content, tasks[s["task_id"]])
                for (s, _), r in zip(failures, replies, strict=True)
            ]
            verdicts = execute_repeated(
                tasks,
                [(s["task_id"], p) for (s, _), p in zip(failures, programs, strict=True)],
                refine.validation_runs,
                execution.limits,
                workers=execution.workers,
                mode=execution.sandbox,
                desc="refine: validate",
            )
            records = records_for(failures, replies, programs, verdicts, teacher.config.model)
            metrics["teacher"] = teacher_metrics(teacher, replies)
    write_jsonl(args.out, records)
    metrics.update(summarise(records))
    write_json(args.metrics, metrics)
    print(
        f"refine: {metrics['kept']}/{metrics['requested']} refinements pass their tests "
        f"({metrics['tasks_kept']} tasks) -> {args.out}"
    )


if __name__ == "__main__":
    run_stage(main)
