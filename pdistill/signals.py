"""Clean interruption: Ctrl-C, SIGTERM or SIGHUP end a stage through its normal clean-up, and the
helper processes a stage starts (model servers) end with it even when it is killed outright.

Three layers, each covering what the one before cannot:

- `interruptible()` (every stage, through `pdistill.io.run_stage`): SIGTERM and SIGHUP raise
  `Interrupted` (a `KeyboardInterrupt`, as Ctrl-C's SIGINT already does) in the main thread, so every
  `with` block and `finally` runs: servers are stopped, sandbox workers closed, temporary files removed.
  The stage then prints one `interrupted by SIGTERM` line and exits with status 128 + the signal number.
  It also asks the kernel for a SIGTERM when the stage's parent (`dvc`) dies, because DVC forwards no
  signal to its stage: `kill <dvc pid>` alone would leave the stage running. DVC runs a stage through
  `$SHELL -c` (`/bin/sh` where SHELL is unset); bash execs the command, dash does not and stays as
  the stage's parent, so `watch_owner()` also follows the process above such a shell (`pidfd_open`).
- `on_interrupt(callback)`: what to do at once when the signal arrives, before any clean-up; a local
  server is stopped first, so that requests in flight to it fail instead of being waited for.
- `parent_link_env()` in the parent and `die_with_parent()` in the child: a child process (the model
  server) is killed by the kernel when its parent dies, by whatever means, SIGKILL included
  (`prctl(PR_SET_PDEATHSIG)`); a pipe from the parent (`watch_lifeline`) covers children started from
  a thread other than the main one, which the kernel's parent-death signal cannot follow.

Sandbox workers need none of this: their job pipe is their lifeline (see `pdistill.execution.worker`).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import select
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from types import FrameType

#: Signals that end a stage cleanly (SIGINT already raises `KeyboardInterrupt`).
STAGE_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
#: Programs that run a stage's command line as `<shell> -c <command>` (DVC: `$SHELL`, else /bin/sh).
SHELLS = frozenset({"sh", "dash", "bash", "zsh", "ksh", "mksh", "fish"})
#: `<pid>:<k>`: the parent a child must not outlive; k=1 when the kernel's parent-death signal may be
#: used (the child was started from the parent's main thread, which lives as long as the process).
PARENT_ENV = "PDISTILL_PARENT"
_PR_SET_PDEATHSIG = 1

_callbacks: list[Callable[[], None]] = []
_received: list[int] = []  # stop signals received inside `interruptible()`


class Interrupted(KeyboardInterrupt):
    """Raised in the main thread when a stop signal arrives; unwinds like Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def signal_of(exc: KeyboardInterrupt) -> int:
    """The signal behind an interruption: its own for `Interrupted`, SIGINT for a plain Ctrl-C."""
    return exc.signum if isinstance(exc, Interrupted) else signal.SIGINT


def _run_callbacks() -> None:
    for callback in list(reversed(_callbacks)):
        with contextlib.suppress(Exception):
            callback()


def _raise(signum: int, frame: FrameType | None) -> None:
    if _received and signum != signal.SIGINT:
        return  # already stopping (`dvc`'s death repeats a group's SIGTERM): let the clean-up finish
    _received.append(signum)
    _run_callbacks()
    raise Interrupted(signum)


@contextlib.contextmanager
def on_interrupt(callback: Callable[[], None]) -> Iterator[None]:
    """Within the block, call `callback` as soon as a stop signal arrives (inside `interruptible()`),
    before the interruption unwinds anything. It must be quick and safe in a signal handler."""
    _callbacks.append(callback)
    try:
        yield
    finally:
        _callbacks.remove(callback)


def set_parent_death_signal(signum: int) -> bool:
    """Ask the kernel to send `signum` to this process when its parent thread dies (0: nothing; Linux
    only); True if it was set."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    return libc.prctl(_PR_SET_PDEATHSIG, ctypes.c_ulong(signum), 0, 0, 0) == 0


def _parent_of(pid: int) -> int | None:
    """`pid`'s parent from /proc (None where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return int(stat.read().rsplit(b")", 1)[1].split()[1])  # after "(comm)": state, ppid
    except (OSError, IndexError, ValueError):
        return None


def owner_pid() -> int | None:
    """The process that ran this one through a `<shell> -c` wrapper (DVC), or None when the parent is
    not such a shell (the parent-death signal already covers that case)."""
    parent = os.getppid()
    try:
        with open(f"/proc/{parent}/cmdline", "rb") as cmdline:
            argv = cmdline.read().split(b"\0")
    except OSError:
        return None
    if os.path.basename(argv[0].decode(errors="replace")) not in SHELLS or b"-c" not in argv[1:]:
        return None
    return _parent_of(parent)


