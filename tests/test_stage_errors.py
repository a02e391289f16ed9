"""Stage scripts fail with one clear line, a non-zero exit, and no half-written output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.fakes.openai_server import FakeOpenAIServer

ROOT = Path(__file__).resolve().parents[1]


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def _refine(
    tmp_path: Path, teacher: dict, env: dict[str, str], **sections: dict
) -> subprocess.CompletedProcess:
    params = yaml.safe_load((ROOT / "params.yaml").read_text())
    params["teacher"].update(teacher)
    for name, values in sections.items():
        params.setdefault(name, {}).update(values)
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    task = {"task_id": "t", "prompt": "def f():\n", "entry_point": "f", "test": "assert f() == 1\n"}
    tasks = _write(tmp_path / "tasks.jsonl", [task])
    samples = _write(
        tmp_path / "samples.jsonl", [{"task_id": "t", "sample_id": 0, "code": "def f():\n    return 2\n"}]
    )
    results = _write(
        tmp_path / "results.jsonl",
        [{"task_id": "t", "sample_id": 0, "status": "failed", "feedback": "OUTPUT: 2\nEXPECTED: 1"}],
    )
    cmd = [
        sys.executable,
        str(ROOT / "stages" / "refine.py"),
        "--tasks",
        str(tasks),
        "--samples",
        str(samples),
        "--results",
        str(results),
        "--prompt",
        str(ROOT / "prompts" / "refine.txt"),
        "--reference-prompt",
        str(ROOT / "prompts" / "refine_reference.txt"),
        "--out",
        str(tmp_path / "out.jsonl"),
        "--metrics",
        str(tmp_path / "metrics.json"),
        "--params",
        str(tmp_path / "params.yaml"),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_refine_without_a_key_for_a_remote_teacher_stops_before_any_request(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k != "OPENAI_API_KEY"}
    proc = _refine(tmp_path, {"base_url": "https://api.example.invalid/v1", "model": "gpt-3.5-turbo"}, env)
    assert proc.returncode == 1
    assert "OPENAI_API_KEY" in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stderr.strip().startswith("error:")
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "metrics.json").exists()


def test_refine_with_an_unknown_teacher_setting_names_it(tmp_path: Path):
    proc = _refine(tmp_path, {"temprature": 0.2}, dict(os.environ))
    assert proc.returncode == 1
    assert "teacher.temprature: unknown setting; did you mean 'teacher.temperature'?" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(
    ("sections", "message"),
    [
        (
            {"refine": {"validation_runs": "two"}},
            "refine.validation_runs: expected an integer >= 1, got 'two'",
        ),
        ({"refine": {"per_task": "all"}}, "refine.per_task: expected an integer >= 1, or null, got 'all'"),
        ({"refine": {"validation_run": 2}}, "refine.validation_run: unknown setting; did you mean"),
        ({"sft": {"on_overflow": "dorp"}}, "sft.on_overflow: expected one of drop, error, got 'dorp'"),
        (
            {"teacher_client": {"max_concurrency": "many"}},
            "teacher_client.max_concurrency: expected an integer",
        ),
    ],
)
def test_a_bad_setting_stops_refine_before_any_request(tmp_path: Path, sections: dict, message: str):
    """The issue's cases: each used to be silently ignored or a traceback after 12 paid requests."""
    with FakeOpenAIServer() as server:
        proc = _refine(tmp_path, {"base_url": server.base_url, "model": "fake"}, dict(os.environ), **sections)
        assert server.total == 0
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {tmp_path / 'params.yaml'}: {message}"), lines
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "metrics.json").exists()


@pytest.mark.parametrize(
    "stage",
    [
        "prepare",
        "check_references",
        "attempt",
        "execute",
        "solve",
        "build_sft",
        "train",
        "evaluate",
        "report",
    ],
)
def test_every_stage_checks_every_setting_first(tmp_path: Path, stage: str):
    """A typo anywhere in params.yaml stops any stage at once: no model load, no request, no output."""
    params = yaml.safe_load((ROOT / "params.yaml").read_text())
    params["train"]["lora_rank"] = 8
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    cmd = [sys.executable, str(ROOT / "stages" / f"{stage}.py"), "--params", str(tmp_path / "params.yaml")]
    for flag in STAGE_FLAGS[stage]:
        cmd += [flag, str(tmp_path / "missing")]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    expected = (
        f"error: {tmp_path / 'params.yaml'}: train.lora_rank: unknown setting; did you mean 'train.lora_r'?"
    )
    assert proc.stderr.strip() == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["params.yaml"]


