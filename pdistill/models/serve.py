"""A local OpenAI-compatible server for a GGUF file (the teacher, or the student on a CPU): llama.cpp's
HTTP server, via `xllamacpp`.

`xllamacpp` is a prebuilt wheel of llama.cpp (no compiler needed); `xllamacpp.Server(params)` loads the
model and serves `/v1/models`, `/v1/chat/completions` and `/v1/completions` from a background thread
until the object is destroyed. Two ways to use it:

- `serve_forever(gguf)`: in this process, until Ctrl-C, SIGTERM or SIGHUP (`pdistill teacher serve`).
- `local_server(ref)` / `local_server_info(ref)` (`pdistill.models.server_process`, re-exported here):
  in a child process, `python -m pdistill.models.serve` (this module's `_main`), for the duration of a
  `with` block (the refine stage, when `teacher.base_url` is `local`).

The child places the model itself (`pdistill.models.server_settings`): where its llama.cpp build sees a
GPU, every layer goes to the GPU and it serves `--gpu-slots` requests at once (each with `--ctx`
tokens); otherwise one request at a time on every CPU core. It reports what it chose on its READY line.

Stopping llama.cpp's server blocks for as long as a generation is in flight (or for good), so a stop
signal gives it `STOP_GRACE_S` seconds and then ends the process regardless.

The server listens on 127.0.0.1 only and needs no API key (any key is accepted).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pdistill.io import PdistillError
from pdistill.models.server_process import READY, LocalServer, local_server, local_server_info
from pdistill.models.server_settings import SLOT_CTX, llama_gpus, server_settings
from pdistill.signals import die_with_parent

__all__ = ["LocalServer", "local_server", "local_server_info", "make_params", "serve_forever", "start_server"]

HOST = "127.0.0.1"
#: Seconds a stopping server may take before its process ends anyway (SIGALRM's default action).
STOP_GRACE_S = 2


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
    gpu_layers: int | None = None,
) -> Any:
    """`xllamacpp.CommonParams` for serving `gguf` on 127.0.0.1:`port` (0: any free port).

    `ctx`: context tokens in all, split between the `parallel` slots. `lora`: a LoRA adapter in
    llama.cpp's GGUF format, applied at scale 1 to every request. `gpu_layers`: layers on the GPU
    (None: llama.cpp's default, "auto": what fits on a GPU build, nothing on a CPU build).
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
    if gpu_layers is not None:
        params.n_gpu_layers = gpu_layers
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
    """Serve `gguf` until Ctrl-C, SIGTERM or SIGHUP; `on_ready(base_url)` is called once it listens.

    Call it from the main thread. The first stop signal arms `signal.alarm(STOP_GRACE_S)` (SIGALRM's
    default action ends the process) before anything else runs, and a second one ends the process at
    once (default action): llama.cpp's server, destroyed with a request in flight, waits for it (or
    hangs), and nothing may postpone the end.
    """
    server, base_url = start_server(gguf, **settings)
    stopping = False

    def _stop(signum: int, frame: object) -> None:
        nonlocal stopping
        signal.alarm(STOP_GRACE_S)
        stopping = True
        for other in stop_signals:
            signal.signal(other, signal.SIG_DFL)
        raise KeyboardInterrupt

    stop_signals = [signal.SIGTERM, signal.SIGHUP]
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not where SIGINT is ignored
        stop_signals.append(signal.SIGINT)
    previous = {signum: signal.signal(signum, _stop) for signum in stop_signals}
    previous[signal.SIGALRM] = signal.signal(signal.SIGALRM, signal.SIG_DFL)
    try:
        on_ready(base_url)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        if not stopping:  # an error: the same bound
            stopping = True
            signal.alarm(STOP_GRACE_S)
        del server
        signal.alarm(0)
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _main(argv: list[str] | None = None) -> None:
    """The child process of `local_server`: place the model (`server_settings`), serve, print the
    READY line with the settings, run until SIGTERM (which its parent's death sends: `local_server`
    links it)."""
    die_with_parent(signal.SIGTERM, lifeline_fd=0)
    parser = argparse.ArgumentParser(prog="python -m pdistill.models.serve")
    parser.add_argument("--model", required=True, help="GGUF file")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--ctx", type=int, default=SLOT_CTX, help="context tokens per slot")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--gpu-slots", type=int, default=1, help="slots where llama.cpp sees a GPU")
    parser.add_argument("--alias", default=None)
    parser.add_argument("--lora", default=None, help="LoRA adapter (llama.cpp GGUF)")
    args = parser.parse_args(argv)
    gpus = llama_gpus()
    settings = server_settings(
        bool(gpus), default_threads(), gpu_slots=args.gpu_slots, slot_ctx=args.ctx, threads=args.threads
    )
    print(f"pdistill: GPUs {gpus or 'none'}: {settings.describe()}", file=sys.stderr, flush=True)

    def ready(base_url: str) -> None:
        print(f"{READY} {base_url} {json.dumps(settings.to_json())}", flush=True)
        os.dup2(2, 1)  # nobody reads our stdout after this line: send anything later to the log

    try:
        serve_forever(
            args.model,
            on_ready=ready,
            port=args.port,
            ctx=settings.ctx,
            threads=settings.threads,
            parallel=settings.parallel,
            gpu_layers=settings.gpu_layers,
            alias=args.alias,
            lora=args.lora,
        )
    except PdistillError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        sys.exit(1)


if __name__ == "__main__":
    _main()
