"""Clean interruption, unit by unit (`pdistill.signals`); through `dvc`: tests/pipeline/test_interrupt.py.

A stage run by `run_stage` turns SIGTERM, SIGHUP and Ctrl-C into its normal clean-up, an `interrupted`
line and exit status 128 + the signal, also when its parent dies; a child linked with
`parent_link_env`/`die_with_parent` dies with its parent even on SIGKILL; a closing sandbox pool kills
the sample in hand instead of waiting for it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from pdistill.execution.limits import Limits
from pdistill.execution.pool import SandboxPool
from pdistill.signals import Interrupted, interruptible, on_interrupt

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

STAGE = """import time
from pdistill.io import run_stage


def main():
    try:
        print("ready", flush=True)
        time.sleep(60)
    finally:
        print("cleaned up", flush=True)


run_stage(main)
"""

CHILD = """import signal, sys, time
from pdistill.signals import die_with_parent

die_with_parent(signal.SIGTERM, lifeline_fd=0 if sys.argv[1] == "lifeline" else None)
print("linked", flush=True)
time.sleep(60)
"""

PARENT = """import subprocess, sys, threading, time
from pdistill.signals import parent_link_env

child, how = None, sys.argv[2]


def start():
    global child
    child = subprocess.Popen([sys.executable, sys.argv[1], how], env=parent_link_env(), stdin=subprocess.PIPE)


if how == "kernel":
    start()
else:  # from a thread that then ends: the kernel's parent-death signal must not be used
    thread = threading.Thread(target=start)
    thread.start()
    thread.join()
    time.sleep(0.5)
print(child.pid, flush=True)
time.sleep(60)
"""


MIDDLE = "import subprocess, sys, time; subprocess.Popen(sys.argv[1:]); time.sleep(60)"


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _wait_gone(pid: int, timeout: float) -> float:
    start = time.monotonic()
    while not _gone(pid):
        assert time.monotonic() - start < timeout, f"process {pid} still runs after {timeout} s"
        time.sleep(0.02)
    return time.monotonic() - start


@pytest.mark.parametrize(
    "signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=lambda s: signal.Signals(s).name
)
def test_run_stage_turns_a_stop_signal_into_a_clean_exit(tmp_path: Path, signum: int):
    script = tmp_path / "mystage.py"
    script.write_text(STAGE)
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # a background test run (CI, `cmd &`) inherits SIGINT ignored; a terminal's Ctrl-C is not
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 128 + signum
    assert out == "cleaned up\n"
    assert err == f"mystage: interrupted by {signal.Signals(signum).name}\n"


def test_a_stage_whose_parent_is_killed_cleans_up_and_exits(tmp_path: Path):
    """`kill <dvc pid>`: DVC forwards nothing, the kernel's parent-death signal reaches the stage."""
    script = tmp_path / "mystage.py"
    script.write_text(STAGE)
    middle = subprocess.Popen(
        [sys.executable, "-c", MIDDLE, sys.executable, str(script)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert middle.stdout is not None and middle.stdout.readline() == "ready\n"
    middle.kill()
    out, _ = middle.communicate(timeout=20)  # until the stage, which holds the pipe too, has exited
    assert out == "cleaned up\nmystage: interrupted by SIGTERM\n"


@pytest.mark.parametrize("how", ["kernel", "lifeline"])
def test_a_linked_child_dies_when_its_parent_is_killed(tmp_path: Path, how: str):
    """`kernel`: started from the main thread, PR_SET_PDEATHSIG; `lifeline`: started from a thread that
    has ended, its stdin pipe. Either way SIGKILL of the parent ends the child."""
    (tmp_path / "child.py").write_text(CHILD)
    (tmp_path / "parent.py").write_text(PARENT)
    parent = subprocess.Popen(
        [sys.executable, str(tmp_path / "parent.py"), str(tmp_path / "child.py"), how],
        env=ENV,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    lines = {parent.stdout.readline().strip() for _ in range(2)}
    assert "linked" in lines
    (child,) = (int(line) for line in lines if line.isdigit())
    assert not _gone(child)  # a thread that ended did not take it along
    try:
        parent.kill()
        parent.wait()
        assert _wait_gone(child, 3.0) < 3.0
    finally:
        if not _gone(child):
            os.kill(child, signal.SIGKILL)


def test_callbacks_run_at_the_signal_then_the_block_unwinds(capsys: pytest.CaptureFixture[str]):
    before = signal.getsignal(signal.SIGTERM)
    calls: list[str] = []
    with (
        pytest.raises(SystemExit) as stopped,
        interruptible("demo"),
        on_interrupt(lambda: calls.append("callback")),
    ):
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)
        finally:
            calls.append("finally")
    assert stopped.value.code == 128 + signal.SIGTERM
    assert calls == ["callback", "finally"]
    assert capsys.readouterr().err == "demo: interrupted by SIGTERM\n"
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_repeated_sigterm_does_not_cut_the_clean_up_short():
    """SIGTERM to `dvc`'s group reaches the stage twice: directly, then as `dvc`'s parent-death signal."""
    calls: list[str] = []
    with pytest.raises(SystemExit), interruptible("demo"):
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)
        finally:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.1)
            calls.append("cleaned up")
    assert calls == ["cleaned up"]


def test_interrupted_is_a_keyboard_interrupt():
    """So that `except Exception` (retries, error wrappers) never swallows it."""
    assert isinstance(Interrupted(signal.SIGTERM), KeyboardInterrupt)
    assert not isinstance(Interrupted(signal.SIGTERM), Exception)


def test_closing_a_pool_kills_the_sample_in_hand():
    """Without this, `close()` waited for the sample (up to its timeout) before the stage could exit."""
    mark = f"{random.randint(10**6, 10**7)}.{random.randint(10**5, 10**6)}"
    program = (
        f"import os, time\nif os.fork() == 0:\n    os.execvp('sleep', ['sleep', '{mark}'])\n"
        "time.sleep(120)\ndef f():\n    return 1\n"
    )
    job = {"program": program, "test": "assert f() == 1", "entry_point": "f", "max_feedback_chars": 200}
    pool = SandboxPool(1)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            pool.map([job], Limits(timeout_s=120))
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def sleepers() -> list[psutil.Process]:
        return [p for p in psutil.process_iter(["cmdline"]) if p.info["cmdline"] == ["sleep", mark]]

    deadline = time.monotonic() + 30
    while not sleepers():
        assert time.monotonic() < deadline, "the sample never started"
        time.sleep(0.05)
    started = time.monotonic()
    pool.close()
    took = time.monotonic() - started
    thread.join(5)
    assert took < 3.0, took
    assert all(w.proc.poll() is not None for w in pool.workers)
    assert all(_gone(p.pid) for p in sleepers())
    assert not thread.is_alive() and len(errors) == 1 and isinstance(errors[0], RuntimeError)
