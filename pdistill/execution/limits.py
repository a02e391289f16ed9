"""Resource limits of one sandboxed run, with documented defaults (all tunable from params or the CLI)."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from pdistill.config.sections import Execution
from pdistill.io import PdistillError


@dataclass(frozen=True)
class Limits:
    """What one sample may use. Every limit applies to the program and every process it starts."""

    # Defaults: params.yaml's `execution` section (its comments give the units and reasons).
    timeout_s: float = Execution.timeout_s  # wall-clock seconds for loading the program and all its tests
    memory_mb: int = Execution.memory_mb  # address space per process (RLIMIT_AS), MiB
    cpu_s: float | None = None  # CPU seconds per process (RLIMIT_CPU); None = timeout_s + 1
    file_size_mb: int = Execution.file_size_mb  # largest file written (RLIMIT_FSIZE) and the tmpfs size, MiB
    max_processes: int = Execution.max_processes  # processes and threads of the sandbox user (RLIMIT_NPROC)
    max_open_files: int = Execution.max_open_files  # open file descriptors per process (RLIMIT_NOFILE)
    max_output_bytes: int = Execution.max_output_bytes  # stdout+stderr bytes kept; the rest is dropped
    max_feedback_chars: int = Execution.max_feedback_chars  # feedback text handed to teacher and student

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and (not isinstance(value, int | float) or value <= 0):
                raise PdistillError(f"execution limit {f.name!r} must be a positive number, got {value!r}")

    @property
    def cpu_seconds(self) -> int:
        """The CPU-time limit applied: `cpu_s` (default `timeout_s + 1`) rounded up to whole seconds."""
        return math.ceil(self.cpu_s if self.cpu_s is not None else self.timeout_s + 1)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (for the worker protocol and provenance)."""
        return asdict(self)
