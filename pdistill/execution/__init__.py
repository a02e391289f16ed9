"""The execution engine: run model-written programs against unit tests in a sandbox, in parallel.

Library use:

    from pdistill.execution import Limits, execute_samples
    results = execute_samples(tasks_by_id, samples, Limits(timeout_s=5), workers=2)

Each result carries `task_id`, `sample_id`, `status` (see `Status`), `tests_passed`, `tests_total`,
`feedback` (the first failure, as fed back to the teacher and the student) and `output`.
"""

from pdistill.execution.engine import execute_samples, make_job
from pdistill.execution.limits import Limits
from pdistill.execution.pool import SandboxPool
from pdistill.execution.status import Status

__all__ = ["Limits", "SandboxPool", "Status", "execute_samples", "make_job"]
