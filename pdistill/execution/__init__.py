"""The execution engine: run model-written programs against unit tests in a sandbox, in parallel.

Library use:

    from pdistill.execution import Limits, execute_samples
    results, seconds = execute_samples(tasks_by_id, samples, Limits(timeout_s=5), workers=2)

Each result carries `task_id`, `sample_id`, `status` (see `Status`), `tests_passed`, `tests_total`,
`feedback` (the first failure, as fed back to the teacher and the student) and `output`.

Names are imported lazily: the sandbox worker imports this package, and every module it does not
load is memory its per-sample fork does not have to copy.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Limits": "pdistill.execution.limits",
    "SandboxPool": "pdistill.execution.pool",
    "Status": "pdistill.execution.status",
    "execute_samples": "pdistill.execution.engine",
    "make_job": "pdistill.execution.engine",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'pdistill.execution' has no attribute {name!r}")
