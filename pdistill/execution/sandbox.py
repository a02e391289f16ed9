"""Run one job in a sandbox, from inside a worker process (see `inside.py` for the sandbox side).

The worker forks the program's process, reads the harness's messages and the program's output until
the harness says `end`, both pipes close, or the wall-clock limit passes. Then it kills whatever of
the sample is left: in namespaced modes the worker is PID 1 of its own PID namespace and one
`kill(-1, SIGKILL)` ends every other process in it. One fork per sample, no interpreter start.
If the worker's job pipe (`abort_fd`) closes meanwhile, its pool is gone or closing: the sample is
killed at once and `Abandoned` raised.
"""

from __future__ import annotations

import fcntl
import json
import mmap
import os
import select
import shutil
import signal
import tempfile
import time
from typing import Any

from pdistill.execution import harness, inside, linux
from pdistill.execution.isolation import Isolation
from pdistill.execution.limits import Limits
from pdistill.execution.status import RawOutcome

_END = b'"ev": "end"'


class Abandoned(Exception):
    """The job pipe closed while a sample ran: nobody waits for its verdict any more."""


def run_sample(
    job: dict[str, Any], limits: Limits, iso: Isolation, base_dir: str, abort_fd: int | None = None
) -> RawOutcome:
    """Fork the sandbox for `job`, collect its messages, output and exit status, and clean up.

    `abort_fd`: the worker's job pipe; end of file on it (or anything else raised meanwhile) kills the
    sample and everything it started before the error propagates (`Abandoned` for the pipe).
    """
    try:
        tests = harness.prepare_tests(job["test"], job["entry_point"])
    except SyntaxError as exc:
        return _broken_tests(exc)
    res_r, res_w = os.pipe()
    out_r, out_w = os.pipe()
    scratch = mmap.mmap(-1, 4096)  # shared with the fork: the harness leaves the running call here
    workdir = _make_workdir(iso, base_dir, limits)
    if iso.mode != "root":  # RLIMIT_NPROC counts all the user's processes, not only the sandbox's
        job = {**job, "_nproc_base": _count_processes(iso.uid)}
    deadline = time.monotonic() + limits.timeout_s
    pid = os.fork()
    if pid == 0:
        try:
            os.close(res_r)
            os.close(out_r)
            inside.run_program(job, tests, limits, iso, workdir, res_w, out_w, scratch)
        except BaseException:
            inside.report_internal(res_w)
        finally:
            os._exit(70)
    os.close(res_w)
    os.close(out_w)
    try:
        try:
            messages, output, ended, timed_out = _collect(
                res_r, out_r, deadline, limits.max_output_bytes, abort_fd
            )
        except BaseException:
            _kill_sample(pid, iso)
            _reap(iso)
            raise
        code = sig = None
        if not ended:  # how it ended matters: wait for the exit status
            if timed_out:
                _kill_sample(pid, iso)
            _, status = os.waitpid(pid, 0)
            code = os.waitstatus_to_exitcode(status)
            code, sig = (code, None) if code >= 0 else (None, -code)
        _kill_sample(pid, iso)
        _reap(iso)
        n = int.from_bytes(scratch[:2], "little")
        running = scratch[2 : 2 + min(n, 4000)].decode("utf-8", "replace")
        return RawOutcome(messages, code, sig, timed_out, output.decode("utf-8", "replace"), running)
    finally:
        os.close(res_r)
        os.close(out_r)
        scratch.close()
        _remove_workdir(iso, workdir)


def _make_workdir(iso: Isolation, base_dir: str, limits: Limits) -> str:
    """A fresh working folder: in namespaced modes a private tmpfs of `file_size_mb` (and a fresh
    /dev/shm), owned by the sandbox uid; otherwise a temporary folder."""
    workdir = tempfile.mkdtemp(prefix="sample-", dir=base_dir)
    if iso.mode == "none":
        return workdir
    opts = f"size={limits.file_size_mb}m,nr_inodes=4096,mode=0700,uid={iso.uid},gid={iso.uid}"
    linux.mount("tmpfs", workdir, "tmpfs", linux.MS_NOSUID | linux.MS_NODEV, opts)
    linux.mount("tmpfs", "/dev/shm", "tmpfs", linux.MS_NOSUID | linux.MS_NODEV, opts)
    return workdir


