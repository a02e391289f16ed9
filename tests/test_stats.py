"""Bootstrap intervals and paired comparisons on constructed data: coverage, width, determinism."""

from __future__ import annotations

import itertools
import math
from statistics import NormalDist

import pytest

from pdistill.stats import (
    bootstrap_ci,
    bootstrap_means,
    holm,
    minimum_detectable_difference,
    paired_comparison,
    quantile,
    sign_flip_p_value,
)


def _tasks(n: int, rate: float) -> list[float]:
    """n per-task pass@1 values, a `rate` share of them 1.0 (the first ones)."""
    solved = round(n * rate)
    return [1.0] * solved + [0.0] * (n - solved)


def test_quantile_interpolates_like_numpy():
    values = [0.0, 1.0, 2.0, 3.0]
    assert quantile(values, 0.0) == 0.0 and quantile(values, 1.0) == 3.0
    assert quantile(values, 0.5) == pytest.approx(1.5)
    assert quantile(values, 0.25) == pytest.approx(0.75)


@pytest.mark.parametrize("values", [_tasks(40, 0.3), [0.0, 0.5, 1.0, 0.25], [1.0] * 10, [0.0]])
def test_interval_contains_the_mean(values):
    ci = bootstrap_ci(values, samples=500, seed=1)
    assert ci.estimate == pytest.approx(sum(values) / len(values))
    assert ci.low <= ci.estimate <= ci.high
    assert ci.low >= 0.0 and ci.high <= 1.0
    assert ci.confidence == 0.95


def test_constant_values_give_a_zero_width_interval():
    ci = bootstrap_ci([0.5] * 7, samples=100)
    assert ci.low == ci.high == ci.estimate == 0.5


def test_interval_narrows_with_more_tasks():
    small = bootstrap_ci(_tasks(20, 0.5), samples=1000, seed=0)
    large = bootstrap_ci(_tasks(500, 0.5), samples=1000, seed=0)
    assert small.estimate == large.estimate == 0.5
    assert large.high - large.low < (small.high - small.low) / 3  # about 1/sqrt(25) = 1/5 as wide


def test_interval_widens_with_confidence():
    values = _tasks(50, 0.4)
    narrow = bootstrap_ci(values, confidence=0.5, seed=0)
    wide = bootstrap_ci(values, confidence=0.99, seed=0)
    assert wide.low < narrow.low and narrow.high < wide.high


def test_deterministic_given_the_seed():
    values = [(i * 37 % 11) / 10 for i in range(60)]  # pass@1 of 10 samples per task, varied
    assert bootstrap_ci(values, seed=7) == bootstrap_ci(values, seed=7)
    assert bootstrap_ci(values, seed=7) != bootstrap_ci(values, seed=8)
    assert bootstrap_means(values, 50, 7) == bootstrap_means(values, 50, 7)


def test_bad_arguments_are_errors():
    with pytest.raises(ValueError, match="at least one task"):
        bootstrap_ci([])
    with pytest.raises(ValueError, match="confidence"):
        bootstrap_ci([1.0], confidence=1.0)
    with pytest.raises(ValueError, match="samples"):
        bootstrap_ci([1.0], samples=0)
    with pytest.raises(ValueError, match="same tasks"):
        paired_comparison({"a": 1.0}, {"b": 1.0})


def test_paired_difference_is_exact_on_toy_data():
    a = {"t1": 1.0, "t2": 1.0, "t3": 0.0, "t4": 0.5}
    b = {"t1": 0.0, "t2": 1.0, "t3": 0.0, "t4": 1.0}
    cmp = paired_comparison(a, b, samples=200, seed=0)
    assert cmp.tasks == 4
    assert cmp.difference.estimate == pytest.approx((1 + 0 + 0 - 0.5) / 4)
    assert (cmp.won, cmp.lost, cmp.tied) == (1, 1, 2)
    assert cmp.difference.low <= cmp.difference.estimate <= cmp.difference.high
    assert 0 < cmp.p_value <= 1
    flipped = paired_comparison(b, a, samples=200, seed=0)
    assert flipped.difference.estimate == pytest.approx(-cmp.difference.estimate)
    assert (flipped.won, flipped.lost) == (cmp.lost, cmp.won)


def test_paired_comparison_ignores_mapping_order_and_is_deterministic():
    a = {f"t{i}": v for i, v in enumerate(_tasks(30, 0.6))}
    b = {f"t{i}": v for i, v in enumerate(_tasks(30, 0.3))}
    reordered = dict(reversed(list(a.items())))
    assert paired_comparison(a, b, seed=3) == paired_comparison(reordered, b, seed=3)
    assert paired_comparison(a, b, seed=3).to_dict()["difference"]["estimate"] == pytest.approx(0.3)


