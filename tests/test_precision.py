"""The bf16 rule (`pdistill.precision`): CPU flags, GPUs (faked: native bf16 on Ampere or later only), the
auto dtype, train.bf16 and the backend it picks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import torch

from pdistill import precision
from pdistill.config.sections import Student
from pdistill.config.sections import Train as TrainConfig
from pdistill.student.backend import resolve_backend
from pdistill.student.model import resolve_dtype
from tests.fakes.cuda import fake_cuda

CPU = torch.device("cpu")
X86 = "processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: fpu sse avx2 avx512f {extra}\n"
ARM = "processor\t: 0\nFeatures\t: fp asimd {extra}\nCPU implementer\t: 0x41\n"


@pytest.mark.parametrize(
    ("text", "extra", "flag"),
    [
        (X86, "avx512_bf16 avx512_vnni", "avx512_bf16"),
        (X86, "amx_tile amx_bf16", "amx_bf16"),
        (X86, "avx512_vnni", None),
        (ARM, "sve bf16 i8mm", "bf16"),
        (ARM, "sve", None),
    ],
)
def test_native_flag_read_from_cpuinfo(tmp_path: Path, text: str, extra: str, flag: str | None):
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(text.format(extra=extra))
    assert precision.native_bf16_flag(precision.cpu_flags(cpuinfo)) == flag


def test_no_cpuinfo_means_no_flags(tmp_path: Path):
    assert precision.cpu_flags(tmp_path / "missing") == frozenset()
    assert precision.cpu_name(tmp_path / "missing")  # falls back to the platform's name


@pytest.fixture(params=[True, False], ids=["native-bf16", "no-bf16"])
def native(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Pretend the CPU has (or lacks) native bf16."""
    monkeypatch.setattr(precision, "cpu_bf16_reason", lambda: "avx512_bf16" if request.param else None)
    return request.param


def test_auto_choices_follow_the_cpu(native: bool):
    assert precision.native_bf16(CPU) is native
    assert resolve_dtype("auto", CPU) is (torch.bfloat16 if native else torch.float32)
    assert resolve_dtype("float32", CPU) is torch.float32  # an explicit dtype is taken as given
    assert precision.use_bf16(TrainConfig().bf16, CPU) is native  # train.bf16: auto
    assert "avx512_bf16" in precision.why(CPU) if native else "no native bf16" in precision.why(CPU)


def test_auto_backend_is_the_faster_one_measured(native: bool):
    gguf = Student(model="qwen2.5-coder-0.5b-instruct", device="cpu", backend="auto")
    # batched bf16 transformers where the CPU does bf16 (benchmarks/generation.py), else llama.cpp
    assert resolve_backend(gguf) == ("transformers" if native else "llamacpp")
    assert resolve_backend(replace(gguf, dtype="float32")) == "llamacpp"  # fp32 transformers is slower
    assert resolve_backend(replace(gguf, model="some/hub-model")) == "transformers"  # no GGUF to serve


def test_training_loads_fp32_weights_without_bf16(native: bool, tmp_path: Path):
    from pdistill.train import _load
    from tests.fakes.tiny_model import build_tiny_student

    tiny = str(build_tiny_student(tmp_path / "tiny"))
    model, _ = _load(tiny, TrainConfig(), "cpu", "auto")
    assert model.dtype is (torch.bfloat16 if native else torch.float32)
    model, _ = _load(tiny, TrainConfig(bf16=False), "cpu", "auto")
    assert model.dtype is torch.float32


def test_the_choice_is_printed_once(capsys: pytest.CaptureFixture[str]):
    precision.announce("student: bfloat16 on cpu (test line)")
    precision.announce("student: bfloat16 on cpu (test line)")
    assert capsys.readouterr().err.count("test line") == 1


# --- GPUs (fakes: `tests/fakes/cuda.py`) ----------------------------------------------------------------


@pytest.mark.parametrize("capability", [(7, 0), (7, 5)], ids=["V100", "T4"])
def test_a_gpu_that_only_emulates_bf16_gets_fp16_inference_and_fp32_training(
    monkeypatch: pytest.MonkeyPatch, capability: tuple[int, int]
):
    from pdistill.train import training_precision

    fake_cuda(monkeypatch, [capability])
    gpu = torch.device("cuda")
    assert torch.cuda.is_bf16_supported()  # the trap: torch's default counts emulated bf16 as supported
    assert precision.native_bf16(gpu) is False and "no native bf16" in precision.why(gpu)
    assert resolve_dtype("auto", gpu) is torch.float16  # student.dtype: auto (generation)
    assert precision.use_bf16("auto", gpu) is False  # train.bf16: auto
    assert training_precision("auto", "auto", gpu) == (False, "float32")  # full precision, never fp16
    assert training_precision(True, "auto", gpu) == (True, "bfloat16")  # as set


def test_an_ampere_gpu_does_bf16(monkeypatch: pytest.MonkeyPatch):
    from pdistill.train import training_precision

    fake_cuda(monkeypatch, [(8, 0)])
    gpu = torch.device("cuda")
    assert precision.native_bf16(gpu) and precision.why(gpu).endswith("A100-SXM4-40GB: native bf16")
    assert resolve_dtype("auto", gpu) is torch.bfloat16
    assert training_precision("auto", "auto", gpu) == (True, "bfloat16")
    assert training_precision(False, "auto", gpu) == (False, "float32")


def test_each_gpu_is_asked_about_itself(monkeypatch: pytest.MonkeyPatch):
    """On a host with an A100 (cuda:0, current) and a V100 (cuda:1), `student.device: cuda:1` gets fp16."""
    fake_cuda(monkeypatch, [(8, 0), (7, 0)])
    assert precision.native_bf16(torch.device("cuda", 0)) is True
    assert precision.native_bf16(torch.device("cuda", 1)) is False
    assert resolve_dtype("auto", torch.device("cuda", 1)) is torch.float16
    assert torch.cuda.current_device() == 0  # asking left the current device as it was
