"""One GPU unless launched for several (`pdistill.devices`): the plan, and what the trainer then does with
two (fake) GPUs on this CPU-only machine: no DataParallel, and `student.device: cuda:1` on GPU 1."""

from __future__ import annotations

import os
from types import SimpleNamespace
from typing import Any

import pytest
import torch

from pdistill.config.sections import Train as TrainConfig
from pdistill.devices import DevicePlan, plan, use_device
from pdistill.io import PdistillError, write_jsonl
from tests.fakes.cuda import fake_cuda, no_launcher

LAUNCHED = {"LOCAL_RANK": "1", "RANK": "1", "WORLD_SIZE": "2"}  # what accelerate launch sets, 2nd process


@pytest.mark.parametrize(
    ("device", "env", "gpus", "expected"),
    [
        ("cuda:1", {}, 2, DevicePlan("cuda:0", False, 1, visible="1", physical="cuda:1")),
        ("cuda", {}, 2, DevicePlan("cuda:0", False, 1, visible="0", physical="cuda:0")),
        ("auto", {}, 4, DevicePlan("cuda:0", False, 1, visible="0", physical="cuda:0")),
        ("cuda:1", {"CUDA_VISIBLE_DEVICES": "2,3"}, 2, DevicePlan("cuda:0", False, 1, "3", "cuda:1")),
        (
            "auto",
            {"CUDA_VISIBLE_DEVICES": "GPU-a1,GPU-b2"},
            2,
            DevicePlan("cuda:0", False, 1, "GPU-a1", "cuda:0"),
        ),
        ("auto", {}, 0, DevicePlan("cpu", False, 0)),
        ("cpu", {}, 2, DevicePlan("cpu", False, 0)),
        ("mps", {}, 0, DevicePlan("mps", False, 0)),
        ("auto", LAUNCHED, 2, DevicePlan("cuda:1", True, 1, physical="cuda:1")),
        ("cuda", LAUNCHED, 2, DevicePlan("cuda:1", True, 1, physical="cuda:1")),
        ("auto", {"LOCAL_RANK": "0", "WORLD_SIZE": "1"}, 2, DevicePlan("cuda:0", True, 1, physical="cuda:0")),
        ("auto", LAUNCHED, 0, DevicePlan("cpu", True, 0)),  # torchrun on CPU (gloo)
        ("cpu", LAUNCHED, 2, DevicePlan("cpu", True, 0)),
    ],
)
def test_plan(device: str, env: dict[str, str], gpus: int, expected: DevicePlan):
    assert plan(device, env, gpus) == expected


@pytest.mark.parametrize(
    ("device", "env", "gpus", "message"),
    [
        ("cuda:2", {}, 2, r"student\.device: 'cuda:2' but only 2 GPU\(s\) are visible \(cuda:0\.\.cuda:1\)"),
        ("cuda", {}, 0, r"student\.device: 'cuda' requested but CUDA is not available"),
        ("cuda:1", LAUNCHED, 2, r"student\.device: 'cuda:1' names one GPU, but this is one process of a"),
        ("tpu9", {}, 1, r"student\.device: unknown device 'tpu9'"),
    ],
)
def test_plan_errors_name_the_setting(device: str, env: dict[str, str], gpus: int, message: str):
    with pytest.raises(PdistillError, match=message):
        plan(device, env, gpus)


def test_use_device_narrows_a_plain_run_to_the_chosen_gpu(monkeypatch: pytest.MonkeyPatch):
    no_launcher(monkeypatch, visible="4,5,6")
    gpus = fake_cuda(monkeypatch, [(8, 0)] * 8)
    chosen = use_device("cuda:1")
    assert os.environ["CUDA_VISIBLE_DEVICES"] == "5" and chosen.device == "cuda:0" and chosen.n_gpu == 1
    assert torch.cuda.device_count() == 1 and gpus.inits == 1  # CUDA started after the narrowing
    assert use_device("cuda:1") == chosen and use_device(chosen.device).visible == "5"  # same GPU again
    assert os.environ["CUDA_VISIBLE_DEVICES"] == "5"


def test_use_device_leaves_launched_and_cpu_runs_alone(monkeypatch: pytest.MonkeyPatch):
    no_launcher(monkeypatch)
    fake_cuda(monkeypatch, [(8, 0)] * 2)
    assert use_device("cpu") == DevicePlan("cpu", False, 0)
    for name, value in LAUNCHED.items():
        monkeypatch.setenv(name, value)
    assert use_device("auto").device == "cuda:1"
    assert "CUDA_VISIBLE_DEVICES" not in os.environ