# The required flags of each stage script (values: a path that does not exist; the params check comes first).
STAGE_FLAGS = {
    "prepare": ["--tasks", "--humaneval", "--train", "--heldout", "--metrics"],
    "check_references": ["--tasks", "--out", "--metrics"],
    "attempt": ["--tasks", "--prompt", "--out"],
    "execute": ["--tasks", "--samples", "--out", "--metrics"],
    "solve": ["--tasks", "--prompt", "--out", "--metrics"],
    "build_sft": [
        "--variant",
        "--tasks",
        "--refinements",
        "--solutions",
        "--attempt-prompt",
        "--refine-prompt",
        "--out",
        "--metrics",
    ],
    "train": ["--variant", "--sft", "--out", "--live", "--metrics"],
    "evaluate": [
        "--model-name",
        "--adapter",
        "--tasks",
        "--attempt-prompt",
        "--refine-prompt",
        "--out",
        "--metrics",
    ],
    "report": [
        "--models",
        "--eval-metrics",
        "--eval-records",
        "--sft-metrics",
        "--train-metrics",
        "--refine-metrics",
        "--solve-metrics",
        "--refinements",
        "--solutions",
        "--rounds-metrics",
        "--metrics",
        "--markdown",
        "--plot",
        "--rounds-plot",
    ],
}


def _stage(tmp_path: Path, stage: str, *args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, str(ROOT / "stages" / f"{stage}.py"), *args, "--params", str(ROOT / "params.yaml")]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path)


def test_an_attempt_with_an_untrained_adapter_stops_before_loading_the_student(tmp_path: Path):
    tasks = _write(tmp_path / "tasks.jsonl", [])
    (tmp_path / "models" / "persd_combined").mkdir(parents=True)
    proc = _stage(
        tmp_path, "attempt", "--adapter", "models/persd_combined", "--tasks", str(tasks),
        "--prompt", str(ROOT / "prompts" / "attempt.txt"), "--out", "out.jsonl",
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        "error: --adapter models/persd_combined: no adapter_config.json (train that model first)"
    )
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(
    ("variant", "given", "message"),
    [
        ("selfd", ["--refinements", "r.jsonl"], "--variant selfd needs --samples and --results"),
        ("stand", ["--refinements", "r.jsonl"], "--variant stand needs --solutions and --refine-prompt"),
        ("persd", ["--refine-prompt", "p.txt"], "--variant persd needs --refinements"),
        (
            "nope",
            [],
            "--variant nope: not in sft.variants (stand, inpd, persd, persd_refine, persd_combined)"
            " nor selfd",
        ),
    ],
)
def test_build_sft_names_the_inputs_a_variant_needs(
    tmp_path: Path, variant: str, given: list[str], message: str
):
    proc = _stage(
        tmp_path, "build_sft", "--variant", variant, "--tasks", "t.jsonl", "--attempt-prompt", "a.txt",
        "--out", "out.jsonl", "--metrics", "m.json", *given,
    )  # fmt: skip
    assert proc.returncode == 1 and proc.stderr.strip() == f"error: {message}"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_selfd_sampling_takes_the_selfd_keys_and_nothing_else():
    sys.path.insert(0, str(ROOT / "stages"))
    try:
        from attempt import sampling_student
    finally:
        sys.path.remove(str(ROOT / "stages"))
    from pdistill.config.sections import Config, Selfd

    config = Config(selfd=Selfd(n=3, temperature=0.7, top_p=0.9, seed=5))
    student = sampling_student(config, "selfd")
    assert (student.n, student.temperature, student.top_p, student.seed) == (3, 0.7, 0.9, 5)
    assert student.max_new_tokens == config.student.max_new_tokens and student.model == config.student.model
    assert sampling_student(config, "student") is config.student
