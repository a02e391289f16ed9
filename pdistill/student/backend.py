"""Choosing and opening the student's generation backend: transformers, or llama.cpp for GGUF on CPU.

    with open_student(load_config().student, adapter="models/persd") as (model, tokenizer):
        generate(model, tokenizer, prompts, ...)

`student.backend`: `transformers` loads the model (a GGUF is de-quantized once into a cached folder) and
merges a LoRA adapter into its weights (the exact trained adapter); `llamacpp` serves the GGUF itself with
llama.cpp and applies the adapter there, converted to llama.cpp's LoRA format. `auto` takes the faster one
as measured by `benchmarks/generation.py`: transformers on a GPU, for a folder or a Hub id, and on a CPU
that multiplies bf16 natively (batched bf16 was 3.1x llama.cpp there, README "Speed"); llama.cpp for a
GGUF student on a CPU without native bf16 (where transformers has only fp32, slower than llama.cpp). Both
give `generate()` the same prompts, stop strings and seeds. With `train.qlora` the adapters were trained on a
4-bit NF4 base: evaluation loads that base (transformers, CUDA) and applies the adapter unmerged.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import torch

from pdistill.config.sections import Student
from pdistill.io import PdistillError
from pdistill.models import is_registry_name
from pdistill.precision import announce, native_bf16
from pdistill.student.model import load_quantized, load_student, resolve_device, resolve_dtype


def resolve_backend(student: Student) -> str:
    """`transformers` or `llamacpp` for the `student` params section (`backend`, `model`, `device`)."""
    backend, ref = student.backend, student.model
    gguf = ref.lower().endswith(".gguf") or is_registry_name(ref)
    if backend == "llamacpp" and not gguf:
        raise PdistillError(
            f"student.backend: llamacpp serves GGUF files; student.model {ref!r} is not one "
            "(use a .gguf or a registry name, or backend: transformers)"
        )
    if backend != "auto":
        return backend
    device = resolve_device(student.device)
    dtype = resolve_dtype(student.dtype, device)
    if not gguf or device.type != "cpu":
        return "transformers"
    return "transformers" if dtype == torch.bfloat16 and native_bf16(device) else "llamacpp"


@contextlib.contextmanager
def open_student(
    student: Student, *, adapter: str | Path | None = None, qlora: bool = False
) -> Iterator[tuple[Any, Any]]:
    """`(model, tokenizer)` for `generate()`, with the LoRA `adapter` folder applied when given.

    `qlora` (`train.qlora`): the adapters were trained on a 4-bit NF4 base, so the base is loaded in 4 bits
    the same way (`load_quantized`, on CUDA) and the adapter is applied on top, not merged (merging into
    4-bit weights would round them again): the model evaluated is the one trained. Without CUDA or
    bitsandbytes that is one error, before anything loads."""
    ref = student.model
    if qlora:
        if student.backend == "llamacpp":
            raise PdistillError(
                "student.backend: llamacpp does not run the 4-bit NF4 base that train.qlora trains on; "
                "use transformers or auto"
            )
        model, tokenizer = load_quantized(ref, device=student.device, dtype=student.dtype)
        announce("student: generating with transformers on the 4-bit NF4 base (train.qlora)")
        yield (model if adapter is None else attach_adapter(model, adapter, ref)), tokenizer
        return
    backend = resolve_backend(student)
    how = "as set" if student.backend != "auto" else "auto"
    announce(f"student: generating with {backend} (student.backend {how})")
    if backend == "llamacpp":
        from pdistill.student.llamacpp import llamacpp_student

        with llamacpp_student(ref, adapter=adapter) as pair:
            yield pair
        return
    model, tokenizer = load_student(ref, device=student.device, dtype=student.dtype)
    if adapter is not None:
        model = merge_adapter(model, adapter, ref)
    yield model, tokenizer


def attach_adapter(model: Any, adapter: str | Path, ref: str) -> Any:
    """The PEFT LoRA `adapter` on `model`, kept apart from its weights (a `PeftModel`, eval mode)."""
    from peft import PeftModel

    try:
        attached = PeftModel.from_pretrained(model, str(adapter), is_trainable=False)
    except (OSError, ValueError, RuntimeError, KeyError) as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise PdistillError(f"--adapter {adapter}: does not load onto {ref}: {reason}") from None
    attached.eval()
    return attached


def merge_adapter(model: Any, adapter: str | Path, ref: str) -> Any:
    """The model with the PEFT LoRA `adapter` merged into its weights (generation at base-model speed)."""
    merged = attach_adapter(model, adapter, ref).merge_and_unload()
    merged.eval()
    return merged
