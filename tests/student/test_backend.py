"""Opening the student for evaluation (`pdistill.student.backend.open_student`): a LoRA adapter is merged
into a full-precision base, but a QLoRA adapter (`train.qlora`) runs unmerged on the 4-bit NF4 base it was
trained on, loaded by the same function training uses; without CUDA that is one error before loading."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import torch
import yaml

from pdistill.config.sections import Student
from pdistill.io import PdistillError
from pdistill.student.backend import open_student
from tests.fakes.cuda import fake_cuda

ROOT = Path(__file__).resolve().parents[2]
QLORA_ERROR = "train.qlora: 4-bit evaluation needs CUDA and the bitsandbytes package"


@pytest.fixture(scope="module")
def adapter(tmp_path_factory: pytest.TempPathFactory, tiny_model_dir: Path) -> Path:
    """A LoRA adapter for the tiny model, with non-zero B so that merging changes the weights."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    lora = get_peft_model(base, LoraConfig(r=2, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"))
    with torch.no_grad():
        for name, param in lora.named_parameters():
            if "lora_B" in name:
                param.fill_(0.01)
    folder = tmp_path_factory.mktemp("adapter")
    lora.save_pretrained(folder)
    return folder


@pytest.fixture
def no_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any model load fails the test: the errors under test come first."""
    from transformers import AutoModelForCausalLM

    import pdistill.student.backend as backend

    def forbidden(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a model was loaded")

    monkeypatch.setattr(AutoModelForCausalLM, "from_pretrained", forbidden)
    monkeypatch.setattr(backend, "load_student", forbidden)


def _with_bitsandbytes(monkeypatch: pytest.MonkeyPatch, present: bool = True) -> None:
    """`importlib.util.find_spec('bitsandbytes')` answers as if it were (not) installed."""
    real = importlib.util.find_spec
    fake = SimpleNamespace(name="bitsandbytes") if present else None
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: fake if name == "bitsandbytes" else real(name, *a)
    )


@pytest.fixture
def four_bit_loads(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """One Ampere GPU and bitsandbytes (fakes); `from_pretrained` records its arguments and returns the
    tiny model on the CPU (4-bit weights need a real GPU: the arguments are what is checked)."""
    from transformers import AutoModelForCausalLM, LlamaForCausalLM

    fake_cuda(monkeypatch, [(8, 0)])
    _with_bitsandbytes(monkeypatch)
    calls: list[dict[str, Any]] = []

    def load(source: str, **kwargs: Any) -> Any:
        calls.append({"source": source, **kwargs})
        return LlamaForCausalLM.from_pretrained(source)

    monkeypatch.setattr(AutoModelForCausalLM, "from_pretrained", load)
    return calls


def test_a_lora_adapter_is_merged(tiny_model_dir: Path, adapter: Path):
    from peft import PeftModel

    student = Student(model=str(tiny_model_dir), device="cpu", dtype="float32", backend="transformers")
    with open_student(student, adapter=adapter) as (model, _):
        assert not isinstance(model, PeftModel)  # merged into the weights


def test_a_qlora_adapter_runs_unmerged_on_the_4bit_base(
    tiny_model_dir: Path, adapter: Path, four_bit_loads: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
):
    from peft import PeftModel

    import pdistill.student.backend as backend

    class Attached:
        """What `PeftModel.from_pretrained` gives (real loading would pin memory on the fake GPU)."""

        training = True

        def __init__(self, base: Any, folder: str, **kwargs: Any) -> None:
            self.base, self.folder, self.kwargs = base, folder, kwargs

        def eval(self) -> Attached:
            self.training = False
            return self

        def merge_and_unload(self) -> None:
            pytest.fail("a QLoRA adapter was merged into the 4-bit weights")

    monkeypatch.setattr(PeftModel, "from_pretrained", Attached)
    monkeypatch.setattr(backend, "load_student", lambda *a, **k: pytest.fail("full-precision base loaded"))
    student = Student(model=str(tiny_model_dir), device="auto", dtype="auto", backend="auto")
    with open_student(student, adapter=adapter, qlora=True) as (model, tokenizer):
        assert isinstance(model, Attached) and not model.training  # the adapter beside the base, not merged
        assert model.folder == str(adapter) and model.kwargs == {"is_trainable": False}
        assert tokenizer.padding_side == "left"
    (call,) = four_bit_loads
    quant = call["quantization_config"]
    assert quant.load_in_4bit and quant.bnb_4bit_quant_type == "nf4" and quant.bnb_4bit_use_double_quant
    assert quant.bnb_4bit_compute_dtype == torch.bfloat16 == call["dtype"]  # auto on an Ampere GPU
    assert call["device_map"] == {"": torch.device("cuda", 0)} and call["source"] == str(tiny_model_dir)


def test_training_and_evaluation_load_the_same_4bit_base(
    tiny_model_dir: Path, four_bit_loads: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
):
    import peft

    from pdistill.train import _load_quantized

    monkeypatch.setattr(peft, "prepare_model_for_kbit_training", lambda model, *a, **k: model)
    _load_quantized(str(tiny_model_dir), "cuda:0", "auto", False)
    with open_student(Student(model=str(tiny_model_dir)), qlora=True):
        pass
    train_call, eval_call = four_bit_loads
    assert train_call["quantization_config"].to_dict() == eval_call["quantization_config"].to_dict()
    assert {k: v for k, v in train_call.items() if k != "quantization_config"} == {
        k: v for k, v in eval_call.items() if k != "quantization_config"
    }


def test_qlora_evaluation_without_cuda_is_one_error_before_loading(
    tiny_model_dir: Path, adapter: Path, no_loading: None, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with (
        pytest.raises(PdistillError, match=f"^{QLORA_ERROR}$"),
        open_student(Student(model=str(tiny_model_dir)), adapter=adapter, qlora=True),
    ):
        pass


def test_qlora_evaluation_without_bitsandbytes_or_on_the_cpu_is_an_error(
    tiny_model_dir: Path, no_loading: None, monkeypatch: pytest.MonkeyPatch
):
    fake_cuda(monkeypatch, [(8, 0)])
    _with_bitsandbytes(monkeypatch, present=False)
    with (
        pytest.raises(PdistillError, match=f"^{QLORA_ERROR}$"),
        open_student(Student(model=str(tiny_model_dir)), qlora=True),
    ):
        pass
    _with_bitsandbytes(monkeypatch)
    with (
        pytest.raises(PdistillError, match=r"bitsandbytes package \(student\.device is 'cpu'\)$"),
        open_student(Student(model=str(tiny_model_dir), device="cpu"), qlora=True),
    ):
        pass
    with (
        pytest.raises(PdistillError, match=r"^student\.backend: llamacpp does not run the 4-bit"),
        open_student(Student(model="qwen2.5-coder-0.5b-instruct", backend="llamacpp"), qlora=True),
    ):
        pass


@pytest.mark.skipif(torch.cuda.is_available(), reason="4-bit evaluation may work on a CUDA machine")
def test_the_evaluate_stage_stops_on_qlora_without_cuda(tmp_path: Path, tiny_model_dir: Path):
    """`stages/evaluate.py` passes `train.qlora` through: one line on stderr, exit 1, nothing written."""
    params = yaml.safe_load((ROOT / "params.yaml").read_text())
    params["student"].update(model=str(tiny_model_dir), device="auto")
    params["train"]["qlora"] = True
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    task = {"task_id": "t/0", "prompt": "def f():\n", "entry_point": "f", "test": "assert f() == 1\n"}
    (tmp_path / "bench.jsonl").write_text(json.dumps(task) + "\n")
    cmd = [sys.executable, str(ROOT / "stages" / "evaluate.py"), "--model-name", "m", "--adapter", "none"]
    cmd += ["--tasks", "bench.jsonl", "--attempt-prompt", str(ROOT / "prompts" / "attempt.txt")]
    cmd += ["--refine-prompt", str(ROOT / "prompts" / "student_refine.txt"), "--out", "m.jsonl"]
    cmd += ["--metrics", "m.json", "--params", "params.yaml"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == f"error: {QLORA_ERROR}"
    assert not (tmp_path / "m.jsonl").exists() and not (tmp_path / "m.json").exists()
