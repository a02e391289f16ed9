"""Where the local llama.cpp server runs and how many requests it decodes at once.

`server_settings(gpu, cpu_count, ...)` is the decision, a pure function: where llama.cpp sees a GPU,
every layer of the model goes to it and the server has `gpu_slots` slots (requests decoded together in
one batch, each with its own `slot_ctx` tokens of context); on a CPU it has one slot and uses every core,
as before (several slots on two cores did not pay: docs/student.md). `llama_gpus()` asks the installed
llama.cpp build which GPUs it can use: the `xllamacpp` wheel on PyPI is a CPU build and lists none even
on a GPU machine, so `cuda_wheel_hint()` names the fix when an NVIDIA driver is present anyway.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

#: `n_gpu_layers` that puts every layer on the GPU: llama.cpp clamps it to the model's layer count (the
#: long-standing "all", which every llama.cpp version reads the same way; recent ones also take -2).
ALL_LAYERS = 999
#: Context tokens per slot: a teacher request (task, student code, feedback of at most
#: `execution.max_feedback_chars`, the reference) is about 600-1,500 tokens, plus `teacher.max_tokens`.
SLOT_CTX = 4096
#: The NVIDIA driver's per-GPU folders: present where a CUDA GPU is, whatever Python packages are installed.
NVIDIA_PROC = Path("/proc/driver/nvidia/gpus")
#: The package index of xllamacpp's CUDA 12.8 builds (its README; `.../cu132` for CUDA 13.2); not on PyPI.
CUDA_WHEEL_INDEX = "https://xorbitsai.github.io/xllamacpp/whl/cu128"


@dataclass(frozen=True)
class ServerSettings:
    """How llama.cpp serves a model (the `xllamacpp.CommonParams` fields of the same names)."""

    gpu_layers: int  # n_gpu_layers: layers on the GPU, 0 on a CPU, ALL_LAYERS for all of them
    parallel: int  # n_parallel: slots, i.e. requests decoded at once
    ctx: int  # n_ctx: KV-cache tokens in all, split equally between the slots
    threads: int  # CPU threads (generation and prompt processing)

    @property
    def slot_ctx(self) -> int:
        """Context tokens each request may use (prompt + completion)."""
        return self.ctx // self.parallel

    def describe(self) -> str:
        """One line for logs: where the model runs and how wide."""
        where = "GPU (all layers)" if self.gpu_layers else f"CPU ({self.threads} threads)"
        return f"{where}, {self.parallel} slot(s) x {self.slot_ctx} tokens of context"

    def to_json(self) -> dict[str, int]:
        """The fields as a dict (the child server reports them to its parent)."""
        return dataclasses.asdict(self)


def server_settings(
    gpu: bool,
    cpu_count: int,
    *,
    gpu_slots: int = 1,
    slot_ctx: int = SLOT_CTX,
    threads: int | None = None,
) -> ServerSettings:
    """The server's settings on this machine.

    `gpu`: llama.cpp can use a GPU (`bool(llama_gpus())`). `cpu_count`: the cores this process may use.
    `gpu_slots`: slots wanted on a GPU (the teacher asks for `teacher_client.max_concurrency`); a CPU
    server has one. `slot_ctx`: context tokens per slot. `threads`: CPU threads (default `cpu_count`).
    """
    if gpu_slots < 1 or slot_ctx < 1 or cpu_count < 1:
        raise ValueError(
            f"gpu_slots, slot_ctx and cpu_count must be >= 1: {gpu_slots}, {slot_ctx}, {cpu_count}"
        )
    n_threads = threads or cpu_count
    if not gpu:
        return ServerSettings(gpu_layers=0, parallel=1, ctx=slot_ctx, threads=n_threads)
    return ServerSettings(
        gpu_layers=ALL_LAYERS, parallel=gpu_slots, ctx=slot_ctx * gpu_slots, threads=n_threads
    )


def llama_gpus() -> list[str]:
    """The GPUs the installed llama.cpp build can offload to, by description (empty for a CPU build, and
    for an `xllamacpp` too old to list its devices).

    Loading a CUDA build's backend initialises CUDA in this process: call it where the server runs.
    """
    try:
        import xllamacpp
    except ImportError:  # `make_params` says what is missing
        return []
    device_info = getattr(xllamacpp, "get_device_info", None)
    device_type = getattr(xllamacpp, "ggml_backend_dev_type", None)
    if device_info is None or device_type is None:
        return []
    gpu = device_type.GGML_BACKEND_DEVICE_TYPE_GPU
    return [str(d.get("description") or d.get("name")) for d in device_info() if d.get("type") == gpu]


def nvidia_gpu_present() -> bool:
    """An NVIDIA driver reports a GPU that `CUDA_VISIBLE_DEVICES` does not hide (no CUDA initialised)."""
    if os.environ.get("CUDA_VISIBLE_DEVICES", "unset").strip() in ("", "-1"):
        return False
    try:
        return any(NVIDIA_PROC.iterdir())
    except OSError:
        return False


def cuda_wheel_hint(settings: ServerSettings) -> str | None:
    """A warning when the server runs on the CPU although an NVIDIA GPU is present, else None."""
    if settings.gpu_layers or not nvidia_gpu_present():
        return None
    try:
        installed = metadata.version("xllamacpp")
    except metadata.PackageNotFoundError:
        installed = "<version in constraints.txt>"
    return (
        "an NVIDIA GPU is present but the installed llama.cpp (xllamacpp) is a CPU build, so the local "
        "server runs on the CPU; install the CUDA build of the same version: pip install --force-reinstall "
        f"--no-deps --index-url {CUDA_WHEEL_INDEX} xllamacpp=={installed} (docs/scaling.md)"
    )
