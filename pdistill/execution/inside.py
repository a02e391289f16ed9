"""The sandbox side of a sample: everything below runs in the forked process, never in the worker.

    worker (PID 1 of its own PID, mount, IPC and network namespaces; read-only filesystem view)
      └─ C: own session, a fresh private tmpfs as working folder, rlimits, an unprivileged uid, a
            clean environment and descriptors; then the harness.

When C ends or the wall-clock limit passes, the worker SIGKILLs every process of its namespace
(`kill(-1)` from PID 1), so daemons and orphans die with the sample; nothing can ignore SIGKILL.
"""

from __future__ import annotations

import json
import mmap
import os
import resource
import signal
import sys
import tempfile
import traceback
from typing import Any

from pdistill.execution import harness, linux
from pdistill.execution.isolation import Isolation
from pdistill.execution.limits import Limits

SAFE_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
}


def report(res_w: int, message: dict[str, Any]) -> None:
    """Send one message to the worker on the result channel (best effort)."""
    try:
        os.write(res_w, (json.dumps(message) + "\n").encode())
    except OSError:
        pass


def report_internal(res_w: int) -> None:
    """The sandbox itself failed (not the program): hand the traceback to the worker."""
    report(res_w, {"ev": "sandbox_error", "detail": traceback.format_exc()})


def run_program(
    job: dict[str, Any],
    tests: harness.PreparedTests | None,
    limits: Limits,
    iso: Isolation,
    workdir: str,
    res_w: int,
    out_w: int,
    scratch: mmap.mmap,
) -> None:
    """C: own session, limits, privileges dropped, clean environment and descriptors; then the harness.
    Never returns."""
    os.setsid()
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out_w, 1)
    os.dup2(out_w, 2)
    channel = os.dup2(res_w, 3)
    os.closerange(4, 1 << 16)
    mb = 1 << 20
    nproc = limits.max_processes + job.get("_nproc_base", 0)
    for res, value in (
        (resource.RLIMIT_AS, limits.memory_mb * mb),
        (resource.RLIMIT_CPU, limits.cpu_seconds),
        (resource.RLIMIT_FSIZE, limits.file_size_mb * mb),
        (resource.RLIMIT_NPROC, nproc),
        (resource.RLIMIT_NOFILE, limits.max_open_files),
        (resource.RLIMIT_CORE, 0),
    ):
        resource.setrlimit(res, (value, value))
    if iso.mode == "root":
        os.setgroups([])
        os.setresgid(iso.uid, iso.uid, iso.uid)
        os.setresuid(iso.uid, iso.uid, iso.uid)
        linux.prctl(linux.PR_SET_NO_NEW_PRIVS, 1)
    elif iso.mode == "userns":
        linux.drop_all_capabilities()
    os.chdir(workdir)
    os.environ.clear()
    os.environ.update(SAFE_ENV, HOME=workdir, TMPDIR=workdir)
    tempfile.tempdir = None
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE, signal.SIGXFSZ):
        signal.signal(sig, signal.SIG_DFL)
    try:
        harness.run(job, channel, scratch, tests)
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
        os._exit(0)
