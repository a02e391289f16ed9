"""Which isolation this machine allows, set up once per worker process.

Modes, strongest first (`auto` picks the first that works):
- `root`: the worker runs as root. Each sample gets new PID, mount, IPC and UTS namespaces, a
  read-only view of the filesystem with a private tmpfs as its working directory, a fresh `/proc`,
  the home and project folders hidden, and drops to a per-worker unprivileged uid (so `RLIMIT_NPROC`
  bounds fork bombs). The worker itself sits in an empty network namespace.
- `userns`: the same through an unprivileged user namespace (the user's own uid, all capabilities
  dropped before the program runs). Needs `kernel.unprivileged_userns_clone` (most distributions).
- `none`: no namespaces (macOS, locked-down containers): own session and process group, rlimits, a
  temporary directory, a scrubbed environment and the descendants hunted down at the end; no
  filesystem or network isolation. A warning says so.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from pdistill.execution import linux

SANDBOX_UID_BASE = 990_000  # root mode: worker k runs programs as uid/gid SANDBOX_UID_BASE + k
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


def setup_worker(mode: str, slot: int, project_dir: str, base_dir: str) -> Isolation:
    """Enter the strongest isolation `mode` allows (once per worker); never raises for lack of it."""
    try:
        linux.prctl(linux.PR_SET_CHILD_SUBREAPER, 1)  # orphans of a sample come back to the worker
    except OSError:
        pass
    if mode not in ("auto", "root", "userns", "none"):
        raise ValueError(f"unknown sandbox mode {mode!r}")
    reasons = []
    if mode in ("auto", "root"):
        if os.geteuid() == 0:
            try:
                linux.unshare(linux.CLONE_NEWNET)
                return _with_hiding(Isolation("root", True, SANDBOX_UID_BASE + slot), project_dir, base_dir)
            except OSError as exc:
                reasons.append(f"root: {exc.strerror}")
        else:
            reasons.append("root: not running as root")
    if mode in ("auto", "root", "userns"):
        uid, gid = os.getuid(), os.getgid()
        try:
            linux.unshare(linux.CLONE_NEWUSER | linux.CLONE_NEWNET)
            _write("/proc/self/setgroups", "deny")
            _write("/proc/self/uid_map", f"{uid} {uid} 1")
            _write("/proc/self/gid_map", f"{gid} {gid} 1")
            return _with_hiding(Isolation("userns", True, uid, "; ".join(reasons)), project_dir, base_dir)
        except OSError as exc:
            reasons.append(f"userns: {exc.strerror}")
    return Isolation("none", False, os.getuid(), "; ".join(reasons) or "mode none requested")


def _with_hiding(iso: Isolation, project_dir: str, base_dir: str) -> Isolation:
    home = os.environ.get("HOME") or os.path.expanduser("~")
    iso.hide, iso.expose = _plan_hiding(
        _needed_paths(), [home, project_dir], iso.uid, os.path.realpath(base_dir)
    )
    return iso
