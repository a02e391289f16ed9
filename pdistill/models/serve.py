"""A local OpenAI-compatible server for a GGUF file (the teacher, or the student on a CPU): llama.cpp's
HTTP server, via `xllamacpp`.

`xllamacpp` is a prebuilt wheel of llama.cpp (no compiler needed); `xllamacpp.Server(params)` loads the
model and serves `/v1/models`, `/v1/chat/completions` and `/v1/completions` from a background thread
until the object is destroyed. Two ways to use it:

- `serve_forever(gguf)`: in this process, until Ctrl-C or SIGTERM (`pdistill teacher serve`).
- `local_server(ref)`: a context manager that runs `python -m pdistill.models.serve` as a child
  process, waits until `/v1/models` answers, yields the base URL (`http://127.0.0.1:PORT/v1`) and stops
  the child on exit. A separate process is easy to stop cleanly and keeps llama.cpp's threads and
  memory out of the caller (the refine stage, when `teacher.base_url` is `local`).

The server listens on 127.0.0.1 only and needs no API key (any key is accepted).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pdistill.io import PdistillError

HOST = "127.0.0.1"
#: The line the child prints on stdout once it listens: `<READY> <base_url>`.
READY = "pdistill-serve-ready"


def default_threads() -> int:
    """The CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def make_params(
    gguf: str | os.PathLike[str],
    *,
    port: int = 0,
    ctx: int = 4096,
    threads: int | None = None,
    parallel: int = 1,
    alias: str | None = None,
    lora: str | os.PathLike[str] | None = None,
) -> Any:
    """`xllamacpp.CommonParams` for serving `gguf` on 127.0.0.1:`port` (0: any free port).

    `lora`: a LoRA adapter in llama.cpp's GGUF format, applied at scale 1 to every request.
    """
    try:
        import xllamacpp
    except ImportError as exc:
        raise PdistillError(f"the local teacher server needs the `xllamacpp` package ({exc})") from None
    n_threads = threads or default_threads()
    params = xllamacpp.CommonParams()
    params.model.path = str(gguf)
    params.hostnames = [HOST]
    params.port = port
    params.n_ctx = ctx
    params.n_parallel = parallel
    params.cpuparams.n_threads = n_threads
    params.cpuparams_batch.n_threads = n_threads
    if alias:
        params.model_alias = {alias}
    if lora is not None:
        adapter = xllamacpp.CommonAdapterLoraInfo()
        adapter.path, adapter.scale = str(lora), 1.0
        params.lora_adapters = [adapter]
    return params


def start_server(gguf: str | os.PathLike[str], **settings: Any) -> tuple[Any, str]:
    """Start llama.cpp's server in this process; return `(server, base_url)`. Drop `server` to stop it."""
    path = Path(gguf)
    if not path.is_file():
        raise PdistillError(f"teacher.model: GGUF file {str(path)!r} does not exist")
    import xllamacpp

    try:
        server = xllamacpp.Server(make_params(path, **settings))
    except Exception as exc:  # xllamacpp raises plain RuntimeErrors for a bad file or a busy port
        raise PdistillError(f"teacher.model: llama.cpp could not serve {str(path)!r}: {exc}") from None
    return server, server.listening_address.rstrip("/") + "/v1"


def serve_forever(gguf: str | os.PathLike[str], *, on_ready: Callable[[str], None], **settings: Any) -> None:
    """Serve `gguf` until Ctrl-C or SIGTERM; `on_ready(base_url)` is called once it listens."""
    server, base_url = start_server(gguf, **settings)
    previous = signal.getsignal(signal.SIGTERM)

    def _stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    try:
        on_ready(base_url)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        del server


def _get_json(url: str, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _log_tail(log: Path, lines: int = 15) -> str:
    try:
        text = log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return "\n    ".join(text[-lines:])


@contextlib.contextmanager
def local_server(
    model: str | os.PathLike[str],
    *,
    port: int = 0,
    ctx: int = 4096,
    threads: int | None = None,
    parallel: int = 1,
    alias: str | None = None,
    lora: str | os.PathLike[str] | None = None,
    timeout_s: float = 300.0,
    setting: str = "teacher.model",
) -> Iterator[str]:
    """Run a local OpenAI-compatible server for `model` (a GGUF path or registry name); yield its base URL.

    The server runs in a child process; this waits until its `/v1/models` answers (at most
    `timeout_s`), and stops the child on exit (SIGTERM, then SIGKILL after 15 s). A child that dies
    or never answers is a `PdistillError` with the tail of its log.
    """
    from pdistill.models.pull import resolve_gguf

    gguf = resolve_gguf(model, setting=setting)
    name = alias or (os.fspath(model) if not os.fspath(model).endswith(".gguf") else gguf.stem)
    cmd = [sys.executable, "-m", "pdistill.models.serve", "--model", str(gguf), "--port", str(port)]
    cmd += ["--ctx", str(ctx), "--parallel", str(parallel), "--alias", name]
    if threads:
        cmd += ["--threads", str(threads)]
    if lora is not None:
        cmd += ["--lora", str(lora)]
    with tempfile.TemporaryDirectory(prefix="pdistill-serve-") as tmp:
        log = Path(tmp) / "server.log"
        with open(log, "wb") as log_fh:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log_fh, stdin=subprocess.DEVNULL)
        try:
            base_url = _wait_ready(proc, log, timeout_s, setting=setting, gguf=gguf)
            yield base_url
        finally:
            _stop(proc)


def _wait_ready(proc: subprocess.Popen, log: Path, timeout_s: float, *, setting: str, gguf: Path) -> str:
    """Read the child's READY line, then poll `/v1/models` until it answers; return the base URL."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    deadline = time.monotonic() + timeout_s
    base_url, seen = None, b""
    while time.monotonic() < deadline:
        if base_url is None and select.select([fd], [], [], 0.2)[0]:
            seen += os.read(fd, 4096)
            for line in seen.decode("utf-8", "replace").splitlines():
                if line.startswith(READY + " "):
                    base_url = line.split()[-1]
        if base_url is not None and _get_json(f"{base_url}/models", timeout=5.0):
            return base_url
        if proc.poll() is not None:
            raise PdistillError(
                f"{setting}: the local server for {str(gguf)!r} exited with status {proc.returncode} "
                f"before answering:\n    {_log_tail(log)}"
            )
        if base_url is not None:
            time.sleep(0.1)
    raise PdistillError(
        f"{setting}: the local server for {str(gguf)!r} did not answer within {timeout_s:g} s:\n"
        f"    {_log_tail(log)}"
    )


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM the child, wait for it, SIGKILL it if it hangs."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


def _main(argv: list[str] | None = None) -> None:
    """The child process of `local_server`: serve, print the READY line, run until SIGTERM."""
    parser = argparse.ArgumentParser(prog="python -m pdistill.models.serve")
    parser.add_argument("--model", required=True, help="GGUF file")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--ctx", type=int, default=4096)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--parallel", type=int, default=1)
    parser.add_argument("--alias", default=None)
    parser.add_argument("--lora", default=None, help="LoRA adapter (llama.cpp GGUF)")
    args = parser.parse_args(argv)

    def ready(base_url: str) -> None:
        print(f"{READY} {base_url}", flush=True)
        os.dup2(2, 1)  # nobody reads our stdout after this line: send anything later to the log

    try:
        serve_forever(
            args.model,
            on_ready=ready,
            port=args.port,
            ctx=args.ctx,
            threads=args.threads,
            parallel=args.parallel,
            alias=args.alias,
            lora=args.lora,
        )
    except PdistillError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        sys.exit(1)


if __name__ == "__main__":
    _main()
