"""LoRA fine-tuning of the student on one variant's SFT records (TRL `SFTTrainer` + PEFT LoRA).

    from pdistill.train import TrainConfig, train

    config = TrainConfig.from_params(params["train"])
    summary = train("data/sft/persd.jsonl", "qwen2.5-coder-0.5b-instruct", "models/persd", config, "live")

Loss on the completion tokens only (TRL's masking); the output folder holds only the adapter files,
byte-identical across identical CPU runs; curves go to DVCLive, which never writes a dvc.yaml.
See docs/training.md.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import time
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from pdistill.io import PdistillError, iter_jsonl, write_json

LR_SCHEDULERS = ("linear", "cosine", "cosine_with_restarts", "polynomial", "constant", "constant_with_warmup")
ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")
# Numeric settings: (integer?, lowest allowed, lowest excluded?, highest excluded or None).
_NUMBERS: dict[str, tuple[bool, float, bool, float | None]] = {
    "lora_r": (True, 1, False, None),
    "lora_alpha": (False, 0, True, None),
    "lora_dropout": (False, 0, False, 1),
    "learning_rate": (False, 0, True, None),
    "epochs": (False, 0, True, None),
    "batch_size": (True, 1, False, None),
    "grad_accum": (True, 1, False, None),
    "max_length": (True, 1, False, None),
    "seed": (True, 0, False, None),
    "warmup_ratio": (False, 0, False, 1),
    "logging_steps": (True, 1, False, None),
}


@dataclass(frozen=True)
class TrainConfig:
    """The validated `train:` params section; the field defaults are TRAIN_DEFAULTS (docs/training.md)."""

    lora_r: int = 16
    lora_alpha: float = 32
    lora_dropout: float = 0.0
    target_modules: str | tuple[str, ...] = "all-linear"
    learning_rate: float = 2.0e-4
    epochs: float = 3
    max_steps: int = -1
    batch_size: int = 4
    grad_accum: int = 4
    max_length: int = 1024
    seed: int = 0
    bf16: bool | str = "auto"
    gradient_checkpointing: bool = False
    warmup_ratio: float = 0.03
    lr_scheduler: str = "cosine"
    logging_steps: int = 1
    qlora: bool = False

    @classmethod
    def from_params(cls, section: dict[str, Any] | None) -> TrainConfig:
        """Validate a `train:` section; missing keys take TRAIN_DEFAULTS. Errors name `train.<key>`."""
        section = {} if section is None else section
        if not isinstance(section, dict):
            raise PdistillError(f"train: expected a mapping of settings, got {type(section).__name__}")
        for key in sorted(map(str, section)):
            if key not in TRAIN_DEFAULTS:
                close = difflib.get_close_matches(key, TRAIN_DEFAULTS, n=1)
                hint = f"did you mean 'train.{close[0]}'?" if close else f"known: {', '.join(TRAIN_DEFAULTS)}"
                raise PdistillError(f"train.{key}: unknown setting; {hint}")
        d = {**TRAIN_DEFAULTS, **section}
        for key, (integer, low, low_open, high) in _NUMBERS.items():
            d[key] = _number(key, d[key], integer, low, low_open, high)
        steps = d["max_steps"]
        if isinstance(steps, bool) or not isinstance(steps, int) or (steps < 1 and steps != -1):
            raise _fail("max_steps", "-1 (train for `epochs`) or an integer >= 1", steps)
        targets = d["target_modules"]
        if targets != "all-linear":
            if not (isinstance(targets, list) and targets and all(isinstance(t, str) and t for t in targets)):
                raise _fail("target_modules", '"all-linear" or a non-empty list of module names', targets)
            d["target_modules"] = tuple(targets)
        bf16 = d["bf16"]
        if isinstance(bf16, str):
            d["bf16"] = {"auto": "auto", "true": True, "false": False}.get(bf16.lower(), bf16)
        if not isinstance(d["bf16"], bool) and d["bf16"] != "auto":
            raise _fail("bf16", "auto, true or false", bf16)
        for key in ("gradient_checkpointing", "qlora"):
            if not isinstance(d[key], bool):
                raise _fail(key, "true or false", d[key])
        if d["lr_scheduler"] not in LR_SCHEDULERS:
            raise _fail("lr_scheduler", f"one of {', '.join(LR_SCHEDULERS)}", d["lr_scheduler"])
        return cls(**d)

    def use_bf16(self, device: Any) -> bool:
        """`auto` is bf16 where `device` (a torch.device) multiplies bf16 natively (`pdistill.precision`):
        an Ampere-or-later GPU, a CPU with avx512_bf16 / amx_bf16; full precision elsewhere."""
        if self.bf16 == "auto":
            from pdistill.precision import native_bf16

            return native_bf16(device)
        return bool(self.bf16)


TRAIN_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(TrainConfig)}


def _fail(key: str, expected: str, value: Any) -> PdistillError:
    return PdistillError(f"train.{key}: expected {expected}, got {value!r}")


def _number(key: str, value: Any, integer: bool, low: float, low_open: bool, high: float | None) -> Any:
    """Check one numeric setting; numeric strings such as "2e-4" (YAML 1.1 reads those as strings) pass."""
    if isinstance(value, str) and not integer:
        try:
            value = float(value)
        except ValueError:
            pass
    ok = isinstance(value, int if integer else (int, float)) and not isinstance(value, bool)
    ok = ok and value == value and (value > low if low_open else value >= low)  # value == value: not NaN
    if not ok or (high is not None and value >= high):
        kind = "an integer" if integer else "a number"
        bounds = f"> {low:g}" if low_open else f">= {low:g}"
        raise _fail(key, f"{kind} {bounds}" + (f" and < {high:g}" if high is not None else ""), value)
    return value if integer else float(value)


def is_main_process() -> bool:
    """True unless this is a non-zero rank of a distributed (`accelerate launch`) run."""
    return int(os.environ.get("RANK", "0")) == 0


def load_sft_records(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The `prompt`/`completion` pairs of an SFT file (`meta` dropped), all of one format; none: error."""
    records: list[dict[str, Any]] = []
    kind: str | None = None
    for line, record in iter_jsonl(path):
        prompt, completion = record.get("prompt"), record.get("completion")
        if isinstance(prompt, str) and isinstance(completion, str):
            this = "text"
        elif isinstance(prompt, list) and isinstance(completion, list) and prompt and completion:
            this = "conversational"
        else:
            raise PdistillError(
                f"{path}:{line}: expected 'prompt' and 'completion' both strings or both lists of messages"
            )
        if kind is not None and this != kind:
            raise PdistillError(f"{path}:{line}: a {this} record in a file of {kind} records")
        kind = this
        records.append({"prompt": prompt, "completion": completion})
    if not records:
        raise PdistillError(f"{path}: no SFT examples to train on (this variant produced none)")
    return records


