"""Training (`pdistill.train`, `stages/train.py`): config validation, TRL SFTTrainer + LoRA on a tiny random
Llama on CPU, completion-only labels, byte-identical adapters, DVCLive curves without a dvc.yaml."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from pdistill.config.sections import Train as TrainConfig
from pdistill.io import PdistillError, write_jsonl
from pdistill.precision import native_bf16, use_bf16
from pdistill.train import (
    ADAPTER_FILES,
    load_sft_records,
    normalise_adapter,
    train,
)
from pdistill.trainer import build_trainer
from tests.fakes.tiny_model import build_tiny_student

ROOT = Path(__file__).resolve().parents[1]
FAST = {"max_steps": 4, "batch_size": 2, "grad_accum": 1, "lora_r": 4, "lora_alpha": 8, "learning_rate": 0.01}


def _chat(i: int) -> dict:
    return {
        "prompt": [{"role": "user", "content": f"Write a function add{i}(a, b) that adds two numbers."}],
        "completion": [
            {"role": "assistant", "content": f"```python\ndef add{i}(a, b):\n    return a + b\n```"}
        ],
        "meta": {"task_id": f"t{i}", "origin": "teacher"},
    }


def _plain(i: int) -> dict:
    prompt = f'def add{i}(a, b):\n    """Add two numbers."""\n'
    return {"prompt": prompt, "completion": "    return a + b\n", "meta": {"task_id": f"t{i}"}}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The tiny random Llama + tokenizer (with a chat template), built locally."""
    return str(build_tiny_student(tmp_path_factory.mktemp("tiny-student")))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary working directory that is a DVC repo with a dvc.yaml DVCLive must not touch."""
    from dvc.repo import Repo

    monkeypatch.chdir(tmp_path)
    Repo.init(str(tmp_path), no_scm=True).close()
    (tmp_path / "dvc.yaml").write_text("stages: {}\n")
    return tmp_path


# --- configuration -------------------------------------------------------------------------------------


def test_defaults_are_the_dataclass_defaults():
    assert TrainConfig.from_params({}) == TrainConfig() == TrainConfig.from_params(None)


def test_values_are_normalised():
    config = TrainConfig.from_params(
        {"learning_rate": "2e-4", "target_modules": ["v_proj", "q_proj"], "bf16": True, "epochs": 2}
    )
    assert config.learning_rate == pytest.approx(2e-4)
    assert config.target_modules == ("v_proj", "q_proj")
    assert config.bf16 is True and config.epochs == 2.0
    cpu = __import__("torch").device("cpu")
    assert use_bf16(TrainConfig.from_params({"bf16": False}).bf16, cpu) is False
    assert use_bf16(TrainConfig.from_params({"bf16": True}).bf16, cpu) is True


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"lora_rank": 8}, "train.lora_rank: unknown setting; did you mean 'train.lora_r'?"),
        ({"lora_r": 0}, "train.lora_r: expected an integer >= 1, got 0"),
        ({"lora_r": True}, "train.lora_r: expected an integer"),
        ({"batch_size": 2.5}, "train.batch_size: expected an integer >= 1"),
        ({"learning_rate": "fast"}, "train.learning_rate: expected a number > 0, got 'fast'"),
        ({"learning_rate": 0}, "train.learning_rate: expected a number > 0"),
        ({"lora_dropout": 1.0}, "train.lora_dropout: expected a number >= 0 and < 1"),
        ({"warmup_ratio": -0.1}, "train.warmup_ratio"),
        ({"epochs": float("nan")}, "train.epochs"),
        ({"max_steps": 0}, "train.max_steps: expected an integer >= 1 or -1"),
        (
            {"target_modules": "q_proj"},
            "train.target_modules: expected one of all-linear, or a non-empty list",
        ),
        ({"target_modules": []}, "train.target_modules"),
        ({"bf16": "maybe"}, "train.bf16: expected one of auto, true, false, got 'maybe'"),
        ({"bf16": 1}, "train.bf16"),
        ({"gradient_checkpointing": "yes"}, "train.gradient_checkpointing: expected one of true, false"),
        ({"qlora": None}, "train.qlora: expected one of true, false"),
        ({"lr_scheduler": "cosin"}, "train.lr_scheduler: expected one of linear, cosine"),
    ],
)
def test_bad_settings_name_the_key(section, message):
    with pytest.raises(PdistillError) as err:
        TrainConfig.from_params(section)
    assert message in str(err.value)


def test_sft_records_drop_meta_and_reject_empty_or_mixed_files(tmp_path: Path):
    path = tmp_path / "v.jsonl"
    write_jsonl(path, [_chat(0), _chat(1)])
    assert load_sft_records(path) == [{k: v for k, v in _chat(i).items() if k != "meta"} for i in (0, 1)]
    path.write_text("")
    with pytest.raises(PdistillError, match=r"v\.jsonl: no SFT examples to train on"):
        load_sft_records(path)
    write_jsonl(path, [_chat(0), _plain(1)])
    with pytest.raises(PdistillError, match=r"v\.jsonl:2: a text record in a file of conversational records"):
        load_sft_records(path)
    write_jsonl(path, [{"prompt": "x", "meta": {}}])
    with pytest.raises(PdistillError, match=r"v\.jsonl:1: expected 'prompt' and 'completion'"):
        load_sft_records(path)


def test_empty_dataset_is_an_error_before_loading_the_model(tmp_path: Path):
    (tmp_path / "empty.jsonl").write_text("\n")
    with pytest.raises(PdistillError, match=r"empty\.jsonl: no SFT examples"):
        train(tmp_path / "empty.jsonl", "./no-such-model", tmp_path / "out", TrainConfig(), tmp_path / "live")


@pytest.mark.skipif(
    __import__("torch").cuda.is_available(), reason="QLoRA may be available on a CUDA machine"
)
def test_qlora_without_cuda_is_a_clear_error(tmp_path: Path, tiny: str):
    write_jsonl(tmp_path / "v.jsonl", [_chat(0)])
    with pytest.raises(PdistillError, match=r"train\.qlora: 4-bit training needs CUDA and the bitsandbytes"):
        train(tmp_path / "v.jsonl", tiny, tmp_path / "out", TrainConfig(qlora=True), tmp_path / "live")


def test_qlora_loads_the_4bit_base_on_the_planned_gpu(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`student.device: cuda:1` on two (fake) GPUs: the 4-bit base goes to GPU 1, seen as cuda:0, through
    the loader evaluation shares (`load_quantized`), not to GPU 0 as LOCAL_RANK would have it."""
    import pdistill.student.model
    from tests.fakes.cuda import fake_cuda, no_launcher

    no_launcher(monkeypatch)
    fake_cuda(monkeypatch, [(8, 0), (8, 0)])
    seen: list[tuple[str, dict]] = []

    def load_quantized(ref: str, **kwargs: object) -> None:
        seen.append((ref, kwargs))
        raise LookupError("stop here: the load is what is checked")

    monkeypatch.setattr(pdistill.student.model, "load_quantized", load_quantized)
    write_jsonl(tmp_path / "v.jsonl", [_chat(0)])
    with pytest.raises(LookupError, match="stop here"):
        train(tmp_path / "v.jsonl", "m", tmp_path / "out", TrainConfig(qlora=True), "live", device="cuda:1")
    assert seen == [("m", {"device": "cuda:0", "dtype": "auto", "what": "training"})]
    assert os.environ["CUDA_VISIBLE_DEVICES"] == "1"


