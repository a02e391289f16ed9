"""The train/held-out split of our task set: each task's side is a pure function of its id and the seed.

A task is held out when the hash score of `"<seed>:<task_id>"` (the first 8 bytes of its SHA-256, read as a
fraction in [0, 1)) is below the held-out fraction. Nothing depends on the other tasks or on their order,
so appending, removing (decontamination) or reordering tasks never moves an existing task from one side
to the other, and a task held out once is never trained on after the set grows. Another seed gives
another, independent split.

The price of that stability is that the held-out share is the fraction in expectation only: with n
tasks the held-out count is Binomial(n, fraction), a few percent of n either side of `n * fraction` (the
standard deviation is sqrt(n * fraction * (1 - fraction)), about 11 tasks for 573 at 0.3). A shuffle
that cuts at exactly `round(n * fraction)` would hit the count, but adding one task would shift the cut
and move many existing tasks across it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _HasId(Protocol):
    @property
    def task_id(self) -> str: ...


T = TypeVar("T", bound=_HasId)


def heldout_score(task_id: str, seed: int) -> float:
    """A uniform-looking number in [0, 1) fixed by `task_id` and `seed` alone (SHA-256 of `"seed:id"`)."""
    digest = hashlib.sha256(f"{seed}:{task_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def is_heldout(task_id: str, seed: int, fraction: float) -> bool:
    """Whether the task goes to the held-out side: its `heldout_score` is below `fraction` (in [0, 1]).

    Each task is held out with probability `fraction` over seeds, independently of every other task; the
    answer for one task never changes when tasks are added, removed or reordered.
    """
    if not 0 <= fraction <= 1:
        raise ValueError(f"the held-out fraction must be in [0, 1], got {fraction!r}")
    return heldout_score(task_id, seed) < fraction


def split(tasks: Iterable[T], heldout_fraction: float, seed: int) -> tuple[list[T], list[T]]:
    """Split tasks into `(train, heldout)` by `is_heldout`; each side keeps the input (file) order.

    The held-out share is `heldout_fraction` in expectation, not exactly: the count varies binomially
    with the seed and the set (by a few tasks on a small set, about 11 on our 573 at 0.3). That is the
    price of stability: a task's side depends only on its id and the seed, so growing the task set never
    moves an existing task across the boundary.
    """
    train: list[T] = []
    heldout: list[T] = []
    for task in tasks:
        (heldout if is_heldout(task.task_id, seed, heldout_fraction) else train).append(task)
    return train, heldout
