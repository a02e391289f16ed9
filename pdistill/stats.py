"""Uncertainty of pass@1 over tasks: bootstrap confidence intervals and paired model comparisons.

Pure functions of their inputs and a seed (the standard library's `random.Random`, no global state), so
metrics files are byte-identical run after run. The unit of resampling is the *task*: a benchmark is a
sample of tasks, and the per-task pass@1 (`c / n`) is the value averaged.

* `bootstrap_ci(values)`: percentile bootstrap interval of the mean (e.g. pass@1 of one model).
* `paired_comparison(a, b)`: model A minus model B on the same tasks: the mean difference with a paired
  bootstrap interval (tasks resampled together, so task difficulty cancels out), a sign-flip permutation
  p-value, and the numbers of tasks won, lost and tied.
* `holm(p_values)`: Holm–Bonferroni adjusted p-values of a family of tests.
* `minimum_detectable_difference(n, discordance)`: the smallest true pass@1 difference a paired test on
  `n` tasks detects with the given power (McNemar sample-size relation).
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from statistics import NormalDist
from typing import Any

TIE_TOLERANCE = 1e-12


@dataclass(frozen=True)
class Interval:
    """An estimate (the mean over tasks) with its bootstrap confidence interval."""

    estimate: float
    low: float
    high: float
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON."""
        return asdict(self)