def _load_quantized(ref: str, dtype: str, checkpointing: bool) -> tuple[Any, Any]:
    """QLoRA: the student in 4-bit NF4 (bitsandbytes) on this process's GPU, prepared for k-bit training."""
    import importlib.util

    import torch

    if not torch.cuda.is_available() or importlib.util.find_spec("bitsandbytes") is None:
        raise PdistillError("train.qlora: 4-bit training needs CUDA and the bitsandbytes package")
    from peft import prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig

    from pdistill.models import convert_gguf, is_registry_name, resolve_gguf
    from pdistill.student.model import resolve_dtype
    from pdistill.student.tokenizer import load_tokenizer

    path = Path(ref).expanduser()
    if path.suffix.lower() == ".gguf" or is_registry_name(ref):
        source = str(convert_gguf(resolve_gguf(ref, setting="student.model"), setting="student.model"))
    else:
        source = str(path) if path.is_dir() else ref
    local = Path(source).is_dir()
    device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
    compute = resolve_dtype(dtype, device)
    nf4 = {"bnb_4bit_quant_type": "nf4", "bnb_4bit_use_double_quant": True, "bnb_4bit_compute_dtype": compute}
    quant = BitsAndBytesConfig(load_in_4bit=True, **nf4)
    try:
        model = AutoModelForCausalLM.from_pretrained(
            source, local_files_only=local, quantization_config=quant, dtype=compute, device_map={"": device}
        )
    except (OSError, ValueError) as exc:
        raise PdistillError(
            f"student.model: {ref!r} does not load in 4 bits: {str(exc).splitlines()[0]}"
        ) from None
    kwargs = {"use_reentrant": False} if checkpointing else None
    model = prepare_model_for_kbit_training(model, checkpointing, gradient_checkpointing_kwargs=kwargs)
    return model, load_tokenizer(ref)