def _remove_workdir(iso: Isolation, workdir: str) -> None:
    if iso.mode != "none":
        for target in (workdir, "/dev/shm"):
            try:
                linux.umount(target)
            except OSError:
                pass
    shutil.rmtree(workdir, ignore_errors=True)


def _kill_sample(pid: int, iso: Isolation) -> None:
    """SIGKILL the sample and everything it started."""
    try:
        if iso.mode == "none":
            os.killpg(pid, signal.SIGKILL)
            _kill_children()
        else:
            os.kill(-1, signal.SIGKILL)  # from PID 1: every other process of the worker's namespace
    except ProcessLookupError:
        pass


def _reap(iso: Isolation) -> None:
    """Collect dead children and clear what a sample may have left in the worker's namespaces.

    Everything is already SIGKILLed: only processes still being torn down can remain (the kernel
    unmounts a sample's filesystem view as it exits). Up to a handful are left for the next call;
    more (a fork bomb) are waited for, so the next sample starts with its process limit free.
    """
    give_up = time.monotonic() + 2.0
    while time.monotonic() < give_up:
        try:
            got, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if got:
            continue
        if iso.mode != "none" and _children() <= 4:
            break
        if iso.mode == "none":
            _kill_children()
        time.sleep(0.001)
    if iso.mode != "none":
        linux.remove_sysv_ipc()  # the worker's IPC namespace is shared by its samples


def _children() -> int:
    """Children of this worker, zombies included."""
    try:
        with open("/proc/thread-self/children", encoding="ascii") as fh:
            return len(fh.read().split())
    except OSError:
        return 0


def _broken_tests(exc: SyntaxError) -> RawOutcome:
    feedback = (
        f"The task's tests do not compile ({exc.msg}, line {exc.lineno}): fix the task, not the program."
    )
    return RawOutcome([{"ev": "fail", "status": "error", "feedback": feedback}], None, None, False, "", "")


def _collect(
    res_r: int, out_r: int, deadline: float, cap: int, abort_fd: int | None = None
) -> tuple[list[dict[str, Any]], bytes, bool, bool]:
    """Read both pipes until `end`, both pipes closed, or the deadline; `Abandoned` if `abort_fd`
    becomes readable (the pool sends no job while one runs: only its end of file can arrive).

    Returns (messages, output capped at `cap` bytes, ended, timed_out).
    """
    buf, out = b"", b""
    open_fds = {res_r, out_r}
    watched = [] if abort_fd is None else [abort_fd]
    while open_fds:
        left = deadline - time.monotonic()
        if left <= 0:
            return _parse(buf), out, False, True
        ready, _, _ = select.select([*open_fds, *watched], [], [], left)
        if abort_fd is not None and abort_fd in ready:
            raise Abandoned
        for fd in ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                open_fds.discard(fd)
            elif fd == res_r:
                if len(buf) < 1 << 20:  # a flood on the channel is dropped
                    buf += chunk
                if _END in chunk or _END in buf[-len(chunk) - len(_END) :]:
                    messages = _parse(buf)
                    if any(m.get("ev") == "end" for m in messages):
                        rest = _read_available(out_r, cap - len(out))  # flushed before `end`
                        return messages, out + rest, True, False
            elif len(out) < cap:
                out += chunk[: cap - len(out)]
    return _parse(buf), out, False, False


def _read_available(fd: int, cap: int) -> bytes:
    """Whatever is already in the pipe, without waiting (at most `cap` bytes kept)."""
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)
    data = b""
    try:
        while len(data) < cap:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            data += chunk
    except BlockingIOError:
        pass
    return data[: max(cap, 0)]


def _parse(buf: bytes) -> list[dict[str, Any]]:
    messages = []
    for line in buf.decode("utf-8", "replace").splitlines():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if isinstance(msg, dict):
            messages.append(msg)
    return messages


def _kill_children() -> None:
    """Mode `none`: SIGKILL every direct child (orphaned daemons are re-parented to this worker)."""
    me = str(os.getpid())
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                    ppid = fh.read().rsplit(")", 1)[1].split()[1]
                if ppid == me:
                    os.kill(int(entry), signal.SIGKILL)
            except (OSError, IndexError):
                continue


def _count_processes(uid: int) -> int:
    n = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    n += 1
            except OSError:
                continue
    return n