# --- the loss covers the completion only ---------------------------------------------------------------


@pytest.mark.parametrize("make", [_chat, _plain], ids=["conversational", "plain"])
def test_labels_mask_the_prompt(tmp_path: Path, tiny: str, make):
    from pdistill.student.model import load_student

    model, tokenizer = load_student(tiny, device="cpu")
    records = [{k: v for k, v in make(i).items() if k != "meta"} for i in (0, 10)]
    trainer = build_trainer(records, model, tokenizer, TrainConfig(**FAST), tmp_path / "trainer")
    batch = trainer.data_collator([trainer.train_dataset[i] for i in range(2)])
    for row, record in enumerate(records):
        if make is _chat:
            prompt_ids = tokenizer.apply_chat_template(record["prompt"], add_generation_prompt=True)
            prompt_ids = prompt_ids["input_ids"] if isinstance(prompt_ids, Mapping) else prompt_ids
        else:
            prompt_ids = tokenizer(record["prompt"])["input_ids"]
        labels, ids = batch["labels"][row].tolist(), batch["input_ids"][row].tolist()
        n_real = int(batch["attention_mask"][row].sum())
        # TRL's completion starts where the tokenized prompt stops being a prefix: in plain text BPE may
        # merge the prompt's last newline with the completion's indentation (one token).
        n_prompt = next(
            (i for i, (a, b) in enumerate(zip(prompt_ids, ids, strict=False)) if a != b), len(prompt_ids)
        )
        assert n_prompt == len(prompt_ids) if make is _chat else n_prompt >= len(prompt_ids) - 1
        assert labels[:n_prompt] == [-100] * n_prompt  # the prompt is not learned
        assert labels[n_prompt:n_real] == ids[n_prompt:n_real]  # every completion token is
        assert n_real - n_prompt >= 5
        assert labels[n_real:] == [-100] * (len(labels) - n_real)  # nor is the padding
        assert tokenizer.eos_token_id in labels[n_prompt:n_real]  # end of turn (chat) or eos: learned


