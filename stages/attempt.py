"""Stage `attempt`: the student writes `student.n` programs for every training task.

    python stages/attempt.py --tasks data/tasks/train.jsonl --prompt prompts/attempt.txt \
        --out data/attempt/samples.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import time
from typing import Any

from pdistill.config.load import load_config
from pdistill.config.sections import Student
from pdistill.io import run_stage, write_jsonl
from pdistill.prompts import load_template
from pdistill.student.backend import open_student
from pdistill.student.generate import generate
from pdistill.tasks import Task, load_tasks

GENERATION_KEYS = ("mode", "n", "temperature", "top_p", "max_new_tokens", "batch_size", "seed")


def params_hash(student: Student) -> str:
    """Provenance: a short hash of everything that decides the samples."""
    return hashlib.sha256(json.dumps(dataclasses.asdict(student), sort_keys=True).encode()).hexdigest()[:12]


def sample_records(tasks: list[Task], generations: list[list[Any]], model: str, phash: str) -> list[dict]:
    """One record per (task, sample), in task order then sample order."""
    records = []
    for task, samples in zip(tasks, generations, strict=True):
        for j, g in enumerate(samples):
            records.append(
                {
                    "task_id": task.task_id,
                    "sample_id": j,
                    "code": g.program,
                    "completion": g.text,
                    "n_tokens": g.n_tokens,
                    "finish_reason": g.finish_reason,
                    "model": model,
                    "params_hash": phash,
                }
            )
    return records


def main() -> None:
    """Generate the attempts and write them."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tasks", required=True)
    parser.add_argument("--prompt", required=True, help="the attempt template (chat mode)")
    parser.add_argument("--out", required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    student = load_config(args.params).student
    tasks = load_tasks(args.tasks)
    settings = {k: getattr(student, k) for k in GENERATION_KEYS}
    with open_student(student) as (model, tokenizer):
        start = time.perf_counter()
        generations = generate(
            model,
            tokenizer,
            [t.prompt for t in tasks],
            template=load_template(args.prompt),
            entry_points=[t.entry_point for t in tasks],
            **settings,
        )
        seconds = time.perf_counter() - start
    records = sample_records(tasks, generations, student.model, params_hash(student))
    write_jsonl(args.out, records)
    tokens = sum(r["n_tokens"] for r in records)
    print(
        f"attempt: {len(records)} samples for {len(tasks)} tasks, {tokens} tokens in {seconds:.1f} s "
        f"({tokens / max(seconds, 1e-9):.1f} tokens/s) -> {args.out}"
    )


if __name__ == "__main__":
    run_stage(main)
