"""Run one job in a sandbox, from inside a worker process. Linux-first; see `isolation.py` for modes.

Process layout per sample (root and userns modes):

    worker ── S (own session; unshares PID/mount/IPC/UTS namespaces) ── C (PID 1 of the new namespace:
    mounts the read-only view, tmpfs and /proc, then reaps) ── R (rlimits, unprivileged, runs the harness)

When R ends, C ends, and the kernel kills every process left in the namespace (daemons included).
At the wall-clock limit the worker SIGKILLs S; C dies with it (parent-death signal), taking the
namespace down. Nothing can ignore SIGKILL, so the limit holds within a few milliseconds.
"""

from __future__ import annotations

import json
import mmap
import os
import resource
import select
import shutil
import signal
import sys
import tempfile
import time
from typing import Any

from pdistill.execution import harness, linux
from pdistill.execution.isolation import Isolation
from pdistill.execution.limits import Limits
from pdistill.execution.status import RawOutcome

SAFE_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
}


# Sessions whose program finished normally: their namespace is torn down by the kernel (unmounting
# takes a few RCU grace periods) while the next sample already runs; they are reaped later.
_pending: list[int] = []


def reap_pending(block: bool = False) -> None:
    """Collect finished sandbox sessions; with `block`, wait for all (worker shutdown)."""
    for pid in list(_pending):
        try:
            done, _ = os.waitpid(pid, 0 if block else os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            _pending.remove(pid)


def run_sample(job: dict[str, Any], limits: Limits, iso: Isolation, base_dir: str) -> RawOutcome:
    """Fork the sandbox for `job`, collect its messages and output, and clean everything up."""
    reap_pending()
    res_r, res_w = os.pipe()
    out_r, out_w = os.pipe()
    scratch = mmap.mmap(-1, 4096)  # shared with the fork: the harness leaves the running call here
    workdir = tempfile.mkdtemp(prefix="sample-", dir=base_dir)
    if os.geteuid() == 0 and iso.uid != 0:
        os.chown(workdir, iso.uid, iso.uid)
    if iso.mode != "root":  # RLIMIT_NPROC counts all the user's processes, not only the sandbox's
        job = {**job, "_nproc_base": _count_processes(iso.uid)}
    deadline = time.monotonic() + limits.timeout_s
    pid = os.fork()
    if pid == 0:  # S
        try:
            os.close(res_r)
            os.close(out_r)
            _sandbox_session(job, limits, iso, workdir, res_w, out_w, scratch)
        except BaseException:
            _report_internal(res_w)
        finally:
            os._exit(70)
    os.close(res_w)
    os.close(out_w)
    try:
        messages, output, timed_out = _collect(res_r, out_r, deadline, limits.max_output_bytes)
        if timed_out or iso.mode == "none":
            if timed_out:
                _kill(pid, iso)
            reap_pending(block=True)  # a killed sample's processes must be gone before the next starts
            _reap(pid, iso)
        else:
            _pending.append(pid)
        exits = [m for m in messages if m.get("ev") == "exit"]
        last = exits[-1] if exits else {}
        n = int.from_bytes(scratch[:2], "little")
        running = scratch[2 : 2 + min(n, 4000)].decode("utf-8", "replace")
        return RawOutcome(
            [m for m in messages if m.get("ev") != "exit"],
            last.get("code"),
            last.get("signal"),
            timed_out,
            output.decode("utf-8", "replace"),
            running,
        )
    finally:
        os.close(res_r)
        os.close(out_r)
        scratch.close()
        shutil.rmtree(workdir, ignore_errors=True)


def _collect(res_r: int, out_r: int, deadline: float, cap: int) -> tuple[list[dict[str, Any]], bytes, bool]:
    """Read both pipes until both close or the deadline passes; keep at most `cap` output bytes."""
    buf, out = b"", b""
    open_fds = {res_r, out_r}
    while open_fds:
        left = deadline - time.monotonic()
        if left <= 0:
            return _parse(buf), out, True
        ready, _, _ = select.select(list(open_fds), [], [], left)
        for fd in ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                open_fds.discard(fd)
            elif fd == res_r:
                buf += chunk[: 1 << 20] if len(buf) < 1 << 20 else b""  # a flood on the channel is dropped
            elif len(out) < cap:
                out += chunk[: cap - len(out)]
    return _parse(buf), out, False


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


def _kill(pid: int, iso: Isolation) -> None:
    try:
        os.killpg(pid, signal.SIGKILL) if iso.mode == "none" else os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _reap(pid: int, iso: Isolation) -> None:
    """Wait for S, then for every orphan that came back to this worker (it is a child subreaper)."""
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    give_up = time.monotonic() + 2.0
    while time.monotonic() < give_up:
        if iso.mode == "none":
            _kill_children()
        try:
            got, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if got == 0:
            time.sleep(0.002)


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


# -- inside the sandbox -----------------------------------------------------------------------------
def _sandbox_session(
    job: dict[str, Any],
    limits: Limits,
    iso: Isolation,
    workdir: str,
    res_w: int,
    out_w: int,
    scratch: mmap.mmap,
) -> None:
    """S: new session and namespaces, then fork C and wait for it; report how it ended."""
    linux.prctl(linux.PR_SET_PDEATHSIG, signal.SIGKILL)
    os.setsid()
    namespaced = iso.mode != "none"
    if namespaced:
        linux.unshare(linux.CLONE_NEWPID | linux.CLONE_NEWNS | linux.CLONE_NEWIPC | linux.CLONE_NEWUTS)
    me = os.getpid()
    child = os.fork()
    if child == 0:  # C
        try:
            linux.prctl(linux.PR_SET_PDEATHSIG, signal.SIGKILL)
            if os.getppid() != (0 if namespaced else me):  # S already gone (outside the namespace: 0)
                os._exit(71)
            if namespaced:
                _prepare_filesystem(iso, workdir, limits)
                _init(job, limits, iso, workdir, res_w, out_w, scratch)
            else:
                _program(job, limits, iso, workdir, res_w, out_w, scratch)
        except BaseException:
            _report_internal(res_w)
        finally:
            os._exit(70)
    os.close(out_w)
    _, status = os.waitpid(child, 0)
    if not namespaced:  # in a namespace C reports on R itself
        _report_exit(res_w, status)
    os._exit(0)


def _report_internal(res_w: int) -> None:
    """The sandbox itself failed (not the program): hand the traceback to the worker."""
    import traceback

    try:
        os.write(
            res_w, (json.dumps({"ev": "sandbox_error", "detail": traceback.format_exc()}) + "\n").encode()
        )
    except OSError:
        pass


def _report_exit(res_w: int, status: int) -> None:
    code = os.waitstatus_to_exitcode(status)
    report = {"ev": "exit", "code": code if code >= 0 else None, "signal": -code if code < 0 else None}
    os.write(res_w, (json.dumps(report) + "\n").encode())


def _init(
    job: dict[str, Any],
    limits: Limits,
    iso: Isolation,
    workdir: str,
    res_w: int,
    out_w: int,
    scratch: mmap.mmap,
) -> None:
    """C, PID 1 of the sample's namespace: fork R, reap everything, exit as R did."""
    program = os.fork()
    if program == 0:
        try:
            _program(job, limits, iso, workdir, res_w, out_w, scratch)
        except BaseException:
            _report_internal(res_w)
        finally:
            os._exit(70)
    os.close(out_w)
    while True:
        pid, status = os.waitpid(-1, 0)
        if pid == program:
            _report_exit(res_w, status)
            os._exit(0)  # the kernel now kills whatever the program left behind


def _prepare_filesystem(iso: Isolation, workdir: str, limits: Limits) -> None:
    """C: private mounts; hide home/project folders; everything read-only but a private tmpfs."""
    linux.mount(None, "/", None, linux.MS_REC | linux.MS_PRIVATE)
    staged = []
    for i, path in enumerate(iso.expose):  # park what must stay visible before covering its parent
        stage = os.path.join(os.path.dirname(workdir), f".stage-{i}")
        os.makedirs(stage, exist_ok=True)
        linux.mount(path, stage, None, linux.MS_BIND | linux.MS_REC)
        staged.append((stage, path))
    for path in iso.hide:
        linux.mount("tmpfs", path, "tmpfs", linux.MS_NOSUID | linux.MS_NODEV, "size=1m,mode=0755")
    for stage, path in staged:
        os.makedirs(path, exist_ok=True)
        linux.mount(stage, path, None, linux.MS_MOVE)
    for target, keep in linux.mount_points():
        try:
            linux.mount(None, target, None, linux.MS_REMOUNT | linux.MS_BIND | linux.MS_RDONLY | keep)
        except OSError:
            continue
    tmpfs_opts = f"size={limits.file_size_mb}m,nr_inodes=4096,mode=0700,uid={iso.uid},gid={iso.uid}"
    linux.mount("tmpfs", workdir, "tmpfs", linux.MS_NOSUID | linux.MS_NODEV, tmpfs_opts)
    if os.path.isdir("/dev/shm"):
        linux.mount("tmpfs", "/dev/shm", "tmpfs", linux.MS_NOSUID | linux.MS_NODEV, tmpfs_opts)
    linux.mount("proc", "/proc", "proc", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC)


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


def _program(
    job: dict[str, Any],
    limits: Limits,
    iso: Isolation,
    workdir: str,
    res_w: int,
    out_w: int,
    scratch: mmap.mmap,
) -> None:
    """R: limits, privileges dropped, clean environment and descriptors; then the harness."""
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out_w, 1)
    os.dup2(out_w, 2)
    keep = os.dup2(res_w, 3)
    os.closerange(4, 1 << 16)
    nproc = limits.max_processes + job.get("_nproc_base", 0)
    mb = 1 << 20
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
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL)
    try:
        harness.run(job, keep, scratch)
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
        os._exit(0)