def _load(ref: str, config: TrainConfig, device: str, dtype: str) -> tuple[Any, Any]:
    """The base model and tokenizer; under `accelerate launch` each process loads onto its own GPU."""
    if config.qlora:
        return _load_quantized(ref, dtype, config.gradient_checkpointing)
    import torch

    from pdistill.precision import announce, why
    from pdistill.student.model import load_student, resolve_device

    distributed = int(os.environ.get("WORLD_SIZE", "1")) > 1
    if distributed and device in ("auto", "cuda") and torch.cuda.is_available():
        device = f"cuda:{int(os.environ.get('LOCAL_RANK', '0'))}"
    dev = resolve_device(device)
    bf16 = config.use_bf16(dev)
    how = f"auto: {why(dev)}" if config.bf16 == "auto" else "as set"
    announce(f"train: {'bf16' if bf16 else 'full precision'} on {dev} (train.bf16 {how})")
    if dtype == "auto":  # bf16 training: bf16 weights (LoRA weights stay fp32); else fp32 weights
        dtype = "bfloat16" if bf16 else "float32"
    return load_student(ref, device=device, dtype=dtype)


def normalise_adapter(folder: Path, student_ref: str) -> None:
    """Keep only the adapter files; rewrite the config deterministically (sorted keys and target_modules,
    the student reference as base model, not a machine-specific path)."""
    for item in folder.iterdir():
        if item.name not in ADAPTER_FILES:
            shutil.rmtree(item) if item.is_dir() else item.unlink()
    config_path = folder / "adapter_config.json"
    data = json.loads(config_path.read_text(encoding="utf-8"))
    if isinstance(data.get("target_modules"), list):
        data["target_modules"] = sorted(data["target_modules"])
    data["base_model_name_or_path"] = student_ref
    write_json(config_path, data)


def train(
    sft_path: str | os.PathLike[str],
    student_ref: str,
    out_dir: str | os.PathLike[str],
    config: TrainConfig,
    live_dir: str | os.PathLike[str],
    *,
    device: str = "auto",
    dtype: str = "auto",
) -> dict[str, Any]:
    """Train a LoRA adapter on `sft_path` and write it to `out_dir` (replaced atomically, main process only).

    `device` / `dtype` are `student.device` / `student.dtype`. Returns summary numbers for a metrics file:
    `train_loss`, `steps`, `epochs`, `examples`, `examples_used` (after TRL drops fully masked ones),
    `trainable_params`, `bf16`, `gradient_checkpointing`, `qlora`, `seconds`.
    """
    records = load_sft_records(sft_path)
    from transformers import set_seed

    from pdistill.trainer import build_trainer, live_callback  # TRL: a slow import, only when training

    set_seed(config.seed)
    model, tokenizer = _load(student_ref, config, device, dtype)
    if isinstance(records[0]["prompt"], list) and not getattr(tokenizer, "chat_template", None):
        raise PdistillError(
            f"{sft_path}: conversational records need a tokenizer with a chat template; "
            f"student.model {student_ref!r} has none (rebuild the SFT data in completion mode)"
        )
    out = Path(out_dir)
    staging = out.with_name(f".{out.name}.partial")
    if is_main_process() and staging.exists():
        shutil.rmtree(staging)
    callbacks = [live_callback(live_dir)] if is_main_process() else []
    desc = f"train {Path(sft_path).stem}"
    trainer = build_trainer(records, model, tokenizer, config, staging, callbacks=callbacks, desc=desc)
    start = time.monotonic()
    result = trainer.train()
    seconds = time.monotonic() - start
    trainer.accelerator.wait_for_everyone()
    peft_model = trainer.accelerator.unwrap_model(trainer.model)
    if is_main_process():
        staging.mkdir(parents=True, exist_ok=True)
        peft_model.save_pretrained(str(staging))
        normalise_adapter(staging, student_ref)
        if out.exists():
            shutil.rmtree(out)
        os.replace(staging, out)
    return {
        "train_loss": round(float(result.training_loss), 6),
        "steps": int(trainer.state.global_step),
        "epochs": round(float(trainer.state.epoch or 0.0), 4),
        "examples": len(records),
        "examples_used": len(trainer.train_dataset),
        "trainable_params": sum(p.numel() for p in peft_model.parameters() if p.requires_grad),
        "bf16": bool(trainer.args.bf16),
        "gradient_checkpointing": config.gradient_checkpointing,
        "qlora": config.qlora,
        "seconds": round(seconds, 2),
    }