# --- real training runs ---------------------------------------------------------------------------------


def _logits(model, tokenizer):
    import torch

    with torch.no_grad():
        return model(**tokenizer(["def add(a, b):\n    return"], return_tensors="pt")).logits


def test_conversational_training_is_byte_identical_and_logs_to_dvclive(workdir: Path, tiny: str):
    write_jsonl(workdir / "sft.jsonl", [_chat(i) for i in range(6)])
    config = TrainConfig.from_params(FAST)
    summaries = [
        train(workdir / "sft.jsonl", tiny, workdir / f"models/run{i}", config, workdir / f"dvclive/run{i}")
        for i in (1, 2)
    ]
    first, second = workdir / "models/run1", workdir / "models/run2"
    assert sorted(p.name for p in first.iterdir()) == sorted(ADAPTER_FILES)
    for name in ADAPTER_FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    adapter = json.loads((first / "adapter_config.json").read_text())
    assert adapter["target_modules"] == sorted(adapter["target_modules"])
    assert adapter["base_model_name_or_path"] == tiny and adapter["r"] == 4
    assert not list(workdir.glob("models/.*"))  # no staging folder left behind
    summary = summaries[0]
    assert {k: v for k, v in summary.items() if k != "seconds"} == {
        k: v for k, v in summaries[1].items() if k != "seconds"
    }
    assert summary["steps"] == 4 and summary["examples"] == summary["examples_used"] == 6
    assert summary["train_loss"] > 0 and summary["trainable_params"] > 0
    assert summary["bf16"] is native_bf16(__import__("torch").device("cpu"))  # train.bf16: auto
    # DVCLive: a loss curve in the live folder, and no dvc.yaml written anywhere (the working one untouched).
    loss = (workdir / "dvclive/run1/plots/metrics/loss.tsv").read_text().splitlines()
    assert loss[0] == "step\tloss" and [row.split("\t")[0] for row in loss[1:]] == ["1", "2", "3", "4"]
    assert json.loads((workdir / "dvclive/run1/metrics.json").read_text())["step"] == 4
    assert (workdir / "dvc.yaml").read_text() == "stages: {}\n"
    assert sorted(p.relative_to(workdir).as_posix() for p in workdir.rglob("dvc.yaml")) == ["dvc.yaml"]


