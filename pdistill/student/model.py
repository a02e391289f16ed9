"""Load the student: a Hugging Face causal LM and its tokenizer, ready for batched generation.

A reference is either a local folder (loaded with `local_files_only`, never touching the network) or a
Hugging Face Hub id (`org/name`, from the local cache or the Hub), or a GGUF file / offline registry
name (converted once to a cached folder, `pdistill.models.convert`). `dtype: auto` follows
`pdistill.precision`: bf16 where the device multiplies it natively. A student trained with QLoRA
(`train.qlora`) loads in 4-bit NF4 instead (`load_quantized`, CUDA and bitsandbytes), the same way for
training and for evaluation. Every failure is a `PdistillError` that names the setting it came from.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import torch

from pdistill.io import PdistillError
from pdistill.models.registry import is_registry_name
from pdistill.precision import announce, auto_dtype, why

_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(?:/[\w.-]+)?$")
_DTYPES = {
    "float32": torch.float32,
    "fp32": torch.float32,
    "bfloat16": torch.bfloat16,
    "bf16": torch.bfloat16,
    "float16": torch.float16,
    "fp16": torch.float16,
}


def resolve_device(device: str = "auto", *, setting: str = "student.device") -> torch.device:
    """`auto` is CUDA when available, else CPU; an explicit CUDA device without CUDA, or a `cuda:N` beyond
    the visible GPUs, is an error. One device, never several (training: `pdistill.devices`)."""
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        dev = torch.device(device)
    except (RuntimeError, ValueError):
        raise PdistillError(f"{setting}: unknown device {device!r} (use auto, cpu, cuda or cuda:N)") from None
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise PdistillError(f"{setting}: {device!r} requested but CUDA is not available")
    if dev.type == "cuda" and dev.index is not None and dev.index >= (count := torch.cuda.device_count()):
        raise PdistillError(
            f"{setting}: {device!r} but only {count} GPU(s) are visible (cuda:0..cuda:{count - 1})"
        )
    return dev


def resolve_dtype(dtype: str, device: torch.device, *, setting: str = "student.dtype") -> torch.dtype:
    """`auto` is bfloat16 where `device` does bf16 natively, else float16 on a GPU and float32 on a CPU
    (`pdistill.precision`); an explicit dtype is taken as given."""
    if dtype == "auto":
        return auto_dtype(device)
    if dtype not in _DTYPES:
        raise PdistillError(f"{setting}: unknown dtype {dtype!r} (use auto, {', '.join(_DTYPES)})")
    return _DTYPES[dtype]


def prepare_tokenizer(tokenizer: Any, *, setting: str = "student.model") -> Any:
    """Left padding (generation continues every row from its last real token); pad = eos when missing."""
    tokenizer.padding_side = "left"
    if tokenizer.pad_token is None:
        if tokenizer.eos_token is None:
            raise PdistillError(f"{setting}: the tokenizer has neither a pad nor an eos token")
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def _looks_like_path(ref: str) -> bool:
    """A reference that cannot be a Hub id (`name` or `org/name`) must be meant as a path."""
    return ref.startswith((".", "/", "~")) or not _HUB_ID.match(ref)


def _first_line(exc: BaseException) -> str:
    """The first line of an exception's message (transformers' messages run to several)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _load_gguf(path: Path, device: torch.device, dtype: torch.dtype, setting: str) -> tuple[Any, Any]:
    """A GGUF file or registry name: pulled if needed, converted once to a cached folder, loaded from it."""
    from pdistill.models import convert_gguf, resolve_gguf

    gguf = resolve_gguf(str(path), setting=setting)
    folder = convert_gguf(gguf, setting=setting)

    from transformers import AutoModelForCausalLM, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(folder, local_files_only=True, dtype=dtype)
    except (OSError, ValueError) as exc:
        raise PdistillError(
            f"{setting}: the folder converted from {str(path)!r} ({folder}) does not load: "
            f"{_first_line(exc)}; delete it to convert again"
        ) from None
    _use(device)
    model.to(device)
    model.eval()
    return model, prepare_tokenizer(tokenizer, setting=setting)


