"""The local llama.cpp server as a child process, for the duration of a `with` block.

`local_server_info(ref)` runs `python -m pdistill.models.serve` (`pdistill.models.serve._main`), waits
until `/v1/models` answers, yields a `LocalServer` (the base URL `http://127.0.0.1:PORT/v1` and the
`ServerSettings` the child chose for this machine) and stops the child on exit; `local_server(ref)`
yields the base URL alone. A separate process is easy to stop cleanly and keeps llama.cpp's threads,
memory and CUDA context out of the caller.

The child never outlives its parent: it gets SIGTERM when the parent dies, even by SIGKILL
(`pdistill.signals.die_with_parent`: the kernel's parent-death signal, and its stdin as a lifeline),
and an interrupted stage stops it first (`pdistill.signals.on_interrupt`).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from pdistill.io import PdistillError
from pdistill.models.server_settings import SLOT_CTX, ServerSettings, cuda_wheel_hint
from pdistill.signals import on_interrupt, parent_link_env

#: The line the child prints on stdout once it listens: `<READY> <base_url> <settings as JSON>`.
READY = "pdistill-serve-ready"


def _get_json(url: str, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _log_tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return "\n    ".join(text[-lines:])


class LocalServer(NamedTuple):
    """A running local server: its base URL and the settings its child process chose."""

    base_url: str
    settings: ServerSettings


@contextlib.contextmanager
def local_server(model: str | os.PathLike[str], **options: Any) -> Iterator[str]:
    """`local_server_info(model, **options)`, yielding only the base URL."""
    with local_server_info(model, **options) as server:
        yield server.base_url


@contextlib.contextmanager
def local_server_info(
    model: str | os.PathLike[str],
    *,
    port: int = 0,
    ctx: int = SLOT_CTX,
    threads: int | None = None,
    gpu_slots: int = 1,
    alias: str | None = None,
    lora: str | os.PathLike[str] | None = None,
    timeout_s: float = 300.0,
    setting: str = "teacher.model",
) -> Iterator[LocalServer]:
    """Run a local OpenAI-compatible server for `model` (a GGUF path or registry name) in a child process.

    `ctx`: context tokens per request; `gpu_slots`: requests decoded at once where the child's llama.cpp
    sees a GPU (a CPU server takes one at a time); `threads`: CPU threads (default: every core). This
    waits until its `/v1/models` answers (at most `timeout_s`), yields a `LocalServer`, and stops the
    child on exit (SIGTERM, then SIGKILL after 15 s). A child that dies or never answers is a
    `PdistillError` with the tail of its log.
    """
    from pdistill.models.pull import resolve_gguf

    gguf = resolve_gguf(model, setting=setting)
    name = alias or (os.fspath(model) if not os.fspath(model).endswith(".gguf") else gguf.stem)
    cmd = [sys.executable, "-m", "pdistill.models.serve", "--model", str(gguf), "--port", str(port)]
    cmd += ["--ctx", str(ctx), "--gpu-slots", str(gpu_slots), "--alias", name]
    if threads:
        cmd += ["--threads", str(threads)]
    if lora is not None:
        cmd += ["--lora", str(lora)]
    with tempfile.TemporaryDirectory(prefix="pdistill-serve-") as tmp:
        log_path = Path(tmp) / "server.log"
        with open(log_path, "wb") as log_fh:  # stdin: the child's lifeline (it stops when it reads EOF)
            proc = subprocess.Popen(
                cmd, stdout=subprocess.PIPE, stderr=log_fh, stdin=subprocess.PIPE, env=parent_link_env()
            )
        try:
            with on_interrupt(lambda: _terminate(proc)):  # stopped first: nothing waits on its requests
                server = _wait_ready(proc, log_path, timeout_s, setting=setting, gguf=gguf)
                print(f"{setting}: {gguf.name} on {server.settings.describe()}", file=sys.stderr, flush=True)
                hint = cuda_wheel_hint(server.settings)
                if hint:
                    print(f"warning: {setting}: {hint}", file=sys.stderr, flush=True)
                yield server
        finally:
            _stop(proc)


def _ready_line(data: bytes) -> LocalServer | None:
    """The child's complete READY line in `data` (`<READY> <base_url> <settings as JSON>`), if any."""
    for line in data.decode("utf-8", "replace").split("\n")[:-1]:  # complete lines only
        if line.startswith(READY + " "):
            _, base_url, settings = line.split(" ", 2)
            return LocalServer(base_url, ServerSettings(**json.loads(settings)))
    return None


def _wait_ready(
    proc: subprocess.Popen, log_path: Path, timeout_s: float, *, setting: str, gguf: Path
) -> LocalServer:
    """Read the child's READY line, then poll `/v1/models` until it answers."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    deadline = time.monotonic() + timeout_s
    server, seen = None, b""
    while time.monotonic() < deadline:
        if server is None and select.select([fd], [], [], 0.2)[0]:
            seen += os.read(fd, 4096)
            server = _ready_line(seen)
        if server is not None and _get_json(f"{server.base_url}/models", timeout=5.0):
            return server
        if proc.poll() is not None:
            raise PdistillError(
                f"{setting}: the local server for {str(gguf)!r} exited with status {proc.returncode} "
                f"before answering:\n    {_log_tail(log_path)}"
            )
        if server is not None:
            time.sleep(0.1)
    raise PdistillError(
        f"{setting}: the local server for {str(gguf)!r} did not answer within {timeout_s:g} s:\n"
        f"    {_log_tail(log_path)}"
    )


def _terminate(proc: subprocess.Popen) -> None:
    """SIGTERM the child if it still runs (safe inside a signal handler)."""
    if proc.returncode is None:
        os.kill(proc.pid, signal.SIGTERM)


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM the child, wait for it, SIGKILL it if it hangs."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            pipe.close()
