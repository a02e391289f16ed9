"""Choosing and opening the student's generation backend: transformers, or llama.cpp for GGUF on CPU.

    with open_student(params["student"], adapter="models/persd") as (model, tokenizer):
        generate(model, tokenizer, prompts, ...)

`student.backend`: `transformers` loads the model (a GGUF is de-quantized once into a cached folder) and
merges a LoRA adapter into its weights; `llamacpp` serves the GGUF itself with llama.cpp and applies the
adapter there; `auto` takes llama.cpp for a GGUF student on the CPU, transformers otherwise (a GPU, a
folder or a Hub id). Both give `generate()` the same prompts, stop strings and seeds.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from pdistill.io import PdistillError
from pdistill.models import is_registry_name
from pdistill.student.model import load_student, resolve_device

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
    on_cpu = resolve_device(str(student.get("device", "auto"))).type == "cpu"
    return "llamacpp" if gguf and on_cpu else "transformers"


@contextlib.contextmanager
def open_student(
    student: Mapping[str, Any], *, adapter: str | Path | None = None
) -> Iterator[tuple[Any, Any]]:
    """`(model, tokenizer)` for `generate()`, with the LoRA `adapter` folder applied when given."""
    ref = str(student["model"])
    if resolve_backend(student) == "llamacpp":
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
