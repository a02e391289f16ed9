"""Resource limits of one sandboxed run, with documented defaults (all tunable from params or the CLI)."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from pdistill.io import PdistillError


@dataclass(frozen=True)
class Limits:
    """What one sample may use. Every limit applies to the program and every process it starts."""

    timeout_s: float = 10.0  # wall-clock seconds for loading the program and running all its tests
    memory_mb: int = 2048  # address space per process (RLIMIT_AS), MiB; numpy-sized imports fit
    cpu_s: float | None = None  # CPU seconds per process (RLIMIT_CPU); None = timeout_s + 1
    file_size_mb: int = 16  # largest file the program may write (RLIMIT_FSIZE), and its tmpfs size, MiB
    max_processes: int = 32  # processes and threads the sandbox user may hold at once (RLIMIT_NPROC)
    max_open_files: int = 64  # open file descriptors per process (RLIMIT_NOFILE)
    max_output_bytes: int = 2048  # stdout+stderr bytes kept in the result; the rest is read and dropped
    max_feedback_chars: int = 1500  # length of the feedback text handed to the teacher and the student

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

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Limits:
        """Build from a params section; unknown keys are an error naming them."""
        d = dict(d or {})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - known)
        if unknown:
            raise PdistillError(f"unknown execution limit(s) {unknown}; known: {sorted(known)}")
        return cls(**d)
