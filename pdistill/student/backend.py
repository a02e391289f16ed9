"""Choosing and opening the student's generation backend: transformers, or llama.cpp for GGUF on CPU.

    with open_student(params["student"], adapter="models/persd") as (model, tokenizer):
        generate(model, tokenizer, prompts, ...)

`student.backend`: `transformers` loads the model (a GGUF is de-quantized once into a cached folder) and
merges a LoRA adapter into its weights (the exact trained adapter); `llamacpp` serves the GGUF itself with
llama.cpp and applies the adapter there, converted to llama.cpp's LoRA format. `auto` takes the faster one
as measured by `benchmarks/generation.py`: transformers on a GPU, for a folder or a Hub id, and on a CPU
that multiplies bf16 natively (batched bf16 was 3.1x llama.cpp there, README "Speed"); llama.cpp for a
GGUF student on a CPU without native bf16 (where transformers has only fp32, slower than llama.cpp). Both
give `generate()` the same prompts, stop strings and seeds.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import torch

from pdistill.io import PdistillError
from pdistill.models import is_registry_name
from pdistill.precision import announce, native_bf16
from pdistill.student.model import load_student, resolve_device, resolve_dtype

BACKENDS = ("auto", "transformers", "llamacpp")


def resolve_backend(student: Mapping[str, Any]) -> str:
    """`transformers` or `llamacpp` for the `student` params section (`backend`, `model`, `device`)."""
    backend = str(student.get("backend", "auto"))
    if backend not in BACKENDS:
        raise PdistillError(f"student.backend: unknown backend {backend!r} (use {' | '.join(BACKENDS)})")
    ref = str(student["model"])
    gguf = ref.lower().endswith(".gguf") or is_registry_name(ref)
    if backend == "llamacpp" and not gguf:
        raise PdistillError(
            f"student.backend: llamacpp serves GGUF files; student.model {ref!r} is not one "
            "(use a .gguf or a registry name, or backend: transformers)"
        )
    if backend != "auto":
        return backend
    device = resolve_device(str(student.get("device", "auto")))
    dtype = resolve_dtype(str(student.get("dtype", "auto")), device)
    if not gguf or device.type != "cpu":
        return "transformers"
    return "transformers" if dtype == torch.bfloat16 and native_bf16(device) else "llamacpp"


@contextlib.contextmanager
def open_student(
    student: Mapping[str, Any], *, adapter: str | Path | None = None
) -> Iterator[tuple[Any, Any]]:
    """`(model, tokenizer)` for `generate()`, with the LoRA `adapter` folder applied when given."""
    ref = str(student["model"])
    backend = resolve_backend(student)
    how = "as set" if student.get("backend", "auto") != "auto" else "auto"
    announce(f"student: generating with {backend} (student.backend {how})")
    if backend == "llamacpp":
        from pdistill.student.llamacpp import llamacpp_student

        with llamacpp_student(ref, adapter=adapter) as pair:
            yield pair
        return
    model, tokenizer = load_student(
        ref, device=str(student.get("device", "auto")), dtype=str(student.get("dtype", "auto"))
    )
    if adapter is not None:
        model = merge_adapter(model, adapter, ref)
    yield model, tokenizer


def merge_adapter(model: Any, adapter: str | Path, ref: str) -> Any:
    """The model with the PEFT LoRA `adapter` merged into its weights (generation at base-model speed)."""
    from peft import PeftModel

    try:
        merged = PeftModel.from_pretrained(model, str(adapter), is_trainable=False)
    except (OSError, ValueError, RuntimeError, KeyError) as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise PdistillError(f"--adapter {adapter}: does not load onto {ref}: {reason}") from None
    merged = merged.merge_and_unload()
    merged.eval()
    return merged