def watch_owner(pid: int, signum: int = signal.SIGTERM) -> Callable[[], None] | None:
    """Send `signum` to this process when process `pid` ends (a daemon thread on a pidfd); returns
    the function that stops watching, or None where pidfds are not available (or `pid` is gone)."""
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        return None
    stop_r, stop_w = os.pipe()

    def watch() -> None:
        try:
            ready, _, _ = select.select([pidfd, stop_r], [], [])
            if pidfd in ready and stop_r not in ready:
                os.kill(os.getpid(), signum)
        finally:
            os.close(pidfd)
            os.close(stop_r)

    threading.Thread(target=watch, name="pdistill-owner", daemon=True).start()
    return lambda: os.close(stop_w)


@contextlib.contextmanager
def interruptible(name: str = "stage") -> Iterator[None]:
    """Run a stage's body so that SIGTERM, SIGHUP and SIGINT end it cleanly.

    Inside, those signals raise `Interrupted` after running the `on_interrupt` callbacks (SIGINT only
    where it has Python's default handler, not where it is ignored); the parent's death sends SIGTERM.
    Once stopping, further SIGTERM and SIGHUP are ignored; a second Ctrl-C cuts the clean-up short.
    An interruption leaving the block becomes `<name>: interrupted by SIG...` on stderr and
    `SystemExit(128 + signal number)`. Outside the main thread this only converts the exception.
    """
    main = threading.current_thread() is threading.main_thread()
    previous: dict[int, object] = {}
    linked = False
    unwatch: Callable[[], None] | None = None
    try:
        if main:
            for signum in STAGE_SIGNALS:
                previous[signum] = signal.signal(signum, _raise)
            if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
                previous[signal.SIGINT] = signal.signal(signal.SIGINT, _raise)
            parent = os.getppid()
            linked = set_parent_death_signal(signal.SIGTERM)
            if linked and os.getppid() != parent:
                os.kill(os.getpid(), signal.SIGTERM)  # the parent died before we asked
            owner = owner_pid()
            if owner is not None and owner > 1:
                unwatch = watch_owner(owner)
        yield
    except KeyboardInterrupt as exc:
        signum = signal_of(exc)
        print(f"{name}: interrupted by {signal.Signals(signum).name}", file=sys.stderr, flush=True)
        raise SystemExit(128 + signum) from None
    finally:
        _received.clear()
        if unwatch is not None:
            unwatch()
        if main and linked:
            set_parent_death_signal(0)
        for signum, handler in previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]


def parent_link_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """`env` (default: this process's environment) plus `PARENT_ENV`, for a child that calls
    `die_with_parent()`: this process's pid, and whether the kernel may follow it (main thread)."""
    kernel = int(threading.current_thread() is threading.main_thread())
    return {**(os.environ if env is None else env), PARENT_ENV: f"{os.getpid()}:{kernel}"}


def watch_lifeline(fd: int, on_eof: Callable[[], None]) -> threading.Thread:
    """Call `on_eof` from a daemon thread once `fd` (the read end of a pipe whose write end only the
    parent holds) reaches end of file: the parent closed it or died."""

    def watch() -> None:
        with contextlib.suppress(OSError):
            while os.read(fd, 4096):
                pass
        on_eof()

    thread = threading.Thread(target=watch, name="pdistill-lifeline", daemon=True)
    thread.start()
    return thread


def die_with_parent(signum: int = signal.SIGTERM, lifeline_fd: int | None = None) -> bool:
    """In a child started with `parent_link_env()`: receive `signum` when the parent dies.

    The kernel sends it where it can follow the parent (Linux, started from its main thread); the
    `lifeline_fd` pipe, if given, covers the rest. A parent already gone sends it at once. False (and
    nothing done) without `PARENT_ENV`.
    """
    pid_text, _, kernel = os.environ.pop(PARENT_ENV, "").partition(":")  # not for grandchildren
    if not pid_text.isdigit():
        return False
    if kernel == "1":
        set_parent_death_signal(signum)
    if lifeline_fd is not None:
        watch_lifeline(lifeline_fd, lambda: os.kill(os.getpid(), signum))
    if os.getppid() != int(pid_text):
        os.kill(os.getpid(), signum)
    return True
