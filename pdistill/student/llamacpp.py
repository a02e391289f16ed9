"""The llama.cpp generation backend: a GGUF student (and its LoRA adapter) served on 127.0.0.1.

On a CPU, llama.cpp generates from the quantized GGUF about twice as fast as transformers does from the
de-quantized float32 folder, and each request stops on its own instead of waiting for the longest row of
a batch. Prompts, stop strings, program extraction and per-row seeds are exactly those of the
transformers path (`pdistill.student.generate`): only the forward passes differ.

    with llamacpp_student("qwen2.5-coder-0.5b-instruct", adapter="models/persd") as (model, tokenizer):
        generate(model, tokenizer, prompts, max_new_tokens=320)

A PEFT LoRA adapter is converted to llama.cpp's LoRA GGUF (`adapter_to_gguf`) and applied by the server
to the quantized base weights, i.e. to the very weights training saw (the training folder is their
exact de-quantization). See docs/student.md, "Backends".
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pdistill.io import PdistillError
from pdistill.stops import find_stop, truncate

#: PEFT module path (inside a decoder layer) -> llama.cpp tensor name, for architectures whose GGUF
#: conversion keeps the q/k weight layout (qwen2). Llama-family GGUFs permute q/k and are refused.
_TENSORS = {
    "self_attn.q_proj": "attn_q",
    "self_attn.k_proj": "attn_k",
    "self_attn.v_proj": "attn_v",
    "self_attn.o_proj": "attn_output",
    "mlp.gate_proj": "ffn_gate",
    "mlp.up_proj": "ffn_up",
    "mlp.down_proj": "ffn_down",
}
LORA_ARCHITECTURES = ("qwen2",)
_KEY = re.compile(r"base_model\.model\.model\.layers\.(\d+)\.(\w+\.\w+)\.lora_([AB])\.weight")


def gguf_architecture(gguf: str | os.PathLike[str]) -> str:
    """`general.architecture` of a GGUF file (read from its header; the weights are not loaded)."""
    import gguf as gguf_lib

    field = gguf_lib.GGUFReader(str(gguf)).fields["general.architecture"]
    return bytes(field.parts[field.data[0]]).decode()


def adapter_to_gguf(adapter: str | os.PathLike[str], out: str | os.PathLike[str], architecture: str) -> None:
    """Write the PEFT LoRA adapter in folder `adapter` as a llama.cpp LoRA GGUF at `out`.

    Only plain LoRA on the decoder layers' linear projections is supported (no DoRA, rsLoRA, biases or
    `modules_to_save`); anything else is a `PdistillError` naming the adapter.
    """
    import gguf as gguf_lib
    import numpy as np
    from safetensors.numpy import load_file

    folder = Path(adapter)
    if architecture not in LORA_ARCHITECTURES:
        raise PdistillError(
            f"{folder}: llama.cpp adapters are supported for {', '.join(LORA_ARCHITECTURES)} students, not "
            f"{architecture!r}; set student.backend: transformers"
        )
    config = json.loads((folder / "adapter_config.json").read_text())
    unsupported = [k for k in ("use_dora", "use_rslora", "modules_to_save") if config.get(k)]
    if config.get("peft_type") != "LORA" or config.get("bias", "none") != "none" or unsupported:
        raise PdistillError(
            f"{folder}: only plain LoRA adapters convert to llama.cpp "
            f"(peft_type {config.get('peft_type')}, bias {config.get('bias')}, {unsupported or 'no extras'})"
        )
    tensors = load_file(str(folder / "adapter_model.safetensors"))
    writer = gguf_lib.GGUFWriter(str(out), architecture)
    writer.add_type("adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", float(config["lora_alpha"]))
    for key in sorted(tensors):
        match = _KEY.fullmatch(key)
        if match is None or match.group(2) not in _TENSORS:
            raise PdistillError(f"{folder}: adapter tensor {key!r} has no llama.cpp counterpart")
        layer, module, half = match.groups()
        # A is (r, in) and B is (out, r), as llama.cpp expects them (GGUF reverses the shape).
        name = f"blk.{layer}.{_TENSORS[module]}.weight.lora_{half.lower()}"
        writer.add_tensor(name, np.ascontiguousarray(tensors[key], dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


class LlamaCppModel:
    """Stands in for a transformers model in `generate()`: rows go to a llama.cpp server one by one."""

    def __init__(self, base_url: str, *, timeout_s: float = 600.0) -> None:
        from openai import OpenAI

        self.client = OpenAI(base_url=base_url, api_key="local", max_retries=0, timeout=timeout_s)

    def generate_rows(
        self,
        texts: Sequence[str],
        *,
        seeds: Sequence[int],
        contexts: Sequence[str],
        stop: Sequence[str],
        temperature: float,
        top_p: float,
        max_new_tokens: int,
    ) -> list[tuple[str, int, bool]]:
        """`(text, n_tokens, stopped)` per row, cut at the first stop string as `_generate_batch` cuts."""
        return [
            self._row(text, seed, context, stop, temperature, top_p, max_new_tokens)
            for text, seed, context in zip(texts, seeds, contexts, strict=True)
        ]

    def _row(
        self,
        text: str,
        seed: int,
        context: str,
        stop: Sequence[str],
        temperature: float,
        top_p: float,
        n: int,
    ) -> tuple[str, int, bool]:
        """Stream one completion; stop reading (the server then cancels it) once a stop string is seen."""
        pieces: list[str] = []
        tokens, ended = 0, False
        stream = self.client.completions.create(
            model="student",
            prompt=text,
            max_tokens=n,
            temperature=temperature,
            top_p=top_p if temperature > 0 else 1.0,
            seed=seed % 2**31,  # llama.cpp takes a 32-bit seed
            stream=True,
        )
        with contextlib.closing(stream):
            for chunk in stream:
                choice = chunk.choices[0]
                if choice.text:
                    pieces.append(choice.text)
                    tokens += 1
                if choice.finish_reason == "stop":
                    ended = True  # end of sequence: llama.cpp does not send the eos token as text
                if stop and find_stop("".join(pieces), stop, context) is not None:
                    break
        out, cut = truncate("".join(pieces), stop, context)
        return out, tokens + int(ended), cut or ended


@contextlib.contextmanager
def llamacpp_student(
    ref: str,
    *,
    adapter: str | os.PathLike[str] | None = None,
    setting: str = "student.model",
    ctx: int = 4096,
) -> Iterator[tuple[LlamaCppModel, Any]]:
    """Serve GGUF student `ref` (a registry name or .gguf), with a PEFT `adapter` applied if given.

    Yields `(model, tokenizer)` for `generate()`; the tokenizer is the transformers one of the
    converted folder (the same chat template and prompts as the transformers backend). The server
    stops when the block exits.
    """
    from transformers import AutoTokenizer

    from pdistill.models import convert_gguf, resolve_gguf
    from pdistill.models.serve import local_server
    from pdistill.student.model import prepare_tokenizer

    gguf = resolve_gguf(ref, setting=setting)
    tokenizer = prepare_tokenizer(AutoTokenizer.from_pretrained(convert_gguf(gguf, setting=setting)))
    with tempfile.TemporaryDirectory(prefix="pdistill-lora-") as tmp:
        lora = None
        if adapter is not None:
            lora = Path(tmp) / "adapter.gguf"
            adapter_to_gguf(adapter, lora, gguf_architecture(gguf))
        with local_server(gguf, ctx=ctx, lora=lora, alias="student", setting=setting) as base_url:
            yield LlamaCppModel(base_url), tokenizer
