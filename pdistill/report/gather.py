"""The report as a JSON-able dict: what was compared, each model's data and cost, per benchmark pass@1
with its interval and the paired differences to base and to StanD, and the study's questions."""

from __future__ import annotations

import math
from typing import Any

from pdistill.io import PdistillError
from pdistill.report.common import BASE, REFERENCE, display_name, rounded
from pdistill.report.cost import teacher_cost, teacher_model
from pdistill.report.inputs import Inputs, inference_steps
from pdistill.report.questions import PerTask, compare, comparison_block, questions
from pdistill.scoring import per_task_pass_at_1


def gather(inputs: Inputs) -> dict[str, Any]:
    """The report as a JSON-able dict: `setup`, `models` (data and cost per model) and `benchmarks`
    (per benchmark and model, pass@1 after every step with its interval; after step 1 and the last step
    also the paired differences `vs_base` and `vs_stand`), `questions` (the study's paired comparisons
    with Holm-adjusted p-values and minimum detectable differences) and `family_size` (how many)."""
    base_metrics = inputs.eval_metrics[BASE]
    benchmarks = sorted(base_metrics)
    steps = inference_steps(base_metrics[benchmarks[0]])
    _check_same_evaluation(inputs, benchmarks, steps)
    reported = sorted({steps[0], steps[-1]})
    per_task = _per_task(inputs, benchmarks, reported)
    family = questions(per_task, benchmarks, reported, inputs)
    return {
        "setup": {
            "student": inputs.student,
            "teacher": teacher_model(inputs),
            "steps": len(steps),
            "confidence": inputs.confidence,
            "bootstrap_samples": inputs.bootstrap_samples,
            "seed": inputs.seed,
            "solve_used_teacher": bool(inputs.solve.get("teacher")),
        },
        "models": {m: _model_block(m, i, inputs) for i, m in enumerate(inputs.models)},
        "benchmarks": {
            bench: _benchmark_block(bench, steps, reported, per_task, inputs) for bench in benchmarks
        },
        "questions": family,
        "family_size": len(family),
    }


def _check_same_evaluation(inputs: Inputs, benchmarks: list[str], steps: list[int]) -> None:
    """Every model was evaluated as base was: same benchmarks, tasks, samples per task and steps."""
    base_metrics = inputs.eval_metrics[BASE]
    base_path = inputs.paths.get(f"eval:{BASE}", BASE)
    for model in inputs.models:
        m, path = inputs.eval_metrics[model], inputs.paths.get(f"eval:{model}", model)
        if sorted(m) != benchmarks:
            raise PdistillError(f"{path}: benchmarks {sorted(m)}, but {base_path} has {benchmarks}")
        for bench in benchmarks:
            for key in ("tasks", "samples_per_task"):
                if m[bench][key] != base_metrics[bench][key]:
                    raise PdistillError(
                        f"{path}: {bench}.{key} is {m[bench][key]}, {base_path} has "
                        f"{base_metrics[bench][key]} (evaluate every model with the same settings)"
                    )
            model_steps = inference_steps(m[bench])
            if model_steps != steps:
                raise PdistillError(
                    f"{path}: {bench} has {len(model_steps)} steps, {base_path} has {len(steps)}"
                )


def _per_task(inputs: Inputs, benchmarks: list[str], steps: list[int]) -> PerTask:
    """model -> benchmark -> step -> {task_id: pass@1}, checked against the metrics file's pass@1."""
    out: PerTask = {}
    for model in inputs.models:
        path = inputs.paths.get(f"records:{model}", model)
        by_bench: dict[str, list[dict[str, Any]]] = {}
        for r in inputs.eval_records[model]:
            by_bench.setdefault(r["benchmark"], []).append(r)
        if sorted(by_bench) != benchmarks:
            raise PdistillError(f"{path}: benchmarks {sorted(by_bench)}, the metrics have {benchmarks}")
        out[model] = {}
        for bench in benchmarks:
            out[model][bench] = {}
            for s in steps:
                values = per_task_pass_at_1(by_bench[bench], s)
                expected = inputs.eval_metrics[model][bench][f"step{s}"]["pass@1"]
                mean = sum(values.values()) / len(values) if values else math.nan
                if not values or abs(mean - expected) > 1e-3:
                    raise PdistillError(
                        f"{path}: {bench} step {s} gives pass@1 {mean:.4f}, "
                        f"{inputs.paths.get(f'eval:{model}', model)} says {expected} "
                        "(records and metrics come from different runs: re-run evaluate)"
                    )
                out[model][bench][s] = values
    return out


def _model_block(model: str, order: int, inputs: Inputs) -> dict[str, Any]:
    """`models.<model>`: its name, table position, training data and its teacher cost."""
    cost = teacher_cost(model, inputs)
    block: dict[str, Any] = {
        "name": display_name(model),
        "order": order,
        "examples": 0,
        "sft_tasks": 0,
        "teacher_requests": cost["requests"],
        "teacher_prompt_tokens": cost["prompt_tokens"],
        "teacher_completion_tokens": cost["completion_tokens"],
        "teacher_usd": cost["usd"],
    }
    if model != BASE:
        sft, train = inputs.sft[model], inputs.train[model]
        block.update(examples=sft["examples"], sft_tasks=sft["tasks"])
        block.update(train_loss=rounded(train["train_loss"]), train_steps=train["steps"])
        if isinstance(train.get("epochs"), (int, float)):
            block["train_epochs"] = rounded(train["epochs"])
        if "dropped_too_long" in sft:
            block["dropped_too_long"] = sft["dropped_too_long"]
    return block


def _benchmark_block(
    bench: str, steps: list[int], reported: list[int], per_task: PerTask, inputs: Inputs
) -> dict[str, Any]:
    """`benchmarks.<bench>`: its task and sample counts, and per model a `step<s>` block per step."""
    base_metrics = inputs.eval_metrics[BASE][bench]
    block: dict[str, Any] = {
        "tasks": base_metrics["tasks"],
        "samples_per_task": base_metrics["samples_per_task"],
    }
    for model in inputs.models:
        block[model] = {
            f"step{s}": _step_block(model, bench, s, s in reported, per_task, inputs) for s in steps
        }
    return block


def _step_block(
    model: str, bench: str, step: int, paired: bool, per_task: PerTask, inputs: Inputs
) -> dict[str, Any]:
    """pass@1 after `step` with its interval; if `paired`, the paired differences to base and StanD.

    Base is the reference of every row, so it has no differences (base - StanD would repeat StanD - base),
    and neither does a model against itself."""
    metrics = inputs.eval_metrics[model][bench][f"step{step}"]
    block: dict[str, Any] = {
        "pass@1": rounded(metrics["pass@1"]),
        "ci_low": rounded(metrics["pass@1_ci_low"]),
        "ci_high": rounded(metrics["pass@1_ci_high"]),
    }
    for key in ("tasks_solved", "truncated"):  # truncated: programs cut at max_new_tokens
        if isinstance(metrics.get(key), int):
            block[key] = metrics[key]
    for key, other in (("vs_base", BASE), ("vs_stand", REFERENCE)):
        if paired and other in inputs.models and model not in (BASE, other):
            block[key] = comparison_block(compare(model, other, bench, step, per_task, inputs))
    return block
