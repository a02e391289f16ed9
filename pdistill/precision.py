"""Which floating-point type to compute in: bf16 where the hardware multiplies bf16 natively, else fp32.

The rule behind `student.dtype: auto` and `train.bf16: auto` (docs/student.md, "Precision"):

- CUDA: native when the GPU is Ampere or later (`torch.cuda.is_bf16_supported(including_emulation=False)`,
  asked of the GPU in question); auto dtype bfloat16 there, float16 on older GPUs (V100, T4: they only
  emulate bf16); training in bf16 mixed precision where native, in full precision (fp32) elsewhere.
- CPU: native when /proc/cpuinfo lists `avx512_bf16` or `amx_bf16` (x86) or `bf16` (Arm, Armv8.6);
  auto dtype bfloat16 and training with bf16 weights under bf16 autocast (LoRA weights stay fp32);
  any other CPU: float32 and full-precision training.

Without native support torch still computes in bf16, but by converting to fp32 and back: slower than fp32
itself. On a CPU with avx512_bf16, a 1024x896 @ 896x4864 product ran at 881 GFLOP/s in bf16 against 143 in
fp32 (AMD EPYC, 2 cores; README, "Speed").
"""

from __future__ import annotations

import functools
import platform
import sys
from pathlib import Path
from typing import Any

import torch

#: /proc/cpuinfo flags that mean bf16 dot products in hardware (x86: AVX512-BF16, AMX-BF16; Arm: BF16).
BF16_FLAGS = ("avx512_bf16", "amx_bf16", "bf16")


def cpu_flags(cpuinfo: str | Path = "/proc/cpuinfo") -> frozenset[str]:
    """The CPU's feature flags (`flags` on x86, `Features` on Arm) from /proc/cpuinfo; empty elsewhere."""
    try:
        text = Path(cpuinfo).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return frozenset()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("flags", "Features"):
            return frozenset(value.split())
    return frozenset()


def cpu_name(cpuinfo: str | Path = "/proc/cpuinfo") -> str:
    """The CPU's model name (`model name` in /proc/cpuinfo), or the platform's processor string."""
    try:
        text = Path(cpuinfo).read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    for line in text.splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine() or "unknown CPU"


def native_bf16_flag(flags: frozenset[str]) -> str | None:
    """The first flag of `flags` that means native bf16 matrix products, or None."""
    return next((f for f in BF16_FLAGS if f in flags), None)


@functools.cache
def cpu_bf16_reason() -> str | None:
    """Why this CPU does bf16 natively (the flag that says so), or None when it does not."""
    flag = native_bf16_flag(cpu_flags())
    if flag is None and platform.system() != "Linux":  # no /proc/cpuinfo: ask torch (x86 only)
        probe = getattr(torch.cpu, "_is_avx512_bf16_supported", None)
        flag = "avx512_bf16" if probe is not None and probe() else None
    return flag


def native_bf16(device: torch.device) -> bool:
    """True when `device` multiplies bf16 matrices in hardware (see the table in this module's docstring)."""
    if device.type == "cuda":  # torch's rule (compute capability >= 8.0) for that GPU, not the current one
        with torch.cuda.device(device):
            return torch.cuda.is_bf16_supported(including_emulation=False)
    if device.type == "cpu":
        return cpu_bf16_reason() is not None
    return False


def auto_dtype(device: torch.device) -> torch.dtype:
    """`dtype: auto`: bfloat16 where native; on a GPU without it float16; on a CPU without it float32."""
    if native_bf16(device):
        return torch.bfloat16
    return torch.float16 if device.type == "cuda" else torch.float32


def why(device: torch.device) -> str:
    """A few words on the auto choice for `device`, for the line a stage prints."""
    if device.type == "cpu":
        flag = cpu_bf16_reason()
        return f"CPU has {flag}" if flag else "CPU has no native bf16 (no avx512_bf16/amx_bf16)"
    if device.type == "cuda":
        name = torch.cuda.get_device_name(device)
        return f"{name}: native bf16" if native_bf16(device) else f"{name}: no native bf16"
    return device.type


_said: set[str] = set()


def announce(line: str) -> None:
    """Print `line` on stderr once per process (each stage is one process, so once per stage)."""
    if line not in _said:
        _said.add(line)
        print(line, file=sys.stderr, flush=True)


def use_bf16(setting: bool | str, device: Any) -> bool:
    """`train.bf16`: `auto` is bf16 where `device` (a torch.device) multiplies bf16 natively (an
    Ampere-or-later GPU, a CPU with avx512_bf16 / amx_bf16), full precision elsewhere; true/false as set."""
    return native_bf16(device) if setting == "auto" else bool(setting)
