"""The study's questions: a fixed family of paired comparisons, tested together.

Each question is "is model A better than model B?" on one benchmark after one reported inference step
(the first and the last). Per question: the paired difference A − B with its bootstrap interval and
sign-flip p-value (`pdistill.stats.paired_comparison`), the share of tasks the two disagree on, the
minimum detectable difference at that many tasks and that disagreement, and the p-value adjusted by
Holm's method over the whole family. Also the paired comparison the per-benchmark tables use.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from pdistill.io import PdistillError
from pdistill.report.common import rounded
from pdistill.report.inputs import Inputs
from pdistill.stats import Comparison, holm, minimum_detectable_difference, paired_comparison

PerTask = dict[str, dict[str, dict[int, dict[str, float]]]]  # model -> benchmark -> step -> task -> pass@1

# (A, B): A − B, positive favours A. Plus (roundN, persd_combined) for each multi-round PERsD model.
QUESTIONS = (
    ("persd_combined", "stand"),
    ("persd_combined", "base"),
    ("persd_combined", "selfd"),
    ("stand", "base"),
)
ROUND_PREFIX = "round"
ROUND_REFERENCE = "persd_combined"
POWER = 0.8  # of the minimum detectable difference


def study_pairs(models: Sequence[str]) -> list[tuple[str, str]]:
    """The questions whose two models are both in `models`: QUESTIONS, then each `round*` model (in
    `models` order) against PERsD-combined."""
    rounds = [(m, ROUND_REFERENCE) for m in models if m.startswith(ROUND_PREFIX)]
    return [(a, b) for a, b in (*QUESTIONS, *rounds) if a in models and b in models]


def compare(model: str, other: str, bench: str, step: int, per_task: PerTask, inputs: Inputs) -> Comparison:
    """`model` − `other` on `bench` after `step`, paired by task; a `PdistillError` naming both record
    files if they were not evaluated on the same tasks."""
    try:
        return paired_comparison(
            per_task[model][bench][step],
            per_task[other][bench][step],
            samples=inputs.bootstrap_samples,
            confidence=inputs.confidence,
            seed=inputs.seed,
        )
    except ValueError as exc:
        what = (
            f"{bench} step {step}: {inputs.paths.get(f'records:{model}', model)} vs "
            f"{inputs.paths.get(f'records:{other}', other)}"
        )
        raise PdistillError(f"{what}: {exc} (re-run evaluate for both on the same tasks)") from None


def comparison_block(c: Comparison) -> dict[str, Any]:
    """The paired difference as the JSON holds it: estimate, interval, p-value and win/loss/tie counts."""
    return {
        "difference": rounded(c.difference.estimate),
        "ci_low": rounded(c.difference.low),
        "ci_high": rounded(c.difference.high),
        "p_value": rounded(c.p_value),
        "won": c.won,
        "lost": c.lost,
        "tied": c.tied,
    }


def questions(
    per_task: PerTask, benchmarks: Sequence[str], reported: Sequence[int], inputs: Inputs
) -> dict[str, dict[str, Any]]:
    """One entry per question × benchmark × reported step, keyed `<model>-<other>/<benchmark>/step<s>`
    (so that `dvc metrics diff` shows each number on its own row), `order` giving the table's order
    (pairs as `study_pairs`, benchmarks and steps sorted): the paired comparison, `discordance`
    ((won + lost) / tasks), `mdd` (the minimum detectable difference at alpha = 1 − confidence and power
    0.8; None when no task is discordant or when no difference up to the discordance is detectable),
    `p_holm` (Holm-adjusted over the whole family) and `significant` (p_holm < alpha)."""
    alpha = round(1 - inputs.confidence, 10)
    tests = [
        (a, b, bench, step, compare(a, b, bench, step, per_task, inputs))
        for a, b in study_pairs(inputs.models)
        for bench in sorted(benchmarks)
        for step in sorted(reported)
    ]
    adjusted = holm([c.p_value for *_, c in tests])
    out = {}
    for order, ((a, b, bench, step, c), p_holm) in enumerate(zip(tests, adjusted, strict=True)):
        discordance = (c.won + c.lost) / c.tasks
        out[f"{a}-{b}/{bench}/step{step}"] = {
            "order": order,
            "model": a,
            "other": b,
            "benchmark": bench,
            "step": step,
            "tasks": c.tasks,
            **comparison_block(c),
            "discordance": rounded(discordance),
            "mdd": rounded(_mdd(c.tasks, discordance, alpha)),
            "p_holm": rounded(p_holm),
            "significant": p_holm < alpha,
        }
    return out


def _mdd(tasks: int, discordance: float, alpha: float) -> float | None:
    """The minimum detectable difference, None where there is none (see `questions`)."""
    if discordance <= 0:
        return None
    d = minimum_detectable_difference(tasks, discordance, alpha=alpha, power=POWER)
    return None if math.isinf(d) else d