def test_identical_models_tie_everywhere_with_p_value_one():
    a = {f"t{i}": v for i, v in enumerate(_tasks(25, 0.5))}
    cmp = paired_comparison(a, dict(a), samples=100)
    assert cmp.difference.estimate == cmp.difference.low == cmp.difference.high == 0.0
    assert (cmp.won, cmp.lost, cmp.tied) == (0, 0, 25)
    assert cmp.p_value == 1.0


def test_p_value_is_small_for_a_consistent_win():
    assert sign_flip_p_value([1.0] * 30, samples=999, seed=0) < 0.01
    assert sign_flip_p_value([1.0, -1.0] * 15, samples=999, seed=0) > 0.5


def test_holm_on_a_hand_computed_example():
    # Sorted: 0.005 x4 = 0.02, 0.01 x3 = 0.03, 0.03 x2 = 0.06, 0.04 x1 = 0.04 -> 0.06 (monotone).
    assert holm([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert holm([0.5, 0.6]) == [1.0, 1.0]  # capped at 1
    assert holm([0.02]) == [0.02] and holm([]) == []


def test_holm_is_monotone_and_never_below_the_raw_p_value():
    ps = [(i * 37 % 23) / 200 for i in range(15)] + [0.0, 0.0, 1.0]
    adjusted = holm(ps)
    assert all(a >= p for a, p in zip(adjusted, ps, strict=True))
    by_raw = sorted(zip(ps, adjusted, strict=True))
    assert all(x[1] <= y[1] for x, y in itertools.pairwise(by_raw))
    assert max(adjusted) <= 1.0
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        holm([0.1, 1.5])


def _tasks_needed(d: float, pd: float, alpha: float = 0.05, power: float = 0.8) -> float:
    """The McNemar sample-size relation (Connor 1987)."""
    za, zb = NormalDist().inv_cdf(1 - alpha / 2), NormalDist().inv_cdf(power)
    return (za * math.sqrt(pd) + zb * math.sqrt(pd - d * d)) ** 2 / (d * d)


@pytest.mark.parametrize(("n", "pd"), [(164, 0.2), (40, 0.5), (1000, 0.05), (500, 0.3)])
def test_mdd_solves_the_sample_size_relation(n, pd):
    d = minimum_detectable_difference(n, pd)
    assert 0 < d <= pd
    assert _tasks_needed(d, pd) == pytest.approx(n, rel=1e-6)


def test_mdd_on_humaneval_with_a_fifth_of_tasks_discordant():
    assert 0.09 <= minimum_detectable_difference(164, 0.2) <= 0.10


def test_mdd_falls_with_tasks_and_rises_with_discordance_alpha_and_power():
    ns = [50, 100, 164, 400, 1000]
    by_n = [minimum_detectable_difference(n, 0.2) for n in ns]
    assert by_n == sorted(by_n, reverse=True) and len(set(by_n)) == len(ns)
    by_pd = [minimum_detectable_difference(164, pd) for pd in (0.1, 0.2, 0.4, 0.8)]
    assert by_pd == sorted(by_pd) and len(set(by_pd)) == 4
    assert minimum_detectable_difference(164, 0.2, alpha=0.01) > minimum_detectable_difference(164, 0.2)
    assert minimum_detectable_difference(164, 0.2, power=0.9) > minimum_detectable_difference(164, 0.2)


def test_mdd_is_infinite_when_no_difference_is_detectable():
    # Even d = pd (every discordant task won by one model) needs 36.8 tasks at pd = 0.2.
    assert 36 < _tasks_needed(0.2, 0.2) < 37
    assert minimum_detectable_difference(36, 0.2) == math.inf
    assert minimum_detectable_difference(37, 0.2) == pytest.approx(0.2, abs=0.01)


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((0, 0.2), {}, "n"),
        ((10.5, 0.2), {}, "n"),
        ((True, 0.2), {}, "n"),
        ((100, 0.0), {}, "discordance"),
        ((100, 1.2), {}, "discordance"),
        ((100, 0.2), {"alpha": 0.0}, "alpha"),
        ((100, 0.2), {"alpha": 1.0}, "alpha"),
        ((100, 0.2), {"power": 1.0}, "power"),
        ((100, 0.2), {"power": 0.3}, "power"),
    ],
)
def test_mdd_bad_arguments_are_errors(args, kwargs, message):
    with pytest.raises(ValueError, match=message):
        minimum_detectable_difference(*args, **kwargs)
