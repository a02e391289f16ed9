"""Reading the report's inputs: the only module of the report that reads files.

Every problem is a `DataError` (or, for the `--models` list, a `PdistillError`) whose message names the
file and the line or key.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pdistill.config.sections import Evaluate
from pdistill.io import DataError, PdistillError, iter_jsonl
from pdistill.report.common import BASE

_NUMBER = (int, float)  # for `_need`, which rejects bools


@dataclass
class Inputs:
    """Everything the report reads, parsed and checked for shape; `paths` name the files in messages."""

    student: str
    models: list[str]
    eval_metrics: dict[str, dict[str, Any]]
    eval_records: dict[str, list[dict[str, Any]]]
    sft: dict[str, dict[str, Any]]
    train: dict[str, dict[str, Any]]
    refine: dict[str, Any]
    solve: dict[str, Any]
    refinements: list[dict[str, Any]]
    solutions: list[dict[str, Any]]
    rounds: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> {start, refine metrics}
    bootstrap_samples: int = 1000
    confidence: float = 0.95
    seed: int = 0
    paths: dict[str, str] = field(default_factory=dict)


def load_inputs(
    *,
    models: Sequence[str],
    eval_metrics_dir: str | os.PathLike[str],
    eval_records_dir: str | os.PathLike[str],
    sft_metrics_dir: str | os.PathLike[str],
    train_metrics_dir: str | os.PathLike[str],
    refine_metrics: str | os.PathLike[str],
    solve_metrics: str | os.PathLike[str],
    refinements: str | os.PathLike[str],
    solutions: str | os.PathLike[str],
    student: str,
    rounds: Mapping[str, str] | None = None,
    rounds_metrics_dir: str | os.PathLike[str] = "metrics/rounds",
    bootstrap_samples: int = Evaluate.bootstrap_samples,
    confidence: float = Evaluate.confidence,
    seed: int = Evaluate.seed,
) -> Inputs:
    """Read and check every input: `<eval_metrics_dir>/<model>.json`, `<eval_records_dir>/<model>.jsonl`
    for each model, `<sft_metrics_dir>/<variant>.json` and `<train_metrics_dir>/<variant>.json` for each
    model but `base`, the refine and solve metrics and their records; for each later PERsD round in
    `rounds` (name -> start model, each also in `models`) `<rounds_metrics_dir>/<name>/refine.json`."""
    models = list(models)
    if BASE not in models:
        raise PdistillError(f"--models {' '.join(models)}: must include {BASE!r} (the untrained student)")
    if len(set(models)) != len(models):
        raise PdistillError(f"--models {' '.join(models)}: a model is listed twice")
    paths: dict[str, str] = {}

    def read(key: str, path: Path, reader: Callable[[Path], Any]) -> Any:
        paths[key] = str(path)
        return reader(path)

    eval_metrics: dict[str, dict[str, Any]] = {}
    eval_records: dict[str, list[dict[str, Any]]] = {}
    sft: dict[str, dict[str, Any]] = {}
    train: dict[str, dict[str, Any]] = {}
    for model in models:
        eval_metrics[model] = read(
            f"eval:{model}", Path(eval_metrics_dir) / f"{model}.json", _read_eval_metrics
        )
        eval_records[model] = read(
            f"records:{model}", Path(eval_records_dir) / f"{model}.jsonl", _read_eval_records
        )
        if model != BASE:
            sft[model] = read(f"sft:{model}", Path(sft_metrics_dir) / f"{model}.json", _read_sft_metrics)
            train[model] = read(
                f"train:{model}", Path(train_metrics_dir) / f"{model}.json", _read_train_metrics
            )
    round_blocks = {}
    for name, start in (rounds or {}).items():
        if name not in models:
            raise PdistillError(f"--models {' '.join(models)}: the round {name!r} is not listed")
        path = Path(rounds_metrics_dir) / name / "refine.json"
        round_blocks[name] = {"start": start, "refine": read(f"refine:{name}", path, _read_stage_metrics)}
    refine = read("refine", Path(refine_metrics), _read_stage_metrics)
    solve = read("solve", Path(solve_metrics), _read_stage_metrics)
    paths["refinements"], paths["solutions"] = str(refinements), str(solutions)
    return Inputs(
        student=student,
        models=models,
        eval_metrics=eval_metrics,
        eval_records=eval_records,
        sft=sft,
        train=train,
        refine=refine,
        solve=solve,
        refinements=_read_jsonl_fields(Path(refinements), ["task_id", "kept"]),
        solutions=_read_jsonl_fields(Path(solutions), ["task_id", "origin"]),
        rounds=round_blocks,
        bootstrap_samples=bootstrap_samples,
        confidence=confidence,
        seed=seed,
        paths=paths,
    )


def inference_steps(bench_metrics: Mapping[str, Any]) -> list[int]:
    """1..S for the consecutive `step1`, `step2`, ... blocks of one benchmark's metrics."""
    s = 0
    while isinstance(bench_metrics.get(f"step{s + 1}"), dict):
        s += 1
    return list(range(1, s + 1))


