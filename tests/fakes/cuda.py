"""Fake CUDA GPUs for CPU-only tests: `torch.cuda` answers as on a host with the GPUs given.

    gpus = fake_cuda(monkeypatch, [(8, 0), (7, 0)])   # an A100-like cuda:0 and a V100-like cuda:1

The count follows `CUDA_VISIBLE_DEVICES` the way torch's NVML count does (indices, stopping at the first
that is not a GPU), unless `follow_env=False` (CUDA started before the variable was narrowed). torch's own
`is_bf16_supported` runs unchanged on the fake: native bf16 from the compute capability, and emulation
(a bf16 tensor can be made) reported as working, as it is on real pre-Ampere GPUs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest
import torch

NAMES = {(7, 0): "Tesla V100-SXM2-16GB", (7, 5): "Tesla T4", (8, 0): "NVIDIA A100-SXM4-40GB"}


@dataclass
class FakeGpus:
    """The state behind the patched `torch.cuda` functions."""

    capabilities: list[tuple[int, int]]
    follow_env: bool = True
    current: int = 0
    inits: int = 0
    set_devices: list[int] = field(default_factory=list)

    def visible(self) -> list[int]:
        """The physical GPUs this process sees, in order (`CUDA_VISIBLE_DEVICES` applied)."""
        value = os.environ.get("CUDA_VISIBLE_DEVICES")
        if value is None or not self.follow_env:
            return list(range(len(self.capabilities)))
        seen: list[int] = []
        for entry in value.split(","):
            if not entry.strip().isdigit() or int(entry) >= len(self.capabilities):
                break
            seen.append(int(entry))
        return seen

    def index(self, device: Any = None) -> int:
        """The visible index of `device` (None, an int, a string or a torch.device; no index: current)."""
        if isinstance(device, int):
            return device
        if device is None:
            return self.current
        dev = torch.device(device)
        return self.current if dev.index is None else dev.index

    def capability(self, device: Any = None) -> tuple[int, int]:
        """The compute capability of a visible device."""
        return self.capabilities[self.visible()[self.index(device)]]


def fake_cuda(
    monkeypatch: pytest.MonkeyPatch, capabilities: list[tuple[int, int]], *, follow_env: bool = True
) -> FakeGpus:
    """Patch `torch.cuda` so that it reports the GPUs of `capabilities` (physical order)."""
    gpus = FakeGpus(list(capabilities), follow_env=follow_env)
    cuda = torch.cuda

    class Device:
        """`torch.cuda.device(d)`: makes `d` current inside the block."""

        def __init__(self, device: Any) -> None:
            self.idx = gpus.index(device)

        def __enter__(self) -> None:
            self.prev, gpus.current = gpus.current, self.idx

        def __exit__(self, *exc: object) -> None:
            gpus.current = self.prev

    def init() -> None:
        gpus.inits += 1

    def set_device(device: Any) -> None:
        gpus.current = gpus.index(device)
        gpus.set_devices.append(gpus.current)

    def properties(device: Any = None) -> SimpleNamespace:
        major, minor = gpus.capability(device)
        return SimpleNamespace(
            major=major, minor=minor, name=NAMES.get((major, minor), f"GPU sm_{major}{minor}")
        )

    monkeypatch.setattr(cuda, "device_count", lambda: len(gpus.visible()))
    monkeypatch.setattr(cuda, "is_available", lambda: bool(gpus.visible()))
    monkeypatch.setattr(cuda, "init", init)
    monkeypatch.setattr(cuda, "set_device", set_device)
    monkeypatch.setattr(cuda, "current_device", lambda: gpus.current)
    monkeypatch.setattr(cuda, "device", Device)
    monkeypatch.setattr(cuda, "get_device_properties", properties)
    monkeypatch.setattr(cuda, "get_device_capability", lambda device=None: gpus.capability(device))
    monkeypatch.setattr(cuda, "get_device_name", lambda device=None: properties(device).name)
    monkeypatch.setattr(cuda, "_check_bf16_tensor_supported", lambda device: True)  # emulation works
    return gpus


def no_launcher(monkeypatch: pytest.MonkeyPatch, visible: str | None = None) -> None:
    """A plain run: no `LOCAL_RANK` / `WORLD_SIZE` / `RANK`; `CUDA_VISIBLE_DEVICES` = `visible` (None:
    unset), restored after the test even when the code under test sets it."""
    for name in ("LOCAL_RANK", "WORLD_SIZE", "RANK", "CUDA_VISIBLE_DEVICES"):
        monkeypatch.setenv(name, "0")  # recorded, so monkeypatch restores the original afterwards
        monkeypatch.delenv(name)
    if visible is not None:
        monkeypatch.setenv("CUDA_VISIBLE_DEVICES", visible)
