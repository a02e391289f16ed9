"""Stage `attempt`: the student writes `student.n` programs for every training task.

    python stages/attempt.py --tasks data/tasks/train.jsonl --prompt prompts/attempt.txt \
        --out data/attempt/samples.jsonl

The same script runs two more stages: `self_attempt` samples with the `selfd` section's n, temperature,
top_p and seed instead of the student's (self-distillation's candidates), and `round_attempt@<name>`
attempts with a trained adapter (multi-round PERsD: the round's start model):

    python stages/attempt.py --sampling selfd ... --out data/selfd/samples.jsonl
    python stages/attempt.py --adapter models/persd_combined ... --out data/rounds/round2/samples.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import time
from pathlib import Path
from typing import Any

from pdistill.config.load import load_config
from pdistill.config.sections import Config, Student
from pdistill.io import PdistillError, run_stage, write_jsonl
from pdistill.prompts import load_template
from pdistill.student.backend import open_student
from pdistill.student.generate import generate
from pdistill.tasks import Task, load_tasks

GENERATION_KEYS = ("mode", "n", "temperature", "top_p", "max_new_tokens", "batch_size", "seed")
SAMPLING_KEYS = ("n", "temperature", "top_p", "seed")  # what `--sampling selfd` takes from `selfd`


def sampling_student(config: Config, sampling: str) -> Student:
    """The student section, with the `selfd` section's sampling keys when `sampling` is "selfd"."""
    if sampling == "student":
        return config.student
    return dataclasses.replace(config.student, **{k: getattr(config.selfd, k) for k in SAMPLING_KEYS})


def params_hash(student: Student) -> str:
    """Provenance: a short hash of everything that decides the samples."""
    return hashlib.sha256(json.dumps(dataclasses.asdict(student), sort_keys=True).encode()).hexdigest()[:12]


def sample_records(
    tasks: list[Task], generations: list[list[Any]], model: str, phash: str, adapter: str | None = None
) -> list[dict]:
    """One record per (task, sample), in task order then sample order; `adapter` (when given) names the
    trained adapter the student wrote them with."""
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
                    **({"adapter": adapter} if adapter else {}),
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
    parser.add_argument(
        "--sampling",
        choices=("student", "selfd"),
        default="student",
        help="whose n/temperature/top_p/seed: the student section's (default) or the selfd section's",
    )
    parser.add_argument("--adapter", help="a trained LoRA adapter folder to attempt with (multi-round PERsD)")
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    config = load_config(args.params)
    student = sampling_student(config, args.sampling)
    if args.adapter is not None and not (Path(args.adapter) / "adapter_config.json").is_file():
        raise PdistillError(f"--adapter {args.adapter}: no adapter_config.json (train that model first)")
    tasks = load_tasks(args.tasks)
    settings = {k: getattr(student, k) for k in GENERATION_KEYS}
    qlora = config.train.qlora and args.adapter is not None  # an adapter runs on the base it trained on
    with open_student(student, adapter=args.adapter, qlora=qlora) as (model, tokenizer):
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
    records = sample_records(tasks, generations, student.model, params_hash(student), args.adapter)
    write_jsonl(args.out, records)
    tokens = sum(r["n_tokens"] for r in records)
    print(
        f"attempt: {len(records)} samples for {len(tasks)} tasks, {tokens} tokens in {seconds:.1f} s "
        f"({tokens / max(seconds, 1e-9):.1f} tokens/s) -> {args.out}"
    )


if __name__ == "__main__":
    run_stage(main)
