"""The parent side: a pool of pre-forked sandbox workers, fed from threads, results in input order.

Each worker's stdin is its lifeline: closing the pool (or the death of this process, by any signal)
closes it, and the worker kills the sample in hand and exits (see `pdistill.execution.worker`).
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import pdistill
from pdistill.execution.inside import SAFE_ENV
from pdistill.execution.limits import Limits
from pdistill.io import PdistillError


def _worker_env() -> dict[str, str]:
    """The whole environment a worker gets: no API keys, tokens or anything else of the parent's."""
    env = dict(SAFE_ENV)
    env["HOME"] = os.path.expanduser("~")
    env["PYTHONPATH"] = os.path.dirname(os.path.dirname(os.path.abspath(pdistill.__file__)))
    return env


class _Worker:
    def __init__(self, slot: int, mode: str, project_dir: str) -> None:
        self.args = [
            sys.executable,
            "-s",
            "-m",
            "pdistill.execution.worker",
            "--slot",
            str(slot),
            "--mode",
            mode,
            "--project-dir",
            project_dir,
        ]
        self.closing = False  # set (under the lock) once the pool closes: no restart after that
        self.lock = threading.Lock()
        self.spawn()

    def start(self) -> None:
        """Start the worker process and wait until it is ready."""
        self.spawn()
        self.handshake()

    def spawn(self) -> None:
        """Start the worker process without waiting for it (`handshake` does)."""
        self.proc = subprocess.Popen(
            self.args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_worker_env(),
            cwd="/",
            start_new_session=True,
        )

    def handshake(self) -> None:
        """Wait for the started worker's greeting, which reports its isolation."""
        hello = self.proc.stdout.readline()  # type: ignore[union-attr]
        if not hello:
            raise RuntimeError(f"sandbox worker failed to start (exit status {self.proc.wait()})")
        self.isolation: dict[str, Any] = json.loads(hello)["isolation"]

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        """Send one job; a worker that dies on it is restarted and the sample counted as an error."""
        try:
            self.proc.stdin.write((json.dumps(job) + "\n").encode())  # type: ignore[union-attr]
            self.proc.stdin.flush()  # type: ignore[union-attr]
            line = self.proc.stdout.readline()  # type: ignore[union-attr]
        except (BrokenPipeError, ValueError):  # ValueError: the pool closed the pipe meanwhile
            line = b""
        if line:
            verdict = json.loads(line)
            if "internal_error" in verdict:
                raise PdistillError(
                    "the sandbox itself failed (not the program):\n" + verdict["internal_error"]
                )
            return verdict
        with self.lock:
            if self.closing:  # the pool closed the pipe under this job: no restart, nobody waits
                raise RuntimeError("the sandbox pool was closed while a sample ran")
            self.close()
            self.start()
        return {
            "status": "error",
            "tests_passed": None,
            "tests_total": None,
            "output": "",
            "elapsed_s": 0.0,
            "feedback": "Error: the sandbox worker crashed while running this sample.",
        }

    def hang_up(self) -> None:
        """Close the worker's stdin: it exits, killing the sample it runs, if any."""
        try:
            self.proc.stdin.close()  # type: ignore[union-attr]
        except OSError:
            pass

    def wait(self) -> None:
        """Wait for the worker to exit (SIGKILL after 30 s)."""
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def close(self) -> None:
        """Stop the worker and wait for it."""
        self.hang_up()
        self.wait()


class SandboxPool:
    """`workers` pre-forked sandbox processes (default: one per core). Use as a context manager."""

    def __init__(
        self, workers: int | None = None, mode: str = "auto", project_dir: str | None = None
    ) -> None:
        n = workers or os.cpu_count() or 1
        project = os.path.realpath(project_dir or os.getcwd())
        self.workers: list[_Worker] = []
        try:  # all start at once (they import and set up their sandbox in parallel), then greet
            for slot in range(n):
                self.workers.append(_Worker(slot, mode, project))
            for w in self.workers:
                w.handshake()
        except BaseException:
            self.close()
            raise
        self.isolation = self.workers[0].isolation
        if self.isolation["mode"] == "none":
            warnings.warn(
                "sandbox: no namespaces available (" + self.isolation["reason"] + "); programs run "
                "without filesystem or network isolation",
                RuntimeWarning,
                stacklevel=2,
            )

    def map(
        self, jobs: Sequence[dict[str, Any]], limits: Limits, on_done: Callable[[], None] | None = None
    ) -> list[dict[str, Any]]:
        """Run every job; the i-th verdict answers the i-th job whatever the worker count."""
        results: list[dict[str, Any] | None] = [None] * len(jobs)
        todo: queue.Queue[int] = queue.Queue()
        for i in range(len(jobs)):
            todo.put(i)
        wire_limits = limits.to_dict()
        errors: list[BaseException] = []

        def serve(worker: _Worker) -> None:
            try:
                while True:
                    try:
                        i = todo.get_nowait()
                    except queue.Empty:
                        return
                    results[i] = worker.run({**jobs[i], "limits": wire_limits})
                    if on_done is not None:
                        on_done()
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=serve, args=(w,), daemon=True) for w in self.workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]
        return [r for r in results if r is not None]

    def close(self) -> None:
        """Stop the workers: each kills the sample in hand, if any, and exits."""
        for w in self.workers:
            with w.lock:
                w.closing = True
                w.hang_up()
        for w in self.workers:
            w.wait()

    def __enter__(self) -> SandboxPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