def load_student(
    ref: str, *, device: str = "auto", dtype: str = "auto", setting: str = "student.model"
) -> tuple[Any, Any]:
    """Load `(model, tokenizer)` in eval mode on the chosen device from a local folder, a Hub id, or a
    GGUF file / registry name (converted once to a cached folder, see `_load_gguf`).

    `device`: auto | cpu | cuda | cuda:N. `dtype`: auto | float32 | bfloat16 | float16 (and fp32/bf16/fp16).
    `setting` is the config key named in error messages; device/dtype errors name its siblings
    (`student.device`, `student.dtype`).
    """
    prefix = setting.rsplit(".", 1)[0] if "." in setting else setting
    dev = resolve_device(device, setting=f"{prefix}.device")
    dt = resolve_dtype(dtype, dev, setting=f"{prefix}.dtype")
    chosen = "auto: " + why(dev) if dtype == "auto" else dtype
    announce(f"{prefix}: {str(dt).removeprefix('torch.')} on {dev} ({prefix}.dtype {chosen})")
    path = Path(ref).expanduser()
    if path.suffix.lower() == ".gguf" or is_registry_name(ref):
        return _load_gguf(path, dev, dt, setting)
    if path.is_dir():
        local = True
    elif path.exists():
        raise PdistillError(f"{setting}: {ref!r} is a file; expected a model folder or a Hugging Face Hub id")
    elif _looks_like_path(ref):
        raise PdistillError(f"{setting}: local folder {ref!r} does not exist")
    else:
        local = False
    source = str(path) if local else ref

    from transformers import AutoModelForCausalLM, AutoTokenizer  # slow import, only when loading

    try:
        tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=local)
        model = AutoModelForCausalLM.from_pretrained(source, local_files_only=local, dtype=dt)
    except (OSError, ValueError) as exc:
        if local:
            reason = _first_line(exc)
            raise PdistillError(
                f"{setting}: folder {ref!r} holds no loadable causal LM + tokenizer: {reason}"
            ) from None
        raise PdistillError(
            f"{setting}: {ref!r} is not a local folder and could not be loaded from the Hugging Face Hub "
            f"(offline?): {_first_line(exc)}"
        ) from None
    _use(dev)
    model.to(dev)
    model.eval()
    return model, prepare_tokenizer(tokenizer, setting=setting)


def _use(dev: torch.device) -> None:
    """Make a `cuda:N` the current CUDA device too: tensors made on plain `cuda` land beside the model."""
    if dev.type == "cuda" and dev.index is not None:
        torch.cuda.set_device(dev)


def nf4_config(compute: torch.dtype) -> Any:
    """The 4-bit quantization of QLoRA (`train.qlora`): NF4 weights, double quantization, `compute` as the
    compute dtype. Training and the evaluation of its adapters both load the base with it."""
    from transformers import BitsAndBytesConfig

    return BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_use_double_quant=True,
        bnb_4bit_compute_dtype=compute,
    )


def require_4bit(device: str, what: str) -> torch.device:
    """The CUDA device a 4-bit NF4 base loads on (`device`: `student.device`); without CUDA or bitsandbytes,
    or with a device that is not a GPU, one clear error (before anything loads)."""
    import importlib.util

    message = f"train.qlora: 4-bit {what} needs CUDA and the bitsandbytes package"
    if not torch.cuda.is_available() or importlib.util.find_spec("bitsandbytes") is None:
        raise PdistillError(message)
    dev = resolve_device(device)
    if dev.type != "cuda":
        raise PdistillError(f"{message} (student.device is {device!r})")
    return dev if dev.index is not None else torch.device("cuda", torch.cuda.current_device())


def load_quantized(
    ref: str,
    *,
    device: str = "auto",
    dtype: str = "auto",
    what: str = "evaluation",
    setting: str = "student.model",
) -> tuple[Any, Any]:
    """`(model, tokenizer)` with the base in 4-bit NF4 (`nf4_config`, bitsandbytes) on one GPU, eval mode.

    `dtype` (`student.dtype`) gives the compute dtype (`auto`: bfloat16 on Ampere or later, float16 before);
    `what` (training / evaluation) names the use in the error without CUDA or bitsandbytes."""
    dev = require_4bit(device, what)
    compute = resolve_dtype(dtype, dev)
    announce(f"student: 4-bit NF4 base on {dev}, compute {str(compute).removeprefix('torch.')} (train.qlora)")
    path = Path(ref).expanduser()
    if path.suffix.lower() == ".gguf" or is_registry_name(ref):
        from pdistill.models import convert_gguf, resolve_gguf

        source = str(convert_gguf(resolve_gguf(ref, setting=setting), setting=setting))
    else:
        source = str(path) if path.is_dir() else ref
    from transformers import AutoModelForCausalLM

    from pdistill.student.tokenizer import load_tokenizer  # it imports this module

    _use(dev)
    try:
        model = AutoModelForCausalLM.from_pretrained(
            source,
            local_files_only=Path(source).is_dir(),
            quantization_config=nf4_config(compute),
            dtype=compute,
            device_map={"": dev},
        )
    except (OSError, ValueError) as exc:
        raise PdistillError(f"{setting}: {ref!r} does not load in 4 bits: {_first_line(exc)}") from None
    model.eval()
    return model, load_tokenizer(ref, setting=setting)
