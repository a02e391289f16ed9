"""Shared fixtures: one sandbox pool for the session, and a helper to run programs through it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pdistill.execution import Limits, SandboxPool, execute_samples


@pytest.fixture(scope="session")
def pool() -> Iterator[SandboxPool]:
    with SandboxPool(workers=2) as p:
        yield p


@pytest.fixture()
def run(pool: SandboxPool):
    """`run(code, test, entry_point="f", **limits)` -> the result record of one sample."""

    def _run(code: str, test: str, entry_point: str = "f", **limits: float) -> dict:
        task = {"test": test, "entry_point": entry_point}
        results, _ = execute_samples(
            {"t": task},
            [{"task_id": "t", "sample_id": 0, "code": code}],
            Limits(**{"timeout_s": 3, **limits}),
            pool=pool,
            progress=False,
        )
        return results[0]

    return _run


def isolated(pool: SandboxPool) -> bool:
    """True where the OS gave the sandbox namespaces (root or user namespaces)."""
    return pool.isolation["mode"] != "none"
