"""Thin ctypes wrappers over the Linux calls the sandbox needs and Python 3.10/3.11 lacks.

`unshare`, `mount`, `prctl` and `capset` are called through libc. Every wrapper raises `OSError` with the
errno on failure, so callers can fall back to weaker isolation and say why.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000

MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_NOEXEC = 0x8
MS_REMOUNT = 0x20
MS_NOATIME = 0x400
MS_NODIRATIME = 0x800
MS_BIND = 0x1000
MS_MOVE = 0x2000
MS_REC = 0x4000
MS_PRIVATE = 0x40000
MS_RELATIME = 0x200000
MS_STRICTATIME = 0x1000000

PR_SET_PDEATHSIG = 1
PR_CAPBSET_DROP = 24
PR_SET_SECUREBITS = 28
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38

# Mount options that must be kept on a read-only remount (the kernel refuses to clear locked ones).
_KEEP = {
    "nosuid": MS_NOSUID,
    "nodev": MS_NODEV,
    "noexec": MS_NOEXEC,
    "noatime": MS_NOATIME,
    "nodiratime": MS_NODIRATIME,
    "relatime": MS_RELATIME,
    "strictatime": MS_STRICTATIME,
}

_libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
_libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
_libc.syscall.restype = ctypes.c_long


def _check(ret: int, what: str) -> None:
    if ret != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def unshare(flags: int) -> None:
    """Move the calling process into new namespaces (`unshare(2)`)."""
    _check(_libc.unshare(flags), "unshare")


def mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    """`mount(2)`; `None` arguments are passed as NULL."""
    enc = [s.encode() if s is not None else None for s in (source, target, fstype, data)]
    _check(_libc.mount(enc[0], enc[1], enc[2], flags, enc[3]), f"mount {target}")


class _MountAttr(ctypes.Structure):
    _fields_ = [
        ("attr_set", ctypes.c_uint64),
        ("attr_clr", ctypes.c_uint64),
        ("propagation", ctypes.c_uint64),
        ("userns_fd", ctypes.c_uint64),
    ]


SYS_MOUNT_SETATTR = 442  # the same on every architecture that has it (Linux >= 5.12)
MOUNT_ATTR_RDONLY = 0x1
AT_FDCWD = -100
AT_RECURSIVE = 0x8000


def make_tree_readonly(path: str = "/") -> None:
    """Make every mount under `path` read-only and private in one call (`mount_setattr(2)`)."""
    attr = _MountAttr(MOUNT_ATTR_RDONLY, 0, MS_PRIVATE, 0)
    long = ctypes.c_long  # variadic: pass every integer at full width
    ret = _libc.syscall(
        long(SYS_MOUNT_SETATTR),
        long(AT_FDCWD),
        path.encode(),
        long(AT_RECURSIVE),
        ctypes.byref(attr),
        long(ctypes.sizeof(attr)),
    )
    _check(ret, "mount_setattr")


MNT_DETACH = 2


def umount(target: str) -> None:
    """Detach the mount at `target` (`umount2(2)` with MNT_DETACH)."""
    _check(_libc.umount2(target.encode(), MNT_DETACH), f"umount {target}")


def prctl(option: int, arg2: int = 0) -> None:
    """`prctl(2)` with one argument."""
    _check(_libc.prctl(option, arg2, 0, 0, 0), f"prctl({option})")


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def drop_all_capabilities() -> None:
    """Empty the bounding set and the effective/permitted/inheritable sets, for good.

    Also sets the secure bits that stop a uid-0 process from regaining capabilities on `execve`, and
    `no_new_privs`. Used where the sandboxed program keeps uid 0 inside a user namespace.
    """
    # SECBIT_NOROOT | _LOCKED, SECBIT_NO_SETUID_FIXUP | _LOCKED, SECBIT_KEEP_CAPS_LOCKED
    prctl(PR_SET_SECUREBITS, 0x1 | 0x2 | 0x4 | 0x8 | 0x20)
    for cap in range(64):
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            break  # EINVAL past the last capability this kernel knows
    header = _CapHeader(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3
    data = (_CapData * 2)()
    _check(_libc.capset(ctypes.byref(header), data), "capset")
    prctl(PR_SET_NO_NEW_PRIVS, 1)


def remove_sysv_ipc() -> int:
    """Remove every System V shared-memory segment, semaphore set and message queue of this IPC
    namespace (the worker's, shared by its samples one after the other); return how many."""
    removed = 0
    for table, ctl in (("shm", _libc.shmctl), ("sem", _libc.semctl), ("msg", _libc.msgctl)):
        try:
            with open(f"/proc/sysvipc/{table}", encoding="ascii") as fh:
                rows = fh.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            ipc_id = int(row.split()[1])
            args = (ipc_id, 0, 0, None) if table == "sem" else (ipc_id, 0, None)  # IPC_RMID = 0
            if ctl(*args) == 0:
                removed += 1
    return removed


def mount_points() -> list[tuple[str, int]]:
    """Mount points of this mount namespace with the flags a read-only remount must keep."""
    points = []
    with open("/proc/self/mountinfo", encoding="utf-8") as fh:
        for line in fh:
            fields = line.split()
            target = fields[4].encode().decode("unicode_escape")  # \040 and friends
            flags = 0
            for opt in fields[5].split(","):
                flags |= _KEEP.get(opt, 0)
            points.append((target, flags))
    return points
