"""Honest limits of the comparison, computed from the gathered report's numbers: the Markdown's
"Caveats" section."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pdistill.report.common import BASE, DIRECT, ordered_models, reported_steps, significance_level

SMALL_TRAINING_SET = 100  # below this many examples the report says the training sets are small
SMALL_BENCHMARK = 30  # below this many tasks the report says a benchmark's intervals are wide


def caveats(report: Mapping[str, Any]) -> list[str]:
    """Honest limits of the comparison, computed from the report's numbers."""
    return [
        *_interval_notes(report),
        *_truncation_notes(report),
        *_significance_notes(report),
        *_family_notes(report),
        *_data_notes(report),
        *_cost_notes(report),
    ]


def _interval_notes(report: Mapping[str, Any]) -> list[str]:
    """Per benchmark, how wide a pass@1 interval is on average."""
    order, reported = ordered_models(report), reported_steps(report)
    notes = []
    for bench, b in sorted(report["benchmarks"].items()):
        intervals = [b[m][f"step{s}"] for m in order for s in reported]
        half = sum((i["ci_high"] - i["ci_low"]) / 2 for i in intervals) / len(intervals)
        text = (
            f"{bench}: a pass@1 interval is about ±{half * 100:.1f} points wide ({b['tasks']} tasks): "
            "two rows whose pass@1 differ by less than that cannot be told apart by their intervals; the "
            "paired Δ (same tasks) is the comparison to read."
        )
        if b["tasks"] < SMALL_BENCHMARK:
            text += f" With under {SMALL_BENCHMARK} tasks every interval here is wide."
        notes.append(text)
    return notes


def _truncation_notes(report: Mapping[str, Any]) -> list[str]:
    """Programs cut at evaluate.max_new_tokens: a model that writes longer replies is penalised by them."""
    order, reported = ordered_models(report), reported_steps(report)
    cut = {
        m: sum(b[m][f"step{s}"].get("truncated", 0) for b in report["benchmarks"].values() for s in reported)
        for m in order
    }
    if not any(cut.values()):
        return []
    worst = max(order, key=lambda m: cut[m])
    name = report["models"][worst]["name"]
    return [
        f"{sum(cut.values())} evaluated programs hit evaluate.max_new_tokens (most: {name}, {cut[worst]}); "
        "a cut program is usually broken, which penalises the models that write longer replies (the "
        "`cut` column; raise evaluate.max_new_tokens to check)."
    ]


def _significance_notes(report: Mapping[str, Any]) -> list[str]:
    """How many paired differences are significant, and how many would be by chance alone."""
    order, reported, alpha = ordered_models(report), reported_steps(report), significance_level(report)
    deltas = [
        c
        for b in report["benchmarks"].values()
        for m in order
        for s in reported
        for c in (b[m][f"step{s}"].get("vs_base"), b[m][f"step{s}"].get("vs_stand"))
        if c is not None
    ]
    if not deltas:
        return []
    significant = sum(c["p_value"] < alpha for c in deltas)
    notes = [
        f"{significant} of {len(deltas)} paired differences have p < {alpha:g}; with that many tests "
        f"about {len(deltas) * alpha:.1f} would by chance alone (no correction for multiple comparisons)."
    ]
    loose = sum(c["p_value"] >= alpha and (c["ci_low"] > 0 or c["ci_high"] < 0) for c in deltas)
    if loose:
        notes.append(
            f"{loose} paired interval{'s exclude' if loose > 1 else ' excludes'} 0 without `*`: "
            "with few tasks where the two models differ, the bootstrap interval is too narrow; the "
            "permutation test is the stricter check."
        )
    return notes


def _family_notes(report: Mapping[str, Any]) -> list[str]:
    """The questions are several tests: read their Holm-adjusted p-values."""
    size = report.get("family_size", 0)
    if size <= 1:
        return []
    alpha = significance_level(report)
    return [
        f"Multiple comparisons: the Questions table runs {size} tests, so about {size * alpha:.1f} would "
        f"have p < {alpha:g} by chance alone; read the Holm-adjusted p-values (Holm p), which keep the "
        f"chance of any false positive in the family below {alpha:g}, not the raw p."
    ]


def _data_notes(report: Mapping[str, Any]) -> list[str]:
    """One sample per task; small or empty training sets."""
    models = report["models"]
    notes = []
    if {b["samples_per_task"] for b in report["benchmarks"].values()} == {1}:
        notes.append(
            "One sample per task: a task's pass@1 is 0 or 1, and pass@1 is the share of tasks solved."
        )
    variants = [m for m in ordered_models(report) if m != BASE]
    if not variants:
        return notes
    sizes = [models[m]["examples"] for m in variants]
    if max(sizes) < SMALL_TRAINING_SET:
        notes.append(
            f"Training sets are small ({min(sizes)}–{max(sizes)} examples; the paper used 2.5–3K): "
            "the variants' differences rest on little data."
        )
    partial = [m for m in variants if models[m].get("train_epochs", 1) < 1]
    if partial:
        seen = ", ".join(f"{models[m]['name']} {models[m]['train_epochs']:g}" for m in partial)
        notes.append(
            f"Training stopped at train.max_steps before one pass over the data (epochs seen: {seen}): "
            "the adapters saw only part of their examples."
        )
    empty = [models[m]["name"] for m in variants if models[m]["examples"] == 0]
    if empty:
        notes.append(f"{', '.join(empty)}: no training examples; the row shows an untrained adapter.")
    return notes


def _cost_notes(report: Mapping[str, Any]) -> list[str]:
    """USD unknown or zero; variants that cost no teacher request; how InpD's cost is attributed."""
    setup, models = report["setup"], report["models"]
    order = ordered_models(report)
    teacher = setup.get("teacher")
    notes = []
    paid = [m for m in order if models[m]["teacher_requests"]]
    if any(models[m]["teacher_usd"] is None for m in order):
        notes.append(
            f"No price for teacher `{teacher}` in `teacher.prices`: USD is unknown (?); requests and "
            "tokens are in metrics/report.json."
        )
    elif paid and all(models[m]["teacher_usd"] == 0 for m in paid):
        notes.append(
            f"Teacher `{teacher}` is priced at 0 (a local model): USD shows 0; requests and tokens "
            "(metrics/report.json) are its cost."
        )
    direct = [models[m]["name"] for m in order if m in DIRECT]
    if direct and not setup.get("solve_used_teacher"):
        notes.append(
            f"{' and '.join(direct)} trained on the tasks' reference solutions (`solve.use_reference`), "
            f"so {'they cost' if len(direct) > 1 else 'it costs'} no teacher request."
        )
    elif "inpd" in models and models["inpd"]["teacher_requests"]:
        notes.append(
            "InpD's tokens and USD are the solve stage's, pro rata by its requests for the tasks the "
            "student failed (the records carry no per-request tokens)."
        )
    return notes
