"""The sandbox settings of a run: the `execution` section (limits, isolation) and `execution_pool`
(how many workers), as the objects the execution engine takes."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from pdistill.config.load import Config
from pdistill.execution.limits import Limits


@dataclass(frozen=True)
class ExecutionConfig:
    """Limits for each sample, how many sandbox workers, and which isolation mode."""

    limits: Limits
    workers: int | None  # None = one per core
    sandbox: str  # auto | root | userns | none

    @classmethod
    def from_config(cls, config: Config) -> ExecutionConfig:
        """From validated params (`pdistill.config.load.load_config`)."""
        limits = {k: v for k, v in asdict(config.execution).items() if k != "sandbox"}
        return cls(Limits(**limits), config.execution_pool.workers or None, config.execution.sandbox)
