"""LoRA fine-tuning of the student on one variant's SFT records (TRL `SFTTrainer` + PEFT LoRA).

    from pdistill.config.load import load_config
    from pdistill.train import train

    config = load_config("params.yaml").train
    summary = train("data/sft/persd.jsonl", "qwen2.5-coder-0.5b-instruct", "models/persd", config, "live")

One device per process (`pdistill.devices`): one GPU unless launched for several (`accelerate launch`).
Loss on the completion tokens only (TRL's masking); the output folder holds only the adapter files,
byte-identical across identical CPU runs; curves go to DVCLive, which never writes a dvc.yaml.
See docs/training.md.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

from pdistill.config.sections import Train
from pdistill.devices import use_device
from pdistill.io import PdistillError, iter_jsonl, write_json

ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")


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


def _load_quantized(ref: str, device: str, dtype: str, checkpointing: bool) -> tuple[Any, Any]:
    """QLoRA: the student in 4-bit NF4 (`pdistill.student.model.load_quantized`, the loader evaluation
    uses too) on this process's GPU, prepared for k-bit training."""
    from pdistill.student.model import load_quantized

    model, tokenizer = load_quantized(ref, device=device, dtype=dtype, what="training")
    from peft import prepare_model_for_kbit_training

    kwargs = {"use_reentrant": False} if checkpointing else None
    model = prepare_model_for_kbit_training(model, checkpointing, gradient_checkpointing_kwargs=kwargs)
    return model, tokenizer


def training_precision(bf16: bool | str, dtype: str, device: Any) -> tuple[bool, str]:
    """`(bf16 mixed precision on?, dtype of the base weights)` for `train.bf16`, `student.dtype` and the
    torch `device`. `auto` bf16 is on where the device multiplies bf16 natively (`pdistill.precision`);
    `auto` weights follow it: bfloat16 when on, else float32. Never float16: a GPU older than Ampere trains
    in full precision (fp16 mixed precision is not offered)."""
    from pdistill.precision import use_bf16

    on = use_bf16(bf16, device)
    return on, (("bfloat16" if on else "float32") if dtype == "auto" else dtype)


def _load(ref: str, config: Train, device: str, dtype: str) -> tuple[Any, Any]:
    """The base model and tokenizer on `device` (the one device of this process, `pdistill.devices`)."""
    if config.qlora:
        return _load_quantized(ref, device, dtype, config.gradient_checkpointing)
    from pdistill.precision import announce, why
    from pdistill.student.model import load_student, resolve_device

    dev = resolve_device(device)
    bf16, weights = training_precision(config.bf16, dtype, dev)
    how = f"auto: {why(dev)}" if config.bf16 == "auto" else "as set"
    announce(f"train: {'bf16' if bf16 else 'full precision'} on {dev} (train.bf16 {how})")
    return load_student(ref, device=device, dtype=weights)


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
    config: Train,
    live_dir: str | os.PathLike[str],
    *,
    device: str = "auto",
    dtype: str = "auto",
) -> dict[str, Any]:
    """Train a LoRA adapter on `sft_path` and write it to `out_dir` (replaced atomically, main process only).

    `device` / `dtype` are `student.device` / `student.dtype`; the device is planned by
    `pdistill.devices.use_device` (a plain run trains on one GPU, several only under `accelerate launch`),
    first thing, before CUDA starts. Returns summary numbers for a metrics file:
    `train_loss`, `steps`, `epochs`, `examples`, `examples_used` (after TRL drops fully masked ones),
    `trainable_params`, `bf16`, `gradient_checkpointing`, `qlora`, `seconds`.
    """
    records = load_sft_records(sft_path)
    chosen = use_device(device)  # before anything starts CUDA: one GPU unless launched for several
    from transformers import set_seed

    from pdistill.precision import announce
    from pdistill.trainer import build_trainer, live_callback  # TRL: a slow import, only when training

    if chosen.n_gpu or chosen.distributed:
        announce(f"train: {chosen.describe()}")
    set_seed(config.seed)
    model, tokenizer = _load(student_ref, config, chosen.device, dtype)
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
    if trainer.args.n_gpu > 1:  # transformers' DataParallel: never (use_device shows one GPU per process)
        raise PdistillError(f"train: {trainer.args.n_gpu} GPUs in one process; run under accelerate launch")
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