# --------------------------------------------------------------------------------------- each file


def _read_eval_metrics(path: Path) -> dict[str, Any]:
    """`metrics/eval/<model>.json`: per benchmark its task and sample counts and a block per step."""
    metrics = _read_json(path)
    if not metrics:
        raise DataError(path, None, "no benchmarks")
    for bench, m in metrics.items():
        if not isinstance(m, dict):
            raise DataError(path, None, f"key {bench!r}: expected an object")
        _need(path, m, ["tasks", "samples_per_task"], int, f"{bench}.")
        if not m["tasks"]:
            raise DataError(path, None, f"{bench}: no tasks were evaluated")
        steps = inference_steps(m)
        if not steps:
            raise DataError(path, None, f"{bench}: no 'step1' block")
        for s in steps:
            keys = ["pass@1", "pass@1_ci_low", "pass@1_ci_high"]
            _need(path, m[f"step{s}"], keys, _NUMBER, f"{bench}.step{s}.")
    return metrics


def _read_eval_records(path: Path) -> list[dict[str, Any]]:
    """`data/eval/<model>.jsonl`: the per-sample records, at least one."""
    records = []
    for lineno, r in iter_jsonl(path):
        for key, kind in (("benchmark", str), ("task_id", str), ("step", int), ("status", str)):
            if isinstance(r.get(key), bool) or not isinstance(r.get(key), kind):
                what = "missing" if key not in r else f"expected {kind.__name__}, got {r[key]!r}"
                raise DataError(path, lineno, f"field {key!r}: {what}")
        records.append(r)
    if not records:
        raise DataError(path, None, "no evaluation records")
    return records


def _read_sft_metrics(path: Path) -> dict[str, Any]:
    """`metrics/sft/<variant>.json`: how many examples (and tasks) the variant trained on."""
    metrics = _read_json(path)
    _need(path, metrics, ["examples", "tasks"], int)
    return metrics


def _read_train_metrics(path: Path) -> dict[str, Any]:
    """`metrics/train/<variant>.json`: the optimiser steps and the final training loss."""
    metrics = _read_json(path)
    _need(path, metrics, ["steps"], int)
    _need(path, metrics, ["train_loss"], _NUMBER)
    return metrics


def _read_stage_metrics(path: Path) -> dict[str, Any]:
    """The refine or solve metrics: if the teacher was asked, its `teacher.data` cost block."""
    metrics = _read_json(path)
    teacher = metrics.get("teacher")
    if teacher is None:
        return metrics
    if not isinstance(teacher, dict) or not isinstance(teacher.get("data"), dict):
        raise DataError(path, None, "key 'teacher.data': missing (re-run the stage that wrote this file)")
    data = teacher["data"]
    _need(path, data, ["replies", "prompt_tokens", "completion_tokens"], int, "teacher.data.")
    if data.get("usd") is not None:
        _need(path, data, ["usd"], _NUMBER, "teacher.data.")
    return metrics


def _read_jsonl_fields(path: Path, fields: Sequence[str]) -> list[dict[str, Any]]:
    """The records of a JSONL file, each with every one of `fields`."""
    records = []
    for lineno, r in iter_jsonl(path):
        missing = [f for f in fields if f not in r]
        if missing:
            raise DataError(path, lineno, f"field {missing[0]!r}: missing")
        records.append(r)
    return records


# ------------------------------------------------------------------------------------- shared checks


def _read_json(path: Path) -> dict[str, Any]:
    """A JSON file holding an object."""
    if not path.is_file():
        raise DataError(path, None, "file not found")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError(path, None, f"malformed JSON ({exc})") from None
    if not isinstance(data, dict):
        raise DataError(path, None, f"expected a JSON object, got {type(data).__name__}")
    return data


def _need(
    path: Path, obj: Mapping[str, Any], keys: Sequence[str], kind: type | tuple[type, ...], where: str = ""
) -> None:
    """Each of `keys` is in `obj` with a value of `kind` (a bool is not a number); `where` prefixes the
    key in the message."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, bool) or not isinstance(value, kind):
            what = "missing" if key not in obj else f"expected {_kind_name(kind)}, got {value!r}"
            raise DataError(path, None, f"key '{where}{key}': {what}")


def _kind_name(kind: type | tuple[type, ...]) -> str:
    if isinstance(kind, tuple):
        return "a number"
    return "an integer" if kind is int else kind.__name__