def test_use_device_fails_when_cuda_started_too_early(monkeypatch: pytest.MonkeyPatch):
    """The driver reads CUDA_VISIBLE_DEVICES once: narrowed too late, the process still sees both GPUs."""
    no_launcher(monkeypatch)
    fake_cuda(monkeypatch, [(8, 0)] * 2, follow_env=False)
    with pytest.raises(PdistillError, match=r"limited to one GPU \(2 visible.*CUDA_VISIBLE_DEVICES=1$"):
        use_device("cuda:1")


# --- what transformers does with what pdistill builds ---------------------------------------------------


def test_transformers_alone_would_use_data_parallel(monkeypatch: pytest.MonkeyPatch, tmp_path):
    """The premise: not launched, TrainingArguments takes every visible GPU (nn.DataParallel, batch x 2)."""
    from transformers.training_args import ParallelMode
    from trl import SFTConfig

    no_launcher(monkeypatch)
    fake_cuda(monkeypatch, [(8, 0)] * 2)
    args = SFTConfig(output_dir=str(tmp_path), use_cpu=False, report_to="none", per_device_train_batch_size=2)
    assert (
        args.n_gpu == 2 and args.parallel_mode == ParallelMode.NOT_DISTRIBUTED and args.train_batch_size == 4
    )


class _Stop(Exception):
    """Raised by the stubs once the interesting part has run."""


class _ModelOnGpu:
    """As much of a model as `build_trainer` reads before it makes the trainer: a parameter on cuda:0."""

    config = SimpleNamespace(use_cache=True)

    def parameters(self) -> Any:
        yield SimpleNamespace(device=torch.device("cuda", 0))


@pytest.fixture
def tiny_tokenizer(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from tests.fakes.tiny_model import build_tokenizer

    return build_tokenizer(tmp_path_factory.mktemp("tok"))


def _train_until_the_trainer(monkeypatch: pytest.MonkeyPatch, tmp_path, tokenizer: Any, device: str) -> dict:
    """Run `pdistill.train.train` with a stub loader and a stub trainer class: what did it load on, and
    which `SFTConfig` did `build_trainer` give the trainer?"""
    import pdistill.train
    import pdistill.trainer

    seen: dict[str, Any] = {}

    def load(ref: str, config: TrainConfig, device: str, dtype: str) -> tuple[Any, Any]:
        seen["device"] = device
        return _ModelOnGpu(), tokenizer

    def trainer(**kwargs: Any) -> None:
        seen["args"] = kwargs["args"]
        raise _Stop

    monkeypatch.setattr(pdistill.train, "_load", load)
    monkeypatch.setattr(pdistill.trainer, "CompletionSFTTrainer", trainer)
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "v.jsonl", [{"prompt": "def f():\n", "completion": "    return 1\n"}])
    config = TrainConfig(bf16=False, batch_size=2, grad_accum=1, max_steps=1)
    with pytest.raises(_Stop):
        pdistill.train.train(tmp_path / "v.jsonl", "tiny", tmp_path / "out", config, "live", device=device)
    return seen


def test_a_plain_run_on_two_gpus_trains_on_the_chosen_one_without_data_parallel(
    monkeypatch: pytest.MonkeyPatch, tmp_path, tiny_tokenizer: Any
):
    from transformers.training_args import ParallelMode

    no_launcher(monkeypatch)
    gpus = fake_cuda(monkeypatch, [(8, 0)] * 2)
    seen = _train_until_the_trainer(monkeypatch, tmp_path, tiny_tokenizer, "cuda:1")
    assert os.environ["CUDA_VISIBLE_DEVICES"] == "1" and gpus.visible() == [1]  # physical GPU 1 alone
    assert seen["device"] == "cuda:0"  # ... which this process calls cuda:0
    args = seen["args"]
    assert args.n_gpu == 1 and args.parallel_mode == ParallelMode.NOT_PARALLEL  # no nn.DataParallel
    assert args.device == torch.device("cuda", 0) and args.train_batch_size == 2  # the batch as set


def test_a_launched_process_trains_on_its_local_rank(monkeypatch: pytest.MonkeyPatch, tmp_path):
    import pdistill.train

    no_launcher(monkeypatch)
    for name, value in LAUNCHED.items():
        monkeypatch.setenv(name, value)
    fake_cuda(monkeypatch, [(8, 0)] * 2)
    seen: list[str] = []

    def load(ref: str, config: TrainConfig, device: str, dtype: str) -> None:
        seen.append(device)
        raise _Stop

    monkeypatch.setattr(pdistill.train, "_load", load)
    write_jsonl(tmp_path / "v.jsonl", [{"prompt": "def f():\n", "completion": "    return 1\n"}])
    with pytest.raises(_Stop):
        pdistill.train.train(tmp_path / "v.jsonl", "tiny", tmp_path / "out", TrainConfig(), tmp_path / "live")
    assert seen == ["cuda:1"] and "CUDA_VISIBLE_DEVICES" not in os.environ  # accelerate's placement