def test_plain_training_gives_an_adapter_that_changes_the_logits(workdir: Path, tiny: str):
    from peft import PeftModel

    from pdistill.student.model import load_student

    write_jsonl(workdir / "sft.jsonl", [_plain(i) for i in range(4)])
    summary = train(workdir / "sft.jsonl", tiny, workdir / "out", TrainConfig(**FAST), workdir / "live")
    assert summary["examples_used"] == 4 and summary["steps"] == 4
    base, tokenizer = load_student(tiny, device="cpu")
    before = _logits(base, tokenizer)
    tuned = PeftModel.from_pretrained(base, str(workdir / "out"))
    tuned.eval()
    after = _logits(tuned, tokenizer)
    assert after.shape == before.shape
    assert not __import__("torch").allclose(before, after)


# --- the stage script -----------------------------------------------------------------------------------


def _stage(tmp_path: Path, tiny: str, sft: list[dict], out: str = "v", hash_seed: str = "0"):
    params = {"student": {"model": tiny, "device": "cpu", "dtype": "auto"}, "train": FAST}
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    write_jsonl(tmp_path / "data/sft/v.jsonl", sft)
    cmd = [sys.executable, str(ROOT / "stages/train.py"), "--variant", "v", "--sft", "data/sft/v.jsonl"]
    cmd += [
        "--out",
        f"models/{out}",
        "--live",
        f"dvclive/train/{out}",
        "--metrics",
        f"metrics/train/{out}.json",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "PYTHONHASHSEED": hash_seed}
    return subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=240)


def test_stage_writes_adapter_and_metrics(tmp_path: Path, tiny: str):
    proc = _stage(tmp_path, tiny, [_chat(i) for i in range(4)], hash_seed="random")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "train@v: 4 examples, 4 steps" in proc.stderr
    assert sorted(p.name for p in (tmp_path / "models/v").iterdir()) == sorted(ADAPTER_FILES)
    metrics = json.loads((tmp_path / "metrics/train/v.json").read_text())
    assert metrics["variant"] == "v" and metrics["steps"] == 4 and metrics["examples"] == 4
    assert (tmp_path / "dvclive/train/v/plots/metrics/loss.tsv").is_file()


def test_adapter_config_is_normalised(tmp_path: Path):
    """PEFT writes target_modules from a set (order depends on PYTHONHASHSEED): sorted after saving."""
    (tmp_path / "adapter_config.json").write_text(
        json.dumps({"target_modules": ["v_proj", "q_proj", "k_proj"], "base_model_name_or_path": "/tmp/x"})
    )
    for junk in ("README.md", "training_args.bin"):
        (tmp_path / junk).write_text("x")
    (tmp_path / "checkpoint-1").mkdir()
    normalise_adapter(tmp_path, "qwen2.5-coder-0.5b-instruct")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adapter_config.json"]
    text = (tmp_path / "adapter_config.json").read_text()
    assert json.loads(text) == {
        "base_model_name_or_path": "qwen2.5-coder-0.5b-instruct",
        "target_modules": ["k_proj", "q_proj", "v_proj"],
    }
    assert text.index("base_model_name_or_path") < text.index("target_modules")  # sorted keys


def test_stage_with_an_empty_dataset_fails_with_one_line(tmp_path: Path, tiny: str):
    proc = _stage(tmp_path, tiny, [])
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == (
        "error: data/sft/v.jsonl: no SFT examples to train on (this variant produced none)"
    )
    assert not (tmp_path / "models/v").exists() and not (tmp_path / "metrics/train/v.json").exists()


def test_accelerate_config_is_a_multi_gpu_config():
    from accelerate.commands.config.config_args import ClusterConfig

    config = ClusterConfig.from_yaml_file(str(ROOT / "accelerate/multi_gpu.yaml"))
    assert config.distributed_type == "MULTI_GPU" and config.num_machines == 1
    assert config.mixed_precision == "no"  # precision is train.bf16's call, not accelerate's
