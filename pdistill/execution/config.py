"""The `execution` section of params.yaml: sandbox limits plus pool settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pdistill.execution.limits import Limits
from pdistill.io import PdistillError

POOL_KEYS = {"workers", "sandbox"}


@dataclass(frozen=True)
class ExecutionConfig:
    """Limits for each sample, how many sandbox workers, and which isolation mode."""

    limits: Limits
    workers: int | None  # None = one per core
    sandbox: str  # auto | root | userns | none

    @classmethod
    def from_params(cls, d: dict[str, Any]) -> ExecutionConfig:
        """Build from the `execution` section; unknown keys and bad values are errors naming them."""
        limits = Limits.from_dict({k: v for k, v in d.items() if k not in POOL_KEYS})
        workers = d.get("workers", 0)
        if not isinstance(workers, int) or workers < 0:
            raise PdistillError(f"execution.workers must be a non-negative integer, got {workers!r}")
        sandbox = d.get("sandbox", "auto")
        if sandbox not in ("auto", "root", "userns", "none"):
            raise PdistillError(f"execution.sandbox must be auto, root, userns or none, got {sandbox!r}")
        return cls(limits, workers or None, sandbox)
