"""Which isolation this machine allows, set up once per worker process.

Modes, strongest first (`auto` picks the first that works):
- `root`: the worker runs as root, as PID 1 of its own PID namespace, with no network, its own IPC
  namespace and its own mount namespace: a read-only view of the filesystem with the home and
  project folders hidden and a `/proc` that shows only the worker and its sample. Each sample gets a
  fresh tmpfs as working folder (and `/dev/shm`), unmounted afterwards, and runs as a per-worker
  unprivileged uid (so `RLIMIT_NPROC` bounds fork bombs). After each sample the worker kills every
  other process of its namespace, so nothing a sample started survives it.
- `userns`: the same through an unprivileged user namespace (the user's own uid, all capabilities
  dropped before the program runs). Needs `kernel.unprivileged_userns_clone` (most distributions).
- `none`: no namespaces (macOS, locked-down containers): own session and process group, rlimits, a
  temporary directory, a scrubbed environment and the descendants hunted down at the end; no
  filesystem or network isolation. A warning says so.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import sys
from dataclasses import dataclass, field

from pdistill.execution import linux

SANDBOX_UID_BASE = 990_000  # root mode: each worker runs programs as its own uid/gid from SANDBOX_UID_BASE up
SANDBOX_UIDS = 4096  # uids in that range: one per sandbox worker alive at once on the machine
UID_LOCKS = "/run/pdistill-sandbox-uids"  # a lock file per uid in use (flock: freed when its worker dies)
_SYSTEM_DIRS = {"/", "/usr", "/usr/local", "/opt", "/bin", "/sbin", "/lib", "/lib64", "/etc", "/var", "/tmp"}


@dataclass
class Isolation:
    """What a worker achieved; reported by `pdistill sandbox check` and in the execute summary."""

    mode: str  # root | userns | none
    network: bool  # programs see no network interfaces but a downed loopback
    uid: int  # uid the programs run as (as seen from the worker)
    reason: str = ""  # why a stronger mode was not available
    hide: list[str] = field(default_factory=list)  # folders replaced by an empty tmpfs in the sandbox
    expose: list[str] = field(default_factory=list)  # folders inside those that stay visible (read-only)


def _needed_paths() -> list[str]:
    """Folders the sandboxed interpreter must be able to read: its prefixes and installed packages."""
    prefixes = {os.path.realpath(p) for p in (sys.base_prefix, sys.prefix)}
    paths = set(prefixes)
    for entry in sys.path:
        real = os.path.realpath(entry) if entry else ""
        if os.path.isdir(real) and ("site-packages" in real or "dist-packages" in real):
            paths.add(real)
    return sorted(p for p in paths if p != "/")


def _plan_hiding(
    needed: list[str], extra_hide: list[str], uid: int, keep: str
) -> tuple[list[str], list[str]]:
    """Folders to cover with an empty tmpfs, and the needed folders under them to re-expose.

    Covered: the home and project folders (they may hold secrets such as `.env` files) and every
    ancestor of a needed folder that the sandbox uid could not traverse (e.g. `/root` for a pyenv
    Python). System folders are never covered.
    """
    hide = {os.path.realpath(p) for p in extra_hide if p}
    for path in needed:
        parts = path.split("/")
        for i in range(2, len(parts)):
            ancestor = "/".join(parts[:i])
            st = os.stat(ancestor)
            if uid != 0 and st.st_uid != uid and not st.st_mode & 0o001:
                hide.add(ancestor)
    hide = {h for h in hide if h not in _SYSTEM_DIRS and os.path.isdir(h)}
    # Keep only outermost folders, and never cover a folder that a needed path sits above.
    outer = sorted(h for h in hide if not any(h != o and h.startswith(o + "/") for o in hide))
    outer = [h for h in outer if not any(n == h or h.startswith(n + "/") for n in needed)]
    outer = [h for h in outer if not (keep + "/").startswith(h + "/")]  # the sandboxes' own base folder
    expose = sorted({n for n in needed for h in outer if n.startswith(h + "/")})
    expose = [e for e in expose if not any(e != o and e.startswith(o + "/") for o in expose)]
    return outer, expose


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="ascii") as fh:
        fh.write(text)


# Namespaces the worker enters once: no network, its own IPC objects, and its own PID namespace in
# which it is PID 1, so that `kill(-1, SIGKILL)` ends everything a sample left behind.
_WORKER_NS = (
    linux.CLONE_NEWNET | linux.CLONE_NEWIPC | linux.CLONE_NEWUTS | linux.CLONE_NEWPID | linux.CLONE_NEWNS
)


def claim_uid(slot: int, locks: str = UID_LOCKS) -> int:
    """A sandbox uid no other live worker on this machine holds, trying `SANDBOX_UID_BASE + slot` first.

    `RLIMIT_NPROC` counts a uid's processes machine-wide, so two pipelines at once (queued DVC
    experiments, parallel tests) must not share one: each worker holds an exclusive `flock` on a file per
    uid for its lifetime (the kernel frees it when the worker dies, however it dies). Samples never see
    the lock's descriptor (`pdistill.execution.inside` closes every inherited one)."""
    import fcntl

    os.makedirs(locks, mode=0o700, exist_ok=True)
    for k in (slot, *range(SANDBOX_UIDS)):
        fd = os.open(os.path.join(locks, str(SANDBOX_UID_BASE + k)), os.O_RDONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue
        _held_locks.append(fd)  # open as long as the worker lives
        return SANDBOX_UID_BASE + k
    raise OSError(errno.EBUSY, f"every sandbox uid from {SANDBOX_UID_BASE} is held ({SANDBOX_UIDS} workers)")


_held_locks: list[int] = []


def setup_worker(mode: str, slot: int, project_dir: str, base_dir: str) -> Isolation:
    """Enter the strongest isolation `mode` allows (once per worker); never raises for lack of it.

    In `root` and `userns` modes the calling process forks after unsharing: the child, PID 1 of the
    new PID namespace, returns from here and serves jobs; the parent only waits for it and exits.
    """
    if mode not in ("auto", "root", "userns", "none"):
        raise ValueError(f"unknown sandbox mode {mode!r}")
    reasons = []
    if mode in ("auto", "root"):
        if os.geteuid() == 0:
            try:
                linux.unshare(_WORKER_NS)
                iso = _with_hiding(Isolation("root", True, claim_uid(slot)), project_dir, base_dir)
                _become_init(iso, base_dir)
                return iso
            except OSError as exc:
                reasons.append(f"root: {exc.strerror}")
        else:
            reasons.append("root: not running as root")
    if mode in ("auto", "root", "userns"):
        uid, gid = os.getuid(), os.getgid()
        try:
            linux.unshare(linux.CLONE_NEWUSER | _WORKER_NS)
            _write("/proc/self/setgroups", "deny")
            _write("/proc/self/uid_map", f"{uid} {uid} 1")
            _write("/proc/self/gid_map", f"{gid} {gid} 1")
            iso = _with_hiding(Isolation("userns", True, uid, "; ".join(reasons)), project_dir, base_dir)
            _become_init(iso, base_dir)
            return iso
        except OSError as exc:
            reasons.append(f"userns: {exc.strerror}")
    try:
        linux.prctl(linux.PR_SET_CHILD_SUBREAPER, 1)  # orphans of a sample come back to the worker
    except OSError:
        pass
    return Isolation("none", False, os.getuid(), "; ".join(reasons) or "mode none requested")


def _become_init(iso: Isolation, base_dir: str) -> None:
    """Fork into the new PID namespace as its PID 1 and build the read-only filesystem view there;
    the parent waits outside, then removes `base_dir` and exits as the child did."""
    child = os.fork()
    if child:
        _, status = os.waitpid(child, 0)
        shutil.rmtree(base_dir, ignore_errors=True)
        os._exit(os.waitstatus_to_exitcode(status) & 0xFF)
    linux.prctl(linux.PR_SET_PDEATHSIG, signal.SIGKILL)  # the pool killing the parent ends the worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a sample must not interrupt its worker
    _readonly_view(iso, base_dir)


def _readonly_view(iso: Isolation, base_dir: str) -> None:
    """In the worker's mount namespace: home and project folders hidden (the interpreter re-exposed),
    everything read-only, a writable tmpfs for the samples' working folders, /proc of this namespace."""
    linux.mount(None, "/", None, linux.MS_REC | linux.MS_PRIVATE)
    staged = []
    for i, path in enumerate(iso.expose):  # park what must stay visible before covering its parent
        stage = os.path.join(base_dir, f".stage-{i}")
        os.makedirs(stage, exist_ok=True)
        linux.mount(path, stage, None, linux.MS_BIND | linux.MS_REC)
        staged.append((stage, path))
    for path in iso.hide:
        linux.mount("tmpfs", path, "tmpfs", linux.MS_NOSUID | linux.MS_NODEV, "size=1m,mode=0755")
    for stage, path in staged:
        os.makedirs(path, exist_ok=True)
        linux.mount(stage, path, None, linux.MS_MOVE)
    try:
        linux.make_tree_readonly("/")
    except OSError:  # kernels before 5.12, or a mount with writers: one remount per mount point
        remount_each_readonly(linux.mount_points())
    linux.mount("tmpfs", base_dir, "tmpfs", linux.MS_NOSUID | linux.MS_NODEV, "mode=0711,nr_inodes=65536")
    linux.mount("proc", "/proc", "proc", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC)


def remount_each_readonly(points: list[tuple[str, int]]) -> None:
    """Remount every mount point read-only, keeping its locked flags; fail closed: a mount that stays
    writable (the kernel refuses while a file on it is open for writing) is an `OSError`, so that the
    worker takes a weaker, reported mode instead of a sandbox that only looks read-only."""
    for target, keep in points:
        try:
            linux.mount(None, target, None, linux.MS_REMOUNT | linux.MS_BIND | linux.MS_RDONLY | keep)
        except OSError as exc:
            try:
                read_only = bool(os.statvfs(target).f_flag & os.ST_RDONLY)
            except OSError:
                continue  # gone, or not ours to see: nothing a sample can write through
            if not read_only:
                raise OSError(exc.errno, f"{target} stays writable ({exc.strerror})") from None


def _with_hiding(iso: Isolation, project_dir: str, base_dir: str) -> Isolation:
    home = os.environ.get("HOME") or os.path.expanduser("~")
    iso.hide, iso.expose = _plan_hiding(
        _needed_paths(), [home, project_dir], iso.uid, os.path.realpath(base_dir)
    )
    return iso
