"""The anchor: the base student on all 164 HumanEval tasks, on the default path, with what each failure was.

    .venv/bin/python benchmarks/humaneval_anchor.py                  # params.yaml's student and evaluate
    .venv/bin/python benchmarks/humaneval_anchor.py --records anchor.jsonl --max-new-tokens 768

Step 1 of `stages/evaluate.py` exactly (the same `open_student`, the same model input per task from
`pdistill.evaluate.model_inputs`, one `generate` call with the `evaluate` section's settings, the same
program extraction and sandbox), keeping what the stage does not: each reply's `finish_reason` and
token count. Prints pass@1 with its bootstrap interval, then the failures by status, how many replies
hit `max_new_tokens` (truncated) and how many of those passed; docs/evaluation.md puts the figure beside
the published full-precision one.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import time
from pathlib import Path

from pdistill.config.load import load_config
from pdistill.evaluate import Request, model_inputs
from pdistill.execution import execute_samples
from pdistill.execution.config import ExecutionConfig
from pdistill.io import write_jsonl
from pdistill.precision import cpu_bf16_reason, cpu_name
from pdistill.prompts import load_template
from pdistill.stats import bootstrap_ci
from pdistill.student.backend import open_student
from pdistill.student.generate import generate
from pdistill.student.tokenizer import resolve_mode
from pdistill.tasks import load_tasks

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = 61.6  # Qwen2.5-Coder technical report: HumanEval pass@1 of the full-precision 0.5B-Instruct


def main() -> None:
    """Generate, execute, and print pass@1 and the breakdown of failures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--params", default=str(ROOT / "params.yaml"))
    parser.add_argument(
        "--tasks", default=str(ROOT / "data/tasks/humaneval.jsonl"), help="from `dvc repro prepare`"
    )
    parser.add_argument(
        "--records", help="write one record per task (program, reply, finish reason, verdict)"
    )
    parser.add_argument(
        "--max-new-tokens", type=int, help="override evaluate.max_new_tokens (how much truncation costs)"
    )
    args = parser.parse_args()
    params = load_config(args.params)
    student, settings = params.student, params.evaluate
    if args.max_new_tokens:
        settings = dataclasses.replace(settings, max_new_tokens=args.max_new_tokens)
    tasks = load_tasks(args.tasks)
    print(f"CPU: {cpu_name()}, native bf16: {cpu_bf16_reason()}; {len(tasks)} tasks")
    attempt = load_template(ROOT / "prompts/attempt.txt")
    started = time.perf_counter()
    with open_student(student) as (model, tokenizer):
        mode = resolve_mode(tokenizer, student.mode)
        inputs = [model_inputs(Request(t, 1), mode, attempt, attempt) for t in tasks]
        out = generate(
            model,
            tokenizer,
            inputs,
            temperature=settings.temperature,
            top_p=settings.top_p,
            max_new_tokens=settings.max_new_tokens,
            batch_size=settings.batch_size,
            seed=settings.seed,  # step 1, sample 0: the stage's step_seed(seed, 1, 0) is seed itself
            mode=mode,
            rendered=True,  # messages are rendered above, as the stage does
            entry_points=[t.entry_point for t in tasks],
            desc="anchor",
        )
    seconds = time.perf_counter() - started
    gens = [row[0] for row in out]
    samples = [
        {"task_id": t.task_id, "sample_id": 0, "code": g.program} for t, g in zip(tasks, gens, strict=True)
    ]
    limits = ExecutionConfig.from_config(params).limits
    results, _ = execute_samples({t.task_id: t for t in tasks}, samples, limits)
    passed = [r["status"] == "passed" for r in results]
    ci = bootstrap_ci([float(p) for p in passed], samples=2000, confidence=0.95, seed=0)
    low, high = ci.low, ci.high
    rate = 100 * sum(passed) / len(passed)
    print(
        f"pass@1 {sum(passed)}/{len(passed)} = {rate:.1f}% [{100 * low:.1f}, {100 * high:.1f}]",
        f"(published full precision: {PUBLISHED})",
    )
    print(f"generation: {sum(g.n_tokens for g in gens)} tokens in {seconds:.0f} s")
    failures = collections.Counter(r["status"] for r in results if r["status"] != "passed")
    print("failures by status:", dict(sorted(failures.items())))
    cut = [i for i, g in enumerate(gens) if g.finish_reason == "length"]
    print(
        f"truncated at max_new_tokens={settings['max_new_tokens']}: {len(cut)} replies,",
        f"{sum(passed[i] for i in cut)} of them passed",
    )
    if args.records:
        write_jsonl(
            args.records,
            [
                {
                    "task_id": t.task_id,
                    "finish_reason": g.finish_reason,
                    "n_tokens": g.n_tokens,
                    "reply": g.text,
                }
                | {"program": g.program, "status": r["status"], "feedback": r["feedback"]}
                for t, g, r in zip(tasks, gens, results, strict=True)
            ],
        )


if __name__ == "__main__":
    main()
