"""Stage `evaluate@<model>`: pass@1 (and pass@k) of the student, base or with a LoRA adapter, on every
benchmark, after each step of multi-step inference (attempt, then self-refinement on visible-test feedback).

    python stages/evaluate.py --model-name persd --adapter models/persd \
        --tasks data/tasks/humaneval.jsonl --tasks data/tasks/heldout.jsonl \
        --attempt-prompt prompts/attempt.txt --refine-prompt prompts/student_refine.txt \
        --out data/eval/persd.jsonl --metrics metrics/eval/persd.json

`--adapter none` evaluates the base student (`student.model`). Settings: the `evaluate` section of
params.yaml, plus `student.model/device/dtype/mode`, `train.qlora` and the `execution` section.
See docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from pdistill.config.load import load_config
from pdistill.config.sections import Evaluate
from pdistill.evaluate import run_multistep, student_generate_fn
from pdistill.execution import SandboxPool
from pdistill.execution.config import ExecutionConfig
from pdistill.io import PdistillError, run_stage, write_json, write_jsonl
from pdistill.prompts import load_template
from pdistill.scoring import summarise
from pdistill.student.backend import open_student
from pdistill.tasks import Task, load_tasks, spread


def check_adapter(adapter: str) -> Path | None:
    """The adapter folder (None for `none`); a missing folder or one without a PEFT config is an error."""
    if adapter == "none":
        return None
    folder = Path(adapter)
    if not folder.is_dir():
        raise PdistillError(f"--adapter {adapter}: adapter folder not found (train it first, or pass none)")
    if not (folder / "adapter_config.json").is_file():
        raise PdistillError(f"--adapter {adapter}: no adapter_config.json: not a PEFT adapter folder")
    return folder


def load_benchmarks(paths: list[str], limit: int | None) -> dict[str, list[Task]]:
    """Benchmark name (the file's stem) -> `limit` of its tasks, spread over the file (all for 0 / null)."""
    benchmarks: dict[str, list[Task]] = {}
    for path in paths:
        name = Path(path).stem
        if name in benchmarks:
            raise PdistillError(f"--tasks {path}: a second benchmark named {name!r} (names are file stems)")
        benchmarks[name] = spread(load_tasks(path), limit)
    return benchmarks


def evaluate_benchmark(
    model_name: str,
    name: str,
    tasks: list[Task],
    generate_fn: Any,
    settings: Evaluate,
    cfg: ExecutionConfig,
    pool: SandboxPool,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Multi-step inference on one benchmark: its per-sample records and its metrics (one line to stderr)."""
    start = time.perf_counter()
    rows = run_multistep(
        tasks,
        generate_fn,
        n=settings.n,
        steps=settings.steps,
        seed=settings.seed,
        limits=cfg.limits,
        pool=pool,
        progress=True,
        label=f"evaluate@{model_name} {name}",
    )
    summary = summarise(
        rows,
        steps=settings.steps,
        ks=settings.k,
        bootstrap_samples=settings.bootstrap_samples,
        confidence=settings.confidence,
        seed=settings.seed,
    )
    per_step = ", ".join(
        f"step {s}: pass@1 {m['pass@1']:.3f} [{m['pass@1_ci_low']:.3f}, {m['pass@1_ci_high']:.3f}]"
        for s, m in ((s, summary[f"step{s}"]) for s in range(1, settings.steps + 1))
        if "pass@1" in m
    )
    seconds = time.perf_counter() - start
    print(f"evaluate@{model_name} {name}: {len(tasks)} tasks, {per_step} ({seconds:.1f} s)", file=sys.stderr)
    return rows, summary


def main() -> None:
    """Evaluate one model on every benchmark; write the per-sample records and the metrics."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model-name", required=True, help="name in messages (base, or the variant)")
    parser.add_argument("--adapter", required=True, help="LoRA adapter folder, or none for the base student")
    parser.add_argument("--tasks", required=True, action="append", help="a benchmark's task file (repeat)")
    parser.add_argument("--attempt-prompt", required=True)
    parser.add_argument("--refine-prompt", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--metrics", required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    config = load_config(args.params)  # every setting checked before the model loads
    settings, student, cfg = config.evaluate, config.student, ExecutionConfig.from_config(config)
    adapter = check_adapter(args.adapter)
    benchmarks = load_benchmarks(args.tasks, settings.limit)
    attempt, refine = load_template(args.attempt_prompt), load_template(args.refine_prompt)
    with open_student(student, adapter=adapter, qlora=config.train.qlora) as (model, tokenizer):
        generate_fn = student_generate_fn(
            model,
            tokenizer,
            attempt_template=attempt,
            refine_template=refine,
            mode=student.mode,
            desc=f"evaluate@{args.model_name}",
            **{k: getattr(settings, k) for k in ("temperature", "top_p", "max_new_tokens", "batch_size")},
        )
        with SandboxPool(cfg.workers, cfg.sandbox) as pool:
            results = {
                name: evaluate_benchmark(args.model_name, name, tasks, generate_fn, settings, cfg, pool)
                for name, tasks in benchmarks.items()
            }
    records = [{"benchmark": name, **r} for name, (rows, _) in results.items() for r in rows]
    metrics = {name: summary for name, (_, summary) in results.items()}
    write_jsonl(args.out, records)
    write_json(args.metrics, metrics)


if __name__ == "__main__":
    run_stage(main)
