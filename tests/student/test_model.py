"""Loading the student: local folders, Hub ids, bad references, device and dtype resolution."""

from __future__ import annotations

import huggingface_hub.constants
import pytest
import torch

from pdistill.io import PdistillError
from pdistill.precision import auto_dtype
from pdistill.student.model import load_student, prepare_tokenizer, resolve_device, resolve_dtype


def test_load_from_a_local_folder(tiny_model_dir):
    model, tokenizer = load_student(str(tiny_model_dir), device="cpu")
    assert model.device.type == "cpu"
    assert model.dtype == auto_dtype(torch.device("cpu"))  # bf16 where the CPU does it natively
    assert not model.training
    assert model.config.num_hidden_layers == 2
    assert tokenizer.padding_side == "left"
    assert tokenizer.pad_token == tokenizer.eos_token == "<|end|>"  # the tokenizer had no pad token


def test_auto_device_and_explicit_dtype(tiny_model_dir):
    model, _ = load_student(str(tiny_model_dir), dtype="bf16")
    assert model.dtype == torch.bfloat16
    assert model.device.type == ("cuda" if torch.cuda.is_available() else "cpu")


def test_local_folder_is_loaded_without_network(tiny_model_dir, monkeypatch):
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    model, _ = load_student(str(tiny_model_dir), device="cpu")
    assert model.config.hidden_size == 32


@pytest.mark.parametrize("ref", ["./no/such/model", "/definitely/not/here", "a/b/c", "~/missing-model"])
def test_missing_local_path_names_the_setting(ref):
    with pytest.raises(PdistillError, match=r"^student\.model: local folder .* does not exist"):
        load_student(ref, device="cpu")


def test_unreachable_hub_id_says_so(monkeypatch):
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)  # fail fast, like a cut cable
    with pytest.raises(PdistillError) as info:
        load_student("xyz", device="cpu")
    expected = "student.model: 'xyz' is not a local folder and could not be loaded from the Hugging Face Hub"
    assert str(info.value).startswith(expected + " (offline?): ")


def test_a_file_is_not_a_model(tmp_path):
    path = tmp_path / "weights.bin"
    path.write_bytes(b"\0")
    with pytest.raises(PdistillError, match="is a file"):
        load_student(str(path), device="cpu")


def test_a_folder_without_a_model(tmp_path):
    with pytest.raises(PdistillError, match="holds no loadable causal LM"):
        load_student(str(tmp_path), device="cpu")


def test_gguf_hook_is_a_clear_error(tmp_path):
    with pytest.raises(PdistillError, match=r"student\.model: GGUF file .* does not exist"):
        load_student(str(tmp_path / "student.Q4_K_M.gguf"), device="cpu")


def test_setting_name_is_used_in_messages():
    with pytest.raises(PdistillError, match=r"^eval\.model: "):
        load_student("./nope", setting="eval.model", device="cpu")
    with pytest.raises(PdistillError, match=r"^eval\.dtype: unknown dtype 'int4'"):
        load_student("./nope", setting="eval.model", device="cpu", dtype="int4")


def test_device_resolution():
    assert resolve_device("cpu").type == "cpu"
    with pytest.raises(PdistillError, match=r"student\.device: unknown device"):
        resolve_device("tpu9")
    if torch.cuda.is_available():
        assert resolve_device("auto").type == "cuda"
    else:
        assert resolve_device("auto").type == "cpu"
        with pytest.raises(PdistillError, match="CUDA is not available"):
            resolve_device("cuda:0")


def test_a_cuda_device_must_be_a_visible_gpu(monkeypatch: pytest.MonkeyPatch):
    from tests.fakes.cuda import fake_cuda

    fake_cuda(monkeypatch, [(8, 0), (7, 5)])
    assert resolve_device("auto") == torch.device("cuda")
    assert resolve_device("cuda:1") == torch.device("cuda", 1)
    with pytest.raises(PdistillError, match=r"^student\.device: 'cuda:2' but only 2 GPU\(s\) are visible"):
        resolve_device("cuda:2")


def test_dtype_resolution():
    cpu = torch.device("cpu")
    assert resolve_dtype("auto", cpu) is auto_dtype(cpu)
    assert resolve_dtype("float16", cpu) is torch.float16
    assert resolve_dtype("bfloat16", cpu) is torch.bfloat16
    with pytest.raises(PdistillError, match=r"^student\.dtype: unknown dtype"):
        resolve_dtype("float8", cpu)
    if torch.cuda.is_available():
        assert resolve_dtype("auto", torch.device("cuda")) in (torch.bfloat16, torch.float16)


def test_tokenizer_without_pad_or_eos_is_an_error():
    class Bare:
        padding_side = "right"
        pad_token = None
        eos_token = None

    with pytest.raises(PdistillError, match="neither a pad nor an eos token"):
        prepare_tokenizer(Bare())