@dataclass(frozen=True)
class Comparison:
    """Model A against model B on the same tasks (`difference` = A − B; positive favours A)."""

    tasks: int
    difference: Interval
    p_value: float  # two-sided, sign-flip permutation test of "no difference"
    won: int  # tasks where A's pass@1 is higher
    lost: int  # tasks where B's is higher
    tied: int

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON (the interval nested under `difference`)."""
        return asdict(self)


def _check(values: Sequence[float], samples: int, confidence: float) -> None:
    if not values:
        raise ValueError("need at least one task to compute an interval")
    if samples < 1:
        raise ValueError(f"bootstrap samples must be at least 1, got {samples}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be in (0, 1), got {confidence}")


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """The `q` quantile of already sorted values, interpolating linearly (numpy's default method)."""
    if not sorted_values:
        raise ValueError("quantile of no values")
    pos = q * (len(sorted_values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def bootstrap_means(values: Sequence[float], samples: int, seed: int) -> list[float]:
    """Means of `samples` resamples (with replacement, same size) of `values`, sorted ascending."""
    rng = random.Random(seed)
    n = len(values)
    return sorted(sum(rng.choices(values, k=n)) / n for _ in range(samples))


def bootstrap_ci(
    values: Sequence[float], *, samples: int = 1000, confidence: float = 0.95, seed: int = 0
) -> Interval:
    """Percentile bootstrap interval of the mean of `values` (one value per task, e.g. its pass@1).

    The estimate is the plain mean; the interval holds the central `confidence` share of the means of
    `samples` task resamples. Deterministic given `seed`; one task gives a zero-width interval.
    """
    values = [float(v) for v in values]
    _check(values, samples, confidence)
    means = bootstrap_means(values, samples, seed)
    tail = (1 - confidence) / 2
    estimate = sum(values) / len(values)
    # Clamp: with a floating-point mean the percentile can miss the estimate by an ulp on degenerate data.
    low, high = min(quantile(means, tail), estimate), max(quantile(means, 1 - tail), estimate)
    return Interval(estimate, low, high, confidence)


def sign_flip_p_value(differences: Sequence[float], *, samples: int = 1000, seed: int = 0) -> float:
    """Two-sided p-value of "mean difference is 0": each task's difference flips sign at random.

    `(1 + #{|flipped mean| >= |observed mean|}) / (1 + samples)`, so it is never exactly 0. All-zero
    differences give 1.
    """
    n = len(differences)
    if n == 0:
        raise ValueError("need at least one task for a p-value")
    observed = abs(sum(differences)) / n - TIE_TOLERANCE
    rng = random.Random(seed)
    hits = 0
    for _ in range(samples):
        flipped = sum(d if rng.random() < 0.5 else -d for d in differences)
        hits += abs(flipped) / n >= observed
    return (1 + hits) / (1 + samples)


def paired_comparison(
    a: Mapping[str, float],
    b: Mapping[str, float],
    *,
    samples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> Comparison:
    """Compare two models task by task: `a` and `b` map task id → pass@1 (the same task ids in both).

    The difference A − B is averaged over tasks; its interval resamples tasks (paired: a task's two
    values move together). A task is won/lost when its values differ by more than 1e-12, else tied.
    Tasks are taken in sorted id order, so the result does not depend on the mappings' order.
    """
    if set(a) != set(b):
        only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
        raise ValueError(
            f"paired comparison needs the same tasks: only in A {only_a[:5]}, only in B {only_b[:5]}"
        )
    ids = sorted(a)
    diffs = [float(a[t]) - float(b[t]) for t in ids]
    interval = bootstrap_ci(diffs, samples=samples, confidence=confidence, seed=seed)
    return Comparison(
        tasks=len(ids),
        difference=interval,
        p_value=sign_flip_p_value(diffs, samples=samples, seed=seed),
        won=sum(d > TIE_TOLERANCE for d in diffs),
        lost=sum(d < -TIE_TOLERANCE for d in diffs),
        tied=sum(abs(d) <= TIE_TOLERANCE for d in diffs),
    )


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm–Bonferroni adjusted p-values, in the order of `p_values`.

    With the m p-values sorted ascending, p_(1) <= ... <= p_(m), the adjusted p_(i) is
    max_{j <= i} min(1, (m - j + 1) p_(j)): monotone in the raw p-values and capped at 1. Rejecting every
    test whose adjusted p-value is below alpha keeps the family-wise error rate at alpha (Holm 1979).
    """
    ps = [float(p) for p in p_values]
    bad = [p for p in ps if not 0 <= p <= 1]
    if bad:
        raise ValueError(f"p-values must be in [0, 1], got {bad[0]}")
    m = len(ps)
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(sorted(range(m), key=lambda k: ps[k])):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        adjusted[i] = running
    return adjusted


def minimum_detectable_difference(
    n: int, discordance: float, *, alpha: float = 0.05, power: float = 0.8
) -> float:
    """The smallest true pass@1 difference d between two models on the same `n` tasks that a two-sided
    paired test (McNemar / sign test, normal approximation) at level `alpha` detects with `power`.

    `discordance` (p_d) is the share of tasks that exactly one of the two models solves; d is at most p_d.
    The McNemar sample-size relation (Connor 1987, Biometrics 43:207; Lachin 1992, Stat. Med. 11:1239)

        n = (z_{1-alpha/2} sqrt(p_d) + z_power sqrt(p_d - d^2))^2 / d^2

    is decreasing in d on (0, p_d]; it is solved for d by bisection. Returns `math.inf` when even
    d = p_d (every discordant task won by the same model) needs more than `n` tasks.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n (tasks) must be a positive integer, got {n!r}")
    if not 0 < discordance <= 1:
        raise ValueError(
            f"discordance (share of tasks solved by exactly one model) must be in (0, 1], got {discordance}"
        )
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")
    if not 0.5 <= power < 1:
        raise ValueError(f"power must be in [0.5, 1), got {power}")
    z_alpha = NormalDist().inv_cdf(1 - alpha / 2)
    z_power = NormalDist().inv_cdf(power)

    def tasks_needed(d: float) -> float:
        return (z_alpha * math.sqrt(discordance) + z_power * math.sqrt(discordance - d * d)) ** 2 / (d * d)

    if tasks_needed(discordance) > n:
        return math.inf
    low, high = 0.0, float(discordance)  # tasks_needed(low) = inf > n >= tasks_needed(high)
    for _ in range(100):
        mid = (low + high) / 2
        if tasks_needed(mid) > n:
            low = mid
        else:
            high = mid
    return high
