"""Which device the training process uses: one GPU unless launched for several (docs/training.md).

    from pdistill.devices import use_device

    chosen = use_device(config.student.device)   # before anything starts CUDA (pdistill.train.train does)
    model = load_student(ref, device=chosen.device)

transformers' `TrainingArguments`, when not launched by `accelerate launch` / `torchrun`, counts every
visible GPU (`n_gpu = torch.cuda.device_count()`), puts the model on `cuda:0` and wraps it in
`nn.DataParallel`: a plain `dvc repro` on a 4-GPU host would train with 4 times the batch, and the model
would leave the `cuda:N` that `student.device` names. So a plain run shows the process exactly one GPU:
`CUDA_VISIBLE_DEVICES` is narrowed to the chosen one before CUDA starts (the driver reads it once), and
the model goes to `cuda:0`, which is then that GPU. Several GPUs only under a launcher (`LOCAL_RANK` set,
or `WORLD_SIZE` > 1): one process per GPU (DDP), each on `cuda:$LOCAL_RANK`, as Accelerate places it.

`plan` decides (pure: the environment and GPU count are arguments); `use_device` applies the decision.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass

from pdistill.io import PdistillError

VISIBLE = "CUDA_VISIBLE_DEVICES"


@dataclass(frozen=True)
class DevicePlan:
    """The decision for one process.

    `device`: what to load the model on (`cpu`, `mps`, `cuda:K`; `cuda:0` after narrowing). `distributed`:
    started by a launcher, one of several processes. `n_gpu`: GPUs this process computes on (0 or 1,
    never more: no DataParallel). `visible`: the `CUDA_VISIBLE_DEVICES` value to set before CUDA starts
    (None: leave it). `physical`: the GPU as the user named it (`student.device`, or the launcher's rank).
    """

    device: str
    distributed: bool
    n_gpu: int
    visible: str | None = None
    physical: str | None = None

    def describe(self) -> str:
        """One line for stderr: where the process trains and why."""
        if self.distributed:
            return f"{self.device}, one of several processes (launched with LOCAL_RANK/WORLD_SIZE)"
        if self.visible is not None:
            return f"one GPU, {self.physical} ({VISIBLE}={self.visible}, seen as {self.device})"
        return self.device


_applied: dict[str, DevicePlan] = {}  # student.device -> the plan this process already narrowed CUDA to


def visible_entries(env: Mapping[str, str]) -> list[str] | None:
    """The entries of `CUDA_VISIBLE_DEVICES` (indices or UUIDs), or None when it is not set."""
    value = env.get(VISIBLE)
    if value is None:
        return None
    return [entry.strip() for entry in value.split(",") if entry.strip()]


def is_launched(env: Mapping[str, str]) -> bool:
    """True under `accelerate launch` / `torchrun` (they set `LOCAL_RANK`), or any `WORLD_SIZE` > 1."""
    return int(env.get("LOCAL_RANK", "-1")) != -1 or int(env.get("WORLD_SIZE", "1")) > 1


def _cuda_index(student_device: str, gpu_count: int, setting: str) -> int:
    """The index N of `cuda` (0) or `cuda:N`, checked against the `gpu_count` GPUs this process sees."""
    index = 0 if student_device == "cuda" else int(student_device.split(":", 1)[1])
    if gpu_count == 0:
        raise PdistillError(f"{setting}: {student_device!r} requested but CUDA is not available")
    if index >= gpu_count:
        raise PdistillError(
            f"{setting}: {student_device!r} but only {gpu_count} GPU(s) are visible "
            f"(cuda:0..cuda:{gpu_count - 1})"
        )
    return index


def plan(
    student_device: str, env: Mapping[str, str], gpu_count: int, *, setting: str = "student.device"
) -> DevicePlan:
    """The device plan for `student_device` (auto | cpu | mps | cuda | cuda:N) in a process whose
    environment is `env` and which sees `gpu_count` CUDA GPUs (`torch.cuda.device_count()`).

    - `cpu` / `mps` (or `auto` without a GPU): that device, no GPU;
    - launched (`LOCAL_RANK` set or `WORLD_SIZE` > 1), `auto` / `cuda`: `cuda:$LOCAL_RANK` (modulo the
      GPU count, as Accelerate places it); an explicit `cuda:N` is an error (every process would share it);
    - plain run, `auto` / `cuda` / `cuda:N`: GPU N (0 for auto/cuda) alone: `visible` is its entry of
      `CUDA_VISIBLE_DEVICES` (its index when unset) and the device `cuda:0`.
    """
    cuda = student_device == "cuda" or (student_device.startswith("cuda:") and student_device[5:].isdigit())
    if student_device not in ("auto", "cpu", "mps") and not cuda:
        raise PdistillError(f"{setting}: unknown device {student_device!r} (use auto, cpu, cuda or cuda:N)")
    launched = is_launched(env)
    if student_device in ("cpu", "mps") or (student_device == "auto" and gpu_count == 0):
        device = "cpu" if student_device == "auto" else student_device
        return DevicePlan(device=device, distributed=launched, n_gpu=0)
    if launched:
        if student_device.startswith("cuda:"):
            raise PdistillError(
                f"{setting}: {student_device!r} names one GPU, but this is one process of a distributed run "
                f"(accelerate launch); use auto or cuda (each process takes cuda:$LOCAL_RANK) and choose the "
                f"GPUs with {VISIBLE}"
            )
        if gpu_count == 0:
            raise PdistillError(f"{setting}: {student_device!r} requested but CUDA is not available")
        rank = max(int(env.get("LOCAL_RANK", "0")), 0) % gpu_count
        return DevicePlan(device=f"cuda:{rank}", distributed=True, n_gpu=1, physical=f"cuda:{rank}")
    index = _cuda_index("cuda" if student_device == "auto" else student_device, gpu_count, setting)
    entries = visible_entries(env)
    visible = entries[index] if entries is not None else str(index)
    return DevicePlan(device="cuda:0", distributed=False, n_gpu=1, visible=visible, physical=f"cuda:{index}")


def use_device(
    student_device: str, env: MutableMapping[str, str] | None = None, *, setting: str = "student.device"
) -> DevicePlan:
    """`plan` for this process, applied: on a plain GPU run `CUDA_VISIBLE_DEVICES` is narrowed to the one
    GPU (call it before anything starts CUDA), then CUDA is started and checked to see exactly that GPU.

    Calling it again with the same `student_device`, or with the plan's own device (`cuda:0` once
    narrowed), gives the same GPU."""
    import torch

    env = os.environ if env is None else env
    done = _applied.get(student_device)
    if done is not None and env.get(VISIBLE) == done.visible:  # narrowed already: GPU N is now cuda:0
        return done
    chosen = plan(student_device, env, torch.cuda.device_count(), setting=setting)
    if chosen.visible is None:
        return chosen
    env[VISIBLE] = chosen.visible
    torch.cuda.init()  # the driver reads CUDA_VISIBLE_DEVICES now; after init, device_count is the driver's
    seen = torch.cuda.device_count()
    if seen != 1:
        raise PdistillError(
            f"{setting}: this process could not be limited to one GPU ({seen} visible: CUDA started before "
            f"pdistill chose the GPU); start it with {VISIBLE}={chosen.visible}"
        )
    _applied[student_device] = chosen
    return chosen
